/// Deep-copies values for snapshots, preserving aliasing: an object reachable twice is copied
/// once, so `a = [x, x]` still holds one list twice after the copy. Immutable values, functions,
/// classes and modules are shared; native objects copy themselves through `snapshot`.
public final class DeepCopier {
    private var memo: [ObjectIdentifier: Value] = [:]

    public init() {}

    public func copy(_ v: Value) -> Value {
        switch v {
        case .none, .bool, .int, .bigint, .float, .str, .builtin, .type, .function: return v
        case .tuple(let t): return .tuple(t.map(copy))
        case .list(let l):
            if let done = memo[ObjectIdentifier(l)] { return done }
            let r = PyList()
            memo[ObjectIdentifier(l)] = .list(r)
            r.items = l.items.map(copy)
            return .list(r)
        case .dict(let d):
            if let done = memo[ObjectIdentifier(d)] { return done }
            let r = PyDict()
            r.subtype = d.subtype
            r.defaultFactory = d.defaultFactory
            memo[ObjectIdentifier(d)] = .dict(r)
            for (k, value) in d.storage { r.storage[k] = copy(value) }
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
            case let inst as PyInstance:
                let r = PyInstance(cls: inst.cls)
                memo[ObjectIdentifier(o)] = .object(r)
                for (k, value) in inst.dict { r.dict[k] = copy(value) }
                return .object(r)
            case let e as PyException:
                let r = PyException(e.cls, args: e.args.map(copy))
                memo[ObjectIdentifier(o)] = .object(r)
                for (k, value) in e.attributes { r.attributes[k] = copy(value) }
                return .object(r)
            case let m as PyBoundMethod:
                let r = PyBoundMethod(receiver: copy(m.receiver), function: m.function)
                memo[ObjectIdentifier(o)] = .object(r)
                return .object(r)
            default:
                return v
            }
        }
    }

    /// Copies a cell (closure variable) once.
    public func copy(_ cell: Cell) -> Cell {
        if case .object(let box as CellBox)? = memo[ObjectIdentifier(cell)] { return box.cell }
        let r = Cell(cell.value.map(copy))
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
