/// A closure cell as a function's `__closure__` shows it: `cell_contents` reads and writes the
/// captured variable.
final class PyCellObject: PyObject {
    let cell: Cell
    init(_ cell: Cell) { self.cell = cell }
    override var pyType: PyType { PyCellObject.type }

    static let type: PyType = {
        let t = PyType(name: "cell", bases: [.object])
        t.properties["cell_contents"] = Property("cell_contents", get: { v, _ in
            guard case .object(let c as PyCellObject) = v, let value = c.cell.value else {
                throw PyException.valueError("Cell is empty")
            }
            return value
        }, set: { v, value, _ in
            if case .object(let c as PyCellObject) = v { c.cell.value = value }
        })
        return t
    }()

    /// `<cell at 0x…: int object at 0x…>`, or `<cell at 0x…: empty>`.
    func repr(_ i: Interpreter) -> String {
        let contents = cell.value.map { "\($0.typeName) object at \(i.addressText($0))" } ?? "empty"
        return "<cell at \(Format.address(of: self)): \(contents)>"
    }
}

/// A function's `__code__`: the names and counts CPython's code objects carry.
final class PyCodeObject: PyObject {
    let code: CodeObject
    init(_ code: CodeObject) { self.code = code }
    override var pyType: PyType { PyCodeObject.type }

    /// Parameters in CPython's order (positional, keyword-only, `*args`, `**kwargs`), then the
    /// other local variables that are not cells.
    var variableNames: [String] {
        let s = code.signature
        var names = s.names + [s.varargs, s.kwargs].compactMap { $0 }
        let parameters = Set(names), cells = Set(code.cellNames)
        names += code.slotNames.filter { !parameters.contains($0) && !cells.contains($0) }
        return names
    }

    static let type: PyType = {
        let t = PyType(name: "code", bases: [.object])
        func field(_ name: String, _ get: @escaping (CodeObject, PyCodeObject) -> Value) {
            t.properties[name] = Property(name) { v, _ in
                guard case .object(let c as PyCodeObject) = v else { return .none }
                return get(c.code, c)
            }
        }
        field("co_name") { c, _ in .str(c.name) }
        field("co_qualname") { c, _ in .str(c.qualname) }
        field("co_filename") { c, _ in .str(c.filename) }
        field("co_firstlineno") { c, _ in .int(c.location.line) }
        field("co_argcount") { c, _ in .int(c.signature.positionalCount) }
        field("co_posonlyargcount") { c, _ in .int(c.signature.positionalOnlyCount) }
        field("co_kwonlyargcount") { c, _ in .int(c.signature.keywordOnlyCount) }
        field("co_varnames") { _, o in .tuple(o.variableNames.map { .str($0) }) }
        field("co_nlocals") { _, o in .int(o.variableNames.count) }
        // CPython's compiler lists cell and free variables in sorted order.
        field("co_cellvars") { c, _ in .tuple(c.cellNames.sorted().map { .str($0) }) }
        field("co_freevars") { c, _ in .tuple(c.freeNames.sorted().map { .str($0) }) }
        return t
    }()

    /// `<code object f at 0x…, file "lab.py", line 3>`.
    func repr() -> String {
        "<code object \(code.name) at \(Format.address(of: self)), file \"\(code.filename)\", line \(code.location.line)>"
    }
}

extension Interpreter {
    /// `f.__closure__`: None without free variables, else one cell per name of `co_freevars`.
    func closureTuple(_ f: PyFunction) -> Value {
        guard !f.closure.isEmpty else { return .none }
        let order = f.code.freeNames.enumerated().sorted { $0.element < $1.element }.map(\.offset)
        return .tuple(order.map { .object(PyCellObject(f.closure[$0])) })
    }

    /// `f.__kwdefaults__`: the keyword-only parameters' defaults, or None without any.
    func keywordDefaults(_ f: PyFunction) -> Value {
        let s = f.code.signature
        let d = PyDict()
        for k in s.positionalCount..<s.names.count {
            if let v = f.defaults[k] { d[string: s.names[k]] = v }
        }
        return d.count == 0 ? .none : .dict(d)
    }

    /// The address `id()` reports for a value, as reprs print it.
    func addressText(_ v: Value) -> String {
        "0x" + String(UInt(bitPattern: identityNumber(v)), radix: 16).leftPadded(to: 12, with: "0")
    }
}
