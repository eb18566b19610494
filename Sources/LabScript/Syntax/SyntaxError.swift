/// A syntax error, worded and located as CPython 3.11 reports it.
public struct SyntaxError: Error, Sendable, CustomStringConvertible {
    /// "SyntaxError", "IndentationError" or "TabError" ("RecursionError" for absurdly deep nesting,
    /// as CPython's compiler reports it).
    public let kind: String
    /// CPython's wording, e.g. "invalid syntax", "expected ':'", "'(' was never closed".
    public let message: String
    public let filename: String
    public let location: SourceLocation
    /// True when the only problem is that the input ended too early (an unclosed bracket or
    /// triple-quoted string, a block header with no body, a trailing backslash): a REPL then asks
    /// for another line instead of reporting the error.
    public let isIncompleteInput: Bool

    public init(kind: String = "SyntaxError", message: String, filename: String,
                location: SourceLocation, isIncompleteInput: Bool = false) {
        self.kind = kind
        self.message = message
        self.filename = filename
        self.location = location
        self.isIncompleteInput = isIncompleteInput
    }

    /// The exception line Python prints, e.g. `SyntaxError: invalid syntax`.
    public var description: String { "\(kind): \(message)" }
}
