/// A function's compiled code as Python sees it (`f.__code__`, `gen.gi_code`): its names, where it
/// starts and its variables; the bytecode fields (`co_code`, `co_consts`, ...) do not exist here.
final class PyCode: PyObject {
    let code: CodeObject

    init(_ code: CodeObject) { self.code = code }

    override var pyType: PyType { .code }

    /// Parameters first (`*args` and `**kwargs` after the named ones), then the other locals that
    /// are not cell variables, as CPython's `co_varnames`.
    var varnames: [String] { code.slotNames }

    func attribute(_ name: String) -> Value? {
        let signature = code.signature
        switch name {
        case "co_name": return .str(code.name)
        case "co_qualname": return .str(code.qualname)
        case "co_filename": return .str(code.filename)
        case "co_firstlineno": return .int(code.firstLineNumber)
        case "co_argcount": return .int(signature.positionalCount)
        case "co_posonlyargcount": return .int(signature.positionalOnlyCount)
        case "co_kwonlyargcount": return .int(signature.keywordOnlyCount)
        case "co_varnames": return .tuple(varnames.map { .str($0) })
        case "co_nlocals": return .int(varnames.count)
        case "co_cellvars": return .tuple(code.cellNames.sorted().map { .str($0) })
        case "co_freevars": return .tuple(code.freeNames.sorted().map { .str($0) })
        default: return nil
        }
    }

    var repr: String {
        "<code object \(code.name) at \(Format.address(of: self)), file \"\(code.filename)\", line \(code.firstLineNumber)>"
    }
}

/// The frame of a generator that has not finished (`gen.gi_frame`): its current line and
/// variables. Only a suspended or not yet started generator's frame is read here; the line of a
/// running one is not tracked (NotImplementedError).
final class PyFrameObject: PyObject {
    let frame: Frame
    unowned let channel: GeneratorChannel

    init(_ frame: Frame, channel: GeneratorChannel) {
        self.frame = frame
        self.channel = channel
    }

    override var pyType: PyType { .frame }

    /// The line the generator is suspended at, or its `def` line before it starts.
    func lineNumber() throws -> Int {
        if channel.isRunning { throw PyException(.notImplementedError, "f_lineno of a running generator's frame is not supported by labrun") }
        return channel.suspendedLine ?? frame.code.firstLineNumber
    }

    func attribute(_ name: String) throws -> Value? {
        switch name {
        case "f_lineno": return .int(try lineNumber())
        case "f_locals": return .dict(frame.localsDict())
        case "f_code": return .object(PyCode(frame.code))
        case "f_back": return channel.isRunning ? nil : Value.none
        default: return nil
        }
    }

    func repr() throws -> String {
        "<frame at \(Format.address(of: self)), file '\(frame.code.filename)', line \(try lineNumber()), code \(frame.code.name)>"
    }
}

/// A closure cell (`f.__closure__[i]`): the variable of an enclosing function that `f` reads.
final class PyCellObject: PyObject {
    let cell: Cell

    init(_ cell: Cell) { self.cell = cell }

    override var pyType: PyType { .cell }

    func attribute(_ name: String) throws -> Value? {
        guard name == "cell_contents" else { return nil }
        guard let value = cell.value else { throw PyException.valueError("Cell is empty") }
        return value
    }

    func repr(_ interpreter: Interpreter) -> String {
        let contents = cell.value.map { "\($0.typeName) object at \(interpreter.addressOf($0))" } ?? "empty"
        return "<cell at \(Format.address(of: self)): \(contents)>"
    }
}

extension PyFunction {
    /// `__closure__`: the cells of the free variables, in CPython's (sorted) `co_freevars` order;
    /// None for a function without free variables.
    var closureValue: Value {
        guard !code.freeNames.isEmpty else { return .none }
        let cells = zip(code.freeNames, closure).sorted { $0.0 < $1.0 }
        return .tuple(cells.map { .object(PyCellObject($0.1)) })
    }
}

extension PyFunction {
    /// `__kwdefaults__`: the keyword-only parameters' defaults, or None without any.
    var keywordDefaults: Value {
        let s = code.signature
        let d = PyDict()
        for k in s.positionalCount..<s.names.count {
            if let v = defaults[k] { d[string: s.names[k]] = v }
        }
        return d.count == 0 ? .none : .dict(d)
    }
}

extension PyType {
    static let code = builtinType("code")
    static let frame = builtinType("frame")
}

extension Frame {
    /// The bound local variables, then cell and free variables, by name (`locals()`, `f_locals`).
    func localsDict() -> PyDict {
        let d = PyDict()
        for (i, name) in code.slotNames.enumerated() { if let v = slots[i] { d[string: name] = v } }
        for (i, name) in (code.cellNames + code.freeNames).enumerated() where i < cells.count {
            if let v = cells[i].value { d[string: name] = v }
        }
        return d
    }
}

extension PyGenerator {
    /// `gi_frame`, `gi_running`, `gi_suspended`, `gi_code`, `gi_yieldfrom`, `__name__`, `__qualname__`.
    func attribute(_ name: String) -> Value? {
        switch name {
        case "__name__": return .str(code.name)
        case "__qualname__": return .str(code.qualname)
        case "gi_code": return .object(PyCode(code))
        case "gi_running": return .bool(channel.isRunning)
        case "gi_suspended": return .bool(channel.isSuspended)
        case "gi_yieldfrom": return channel.delegate ?? Value.none
        case "gi_frame":
            guard let frame = channel.liveFrame else { return Value.none }
            if let existing = channel.frameObject { return .object(existing) }
            let object = PyFrameObject(frame, channel: channel)
            channel.frameObject = object
            return .object(object)
        default: return nil
        }
    }
}
