/// Deep-copies values for snapshots, preserving aliasing: an object reachable twice is copied
/// once, so `a = [x, x]` still holds one list twice after the copy. Immutable values, builtins,
/// classes and modules are shared; functions get copies of their closure cells and defaults;
/// native objects copy themselves through `snapshot`.
///
/// Copying never recurses on the machine stack per level of nesting: a container's copy is made
/// empty, and filling it is queued (`pending`) and done in a loop, so a 100,000-node linked list
/// copies in constant stack depth. Nested tuples, which are built from their copied elements,
/// are copied with an explicit stack.
public final class DeepCopier {
    private var memo: [ObjectIdentifier: Value] = [:]
    /// Containers made but not yet filled.
    private var pending: [() -> Void] = []
    /// For `copy.deepcopy`: nesting deeper than this raises RecursionError, as CPython's
    /// recursive copy does. Snapshots have no limit.
    private let maxDepth: Int?
    private var tooDeep = false

    public init(maxDepth: Int? = nil) {
        self.maxDepth = maxDepth
    }

    public func copy(_ v: Value) -> Value {
        let r = shell(v, depth: 0)
        while let fill = pending.popLast() { fill() }
        return r
    }

    /// `copy.deepcopy`: the copy, or RecursionError when `v` nests deeper than `maxDepth`.
    public func boundedCopy(_ v: Value) throws -> Value {
        let r = copy(v)
        if tooDeep { throw PyException(.recursionError, "maximum recursion depth exceeded while calling a Python object") }
        return r
    }

    private func shell(_ v: Value) -> Value { shell(v, depth: 0) }

    /// The copy of `v`, `depth` containers down; a container comes back empty, with its filling queued.
    private func shell(_ v: Value, depth: Int) -> Value {
        if let maxDepth, depth > maxDepth {
            tooDeep = true
            pending.removeAll()
            return .none
        }
        let inner = depth + 1
        switch v {
        case .none, .bool, .int, .bigint, .float, .str, .builtin, .type: return v
        case .function(let f):
            if f.closure.isEmpty && f.defaults.allSatisfy({ $0 == nil || $0!.identity == nil }) { return v }
            if let done = memo[ObjectIdentifier(f)] { return done }
            let r = PyFunction(code: f.code, defaults: [], closure: f.closure.map(copy))
            memo[ObjectIdentifier(f)] = .function(r)
            r.defaults = f.defaults.map { $0.map(shell) }
            r.attributes = f.attributes
            r.definingClass = f.definingClass
            return .function(r)
        case .tuple(let t): return copyTuple(t, depth: depth)
        case .list(let l):
            if let done = memo[ObjectIdentifier(l)] { return done }
            let r = PyList()
            r.subtype = l.subtype
            r.maxLength = l.maxLength
            memo[ObjectIdentifier(l)] = .list(r)
            pending.append { [unowned self] in r.items = l.items.map { self.shell($0, depth: inner) } }
            return .list(r)
        case .dict(let d):
            if let done = memo[ObjectIdentifier(d)] { return done }
            let r = PyDict()
            r.subtype = d.subtype
            r.defaultFactory = d.defaultFactory
            memo[ObjectIdentifier(d)] = .dict(r)
            pending.append { [unowned self] in for (k, value) in d.storage { r.storage[k] = self.shell(value, depth: inner) } }
            return .dict(r)
        case .set(let s):
            if let done = memo[ObjectIdentifier(s)] { return done }
            let r = s.copy()
            memo[ObjectIdentifier(s)] = .set(r)
            return .set(r)
        case .native(let n):
            if let done = memo[ObjectIdentifier(n)] { return done }
            let r = Value.native(n.snapshot(self))
            memo[ObjectIdentifier(n)] = r
            return r
        case .object(let o):
            if let done = memo[ObjectIdentifier(o)] { return done }
            switch o {
            // Enum members are singletons: identity is their equality.
            case is PyInstance where EnumTypes.isMember(v):
                return v
            case let inst as PyInstance:
                let r = PyInstance(cls: inst.cls, builtinValue: inst.builtinValue.map { shell($0, depth: inner) })
                memo[ObjectIdentifier(o)] = .object(r)
                pending.append { [unowned self] in for (k, value) in inst.dict { r.dict[k] = self.shell(value, depth: inner) } }
                return .object(r)
            case let e as PyException:
                let r = PyException(e.cls, args: e.args.map(shell))
                memo[ObjectIdentifier(o)] = .object(r)
                pending.append { [unowned self] in for (k, value) in e.attributes { r.attributes[k] = self.shell(value) } }
                return .object(r)
            case let b as PyBytes where b.isMutable:
                let r = Value.object(PyBytes(b.bytes, mutable: true))
                memo[ObjectIdentifier(o)] = r
                return r
            case let m as PyBoundMethod:
                let r = PyBoundMethod(receiver: shell(m.receiver), function: m.function)
                memo[ObjectIdentifier(o)] = .object(r)
                return .object(r)
            default:
                return v
            }
        }
    }

    /// Copies a tuple whose elements may be tuples nested to any depth, with an explicit stack.
    private func copyTuple(_ tuple: [Value], depth: Int) -> Value {
        var stack: [(items: [Value], next: Int, copied: [Value])] = [(tuple, 0, [])]
        while true {
            let top = stack.count - 1
            if stack[top].next < stack[top].items.count {
                let element = stack[top].items[stack[top].next]
                stack[top].next += 1
                if case .tuple(let inner) = element {
                    if let maxDepth, depth + stack.count > maxDepth { tooDeep = true; return .none }
                    stack.append((inner, 0, []))
                } else {
                    stack[top].copied.append(shell(element, depth: depth + stack.count))
                }
                continue
            }
            let done = Value.tuple(stack.removeLast().copied)
            if stack.isEmpty { return done }
            stack[stack.count - 1].copied.append(done)
        }
    }

    /// Copies a cell (closure variable) once.
    public func copy(_ cell: Cell) -> Cell {
        if case .object(let box as CellBox)? = memo[ObjectIdentifier(cell)] { return box.cell }
        let r = Cell(cell.value.map(shell))
        memo[ObjectIdentifier(cell)] = .object(CellBox(r))
        return r
    }

    private final class CellBox: PyObject {
        let cell: Cell
        init(_ cell: Cell) { self.cell = cell }
    }
}

extension Interpreter {
    /// A deep copy of the global namespace, for the REPL's snapshots.
    public func snapshotGlobals() -> [(String, Value)] {
        let copier = DeepCopier()
        return globalNames.compactMap { name in global(name).map { (name, copier.copy($0)) } }
    }

    /// Replaces the global namespace with a snapshot.
    public func restoreGlobals(_ snapshot: [(String, Value)]) {
        for name in globalNames { deleteGlobal(name) }
        let copier = DeepCopier()
        for (name, v) in snapshot { setGlobal(name, copier.copy(v)) }
    }
}
