import LabScript

extension CellError {
    /// Converts what `Interpreter.execute` throws: a `ScriptException`, a `SyntaxError`, or (should
    /// the interpreter fail in another way) any error, reported as a `SystemError`.
    public init(_ error: Error) {
        switch error {
        case let exception as ScriptException:
            self.init(typeName: exception.typeName, message: exception.message,
                      frames: exception.frames.map { Frame(filename: $0.filename, function: $0.function, location: $0.location) },
                      notes: exception.notes, qualifiedTypeName: exception.qualifiedTypeName,
                      exceptions: exception.exceptions?.map { CellError($0) },
                      chain: exception.chain.map(Chain.init))
        case let syntax as SyntaxError:
            self.init(syntax)
        default:
            self.init(typeName: "SystemError", message: String(describing: error), frames: [])
        }
    }
}

extension CellError.Chain {
    init(_ chain: ScriptException.Chain) {
        switch chain {
        case .cause(let earlier): self = .cause(CellError(earlier))
        case .context(let earlier): self = .context(CellError(earlier))
        }
    }
}
