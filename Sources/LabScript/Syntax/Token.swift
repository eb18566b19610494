/// One token of LabScript source.
struct Token {
    enum Kind: Equatable {
        /// An identifier that is not a keyword.
        case name
        /// A reserved word (`if`, `def`, `True`, ...).
        case keyword
        case number
        case string
        /// An operator or delimiter; `text` holds it.
        case op
        case newline
        case indent
        case dedent
        /// An IPython magic or shell line; `text` holds it, trimmed.
        case magic
        case endMarker
    }

    let kind: Kind
    /// The identifier, keyword, operator or magic text (empty for other kinds).
    let text: String
    let location: SourceLocation
    /// The value of a `.number` token.
    var number: Constant? = nil
    /// The literal of a `.string` token.
    var string: StringLiteralToken? = nil
    /// True for the NEWLINE, DEDENT and ENDMARKER tokens made up when the input ends.
    var isAtEnd = false

    func isOp(_ symbol: String) -> Bool { kind == .op && text == symbol }

    /// Python's reserved words.
    static let keywords: Set<String> = [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
        "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
        "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    ]
    func isKeyword(_ word: String) -> Bool { kind == .keyword && text == word }
}

/// A string literal as written: its prefix and the range of its body in the source scalars.
struct StringLiteralToken {
    var isRaw = false
    var isBytes = false
    var isFormatted = false
    /// 1 or 3.
    var quoteLength = 1
    /// Index in the source scalars of the first character after the opening quotes.
    var bodyStart = 0
    /// Index of the closing quotes.
    var bodyEnd = 0
    /// File line of `bodyStart`.
    var bodyLine = 0
    /// Source index at which `bodyLine` starts (may be negative for a sub-lexer of an f-string).
    var bodyLineStart = 0
    /// The whole literal, prefix and quotes included.
    var location = SourceLocation(line: 0, column: 0, endLine: 0, endColumn: 0)
}

