import LabScript

/// Which standard stream a cell wrote to.
public enum StreamName: String, Sendable {
    case stdout, stderr
}

/// One output of a cell, in the order the cell produced them (Jupyter's output model).
public enum CellOutput: Equatable, Sendable {
    /// Text the cell printed. Consecutive writes to one stream are merged.
    case stream(StreamName, String)
    /// A line labrun writes in place of something it did not run, e.g. a skipped shell command.
    case note(String)
    /// The value of the cell's last expression (Jupyter's `Out[n]`, an `execute_result`).
    case result(MimeBundle)
    /// A value shown while the cell ran, e.g. a plot (Jupyter's `display_data`).
    case display(MimeBundle)
    /// The error that stopped the cell.
    case error(CellError)
}

/// An uncaught exception or a syntax error, as plain data with source locations.
public struct CellError: Error, Equatable, Sendable {
    /// One call frame of a traceback.
    public struct Frame: Equatable, Sendable {
        public let filename: String
        /// The function's name, `<module>` for top-level code.
        public let function: String
        public let location: SourceLocation

        public init(filename: String, function: String, location: SourceLocation) {
            self.filename = filename
            self.function = function
            self.location = location
        }
    }

    /// "NameError", or for syntax errors "SyntaxError", "IndentationError" or "TabError".
    public let typeName: String
    /// The name the exception line shows: with the class's module unless built in (`struct.error`).
    public let qualifiedTypeName: String
    public let message: String
    /// Outermost first, as Python prints them. A syntax error has one frame: where it is.
    public let frames: [Frame]
    public let isSyntaxError: Bool
    /// Notes added with `add_note()`, printed after the exception line as Python does.
    public let notes: [String]
    /// For an exception group, the exceptions it holds (each with its own frames); nil for others.
    public let exceptions: [CellError]?
    /// The exception reported before this one, and how it led to this one; nil when none.
    public let chain: Chain?

    /// An earlier exception in the report: the one this was raised from (`raise ... from`), or
    /// the one being handled when this was raised.
    public indirect enum Chain: Equatable, Sendable {
        case cause(CellError)
        case context(CellError)
    }

    public init(typeName: String, message: String, frames: [Frame], isSyntaxError: Bool = false, notes: [String] = [],
                qualifiedTypeName: String? = nil, exceptions: [CellError]? = nil, chain: Chain? = nil) {
        self.typeName = typeName
        self.qualifiedTypeName = qualifiedTypeName ?? typeName
        self.message = message
        self.frames = frames
        self.isSyntaxError = isSyntaxError
        self.notes = notes
        self.exceptions = exceptions
        self.chain = chain
    }

    /// `NameError: name 'x' is not defined`, or just `NameError` when the message is empty.
    public var exceptionLine: String { message.isEmpty ? qualifiedTypeName : "\(qualifiedTypeName): \(message)" }

    public var isInterrupt: Bool { typeName == "KeyboardInterrupt" }

    /// For `SystemExit` (`sys.exit(code)`), the status a Python script would exit with: 0 for
    /// no code or None, the code when it is an int, else 1 (Python then prints the code).
    public var exitStatus: Int32? {
        guard typeName == "SystemExit" else { return nil }
        if message.isEmpty || message == "None" { return 0 }
        return Int32(message) ?? 1
    }
}
