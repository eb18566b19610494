import LabScript

extension CellError {
    /// A syntax error as a one-frame error located where the parser stopped.
    public init(_ error: SyntaxError) {
        self.init(typeName: error.kind, message: error.message,
                  frames: [Frame(filename: error.filename, function: "<module>", location: error.location)],
                  isSyntaxError: true)
    }
}
