import Foundation

/// Turns source scalars into tokens, one at a time, with Python's INDENT/DEDENT rules.
///
/// Newlines inside brackets and after a backslash are not tokens (implicit and explicit line
/// joining); blank and comment-only lines are skipped. A lexer for the expression inside an f-string
/// replacement field (`isEmbedded`) has no indentation and ignores newlines, as inside parentheses.
struct Lexer {
    let source: [Unicode.Scalar]
    let filename: String
    let isEmbedded: Bool
    let end: Int
    var index: Int
    /// The file line of `index`.
    var line: Int
    /// The source index where `line` starts; a column is `index - lineStart`.
    var lineStart: Int

    /// Set to look, as CPython does, for errors in the rest of the input after a parser error
    /// on line `errorLine`: then only errors that CPython's tokenizer raises at once count
    /// (not indentation or line-continuation errors), and the input ending inside brackets
    /// counts only for brackets opened before that line.
    var isScanningRest = false
    var errorLine = 0

    private var indents: [Int] = [0]
    /// Indentation widths counting a tab as one column, to detect inconsistent tabs and spaces.
    private var alternateIndents: [Int] = [0]
    private var brackets: [(symbol: Unicode.Scalar, location: SourceLocation)] = []
    private var atLineStart = true
    private var lineHasTokens = false
    private var pending: [Token] = []
    private var finished = false

    /// A lexer for `source[start..<end]`, whose first scalar is on file line `line`, and whose line
    /// starts at source index `lineStart`.
    init(source: [Unicode.Scalar], filename: String, start: Int = 0, end: Int? = nil,
         line: Int = 1, lineStart: Int = 0, isEmbedded: Bool = false) {
        self.source = source
        self.filename = filename
        self.index = start
        self.end = end ?? source.count
        self.line = line
        self.lineStart = lineStart
        self.isEmbedded = isEmbedded
        self.atLineStart = !isEmbedded
    }

    /// The next token; ENDMARKER forever once the input is exhausted.
    mutating func next() throws -> Token {
        if !pending.isEmpty { return pending.removeFirst() }
        if atLineStart && brackets.isEmpty {
            try readIndentation()
            if !pending.isEmpty { return pending.removeFirst() }
        }
        while true {
            try skipBlanksAndContinuations()
            guard index < end else { return try endOfInput() }
            let c = source[index]
            if c == "\n" {
                let location = span(from: index, to: index + 1)
                advanceLine()
                if !brackets.isEmpty || isEmbedded { continue }
                atLineStart = true
                lineHasTokens = false
                return Token(kind: .newline, text: "", location: location)
            }
            lineHasTokens = true
            return try readToken(startingWith: c)
        }
    }

    // MARK: - Positions

    /// The location of `source[from..<to]`, both on the current line.
    func span(from start: Int, to stop: Int) -> SourceLocation {
        SourceLocation(line: line, column: start - lineStart, endLine: line, endColumn: stop - lineStart)
    }

    /// Moves past the newline at `index`.
    mutating func advanceLine() {
        index += 1
        line += 1
        lineStart = index
    }

    func peekScalar(_ offset: Int = 0) -> Unicode.Scalar? {
        index + offset < end ? source[index + offset] : nil
    }

    func error(_ message: String, _ location: SourceLocation, kind: String = "SyntaxError",
               incomplete: Bool = false) -> SyntaxError {
        SyntaxError(kind: kind, message: message, filename: filename, location: location,
                    isIncompleteInput: incomplete)
    }

    // MARK: - Lines and indentation

    /// Measures the indentation of the next non-blank line and queues INDENT/DEDENT tokens, and the
    /// magic token if the line is an IPython magic or shell escape.
    private mutating func readIndentation() throws {
        var width = 0, alternateWidth = 0
        while true {
            width = 0
            alternateWidth = 0
            while let c = peekScalar(), c == " " || c == "\t" || c == "\u{0C}" {
                switch c {
                case " ": width += 1; alternateWidth += 1
                case "\t": width = (width / 8 + 1) * 8; alternateWidth += 1
                default: width = 0; alternateWidth = 0
                }
                index += 1
            }
            guard let c = peekScalar() else { return }
            if c == "#" { skipComment() }
            guard let next = peekScalar() else { return }
            if next == "\n" { advanceLine(); continue }
            break
        }
        atLineStart = false
        if isScanningRest { return }
        let location = span(from: index, to: index)
        if width > indents[indents.count - 1] && indents.count >= Lexer.maxIndentLevels {
            throw error("too many levels of indentation", location, kind: "IndentationError")
        }
        try pushIndentation(width: width, alternateWidth: alternateWidth, at: location)
        if let c = peekScalar(), c == "%" || c == "!" { pending.append(readMagic()) }
    }

    private mutating func pushIndentation(width: Int, alternateWidth: Int, at location: SourceLocation) throws {
        // CPython points a TabError at the line's first column, and a mismatched unindent just
        // past the line's end; its traceback then shows a caret only for the latter.
        var lineStartLocation = location
        lineStartLocation.column = 0
        lineStartLocation.endColumn = 0
        let tabError = error("inconsistent use of tabs and spaces in indentation", lineStartLocation, kind: "TabError")
        if width > indents[indents.count - 1] {
            guard alternateWidth > alternateIndents[alternateIndents.count - 1] else { throw tabError }
            indents.append(width)
            alternateIndents.append(alternateWidth)
            pending.append(Token(kind: .indent, text: "", location: location))
            return
        }
        while width < indents[indents.count - 1] {
            indents.removeLast()
            alternateIndents.removeLast()
            pending.append(Token(kind: .dedent, text: "", location: location))
        }
        guard width == indents[indents.count - 1] else {
            var lineEnd = index
            while lineEnd < end && source[lineEnd] != "\n" { lineEnd += 1 }
            throw error("unindent does not match any outer indentation level", span(from: lineEnd, to: lineEnd), kind: "IndentationError")
        }
        guard alternateWidth == alternateIndents[alternateIndents.count - 1] else { throw tabError }
    }

    /// An IPython line such as `%pip install x` or `!ls`, up to the end of the line.
    private mutating func readMagic() -> Token {
        let start = index
        while let c = peekScalar(), c != "\n" { index += 1 }
        var text = String(String.UnicodeScalarView(source[start..<index]))
        while text.last?.isWhitespace == true { text.removeLast() }
        lineHasTokens = true
        return Token(kind: .magic, text: text, location: span(from: start, to: index))
    }

    private mutating func skipComment() {
        while let c = peekScalar(), c != "\n" { index += 1 }
    }

    /// Skips spaces, tabs, comments and backslash-newline continuations.
    private mutating func skipBlanksAndContinuations() throws {
        while let c = peekScalar() {
            switch c {
            case " ", "\t", "\u{0C}":
                index += 1
            case "#":
                skipComment()
            case "\\":
                let location = span(from: index + 1, to: index + 1)
                guard let next = peekScalar(1) else {
                    if isScanningRest { return }
                    throw error("unexpected EOF while parsing", location, incomplete: true)
                }
                guard next == "\n" else {
                    if isScanningRest {
                        index += 1
                        continue
                    }
                    throw error("unexpected character after line continuation character", location)
                }
                index += 1
                advanceLine()
                if index >= end && !isEmbedded && !isScanningRest {
                    throw error("unexpected EOF while parsing", span(from: index, to: index), incomplete: true)
                }
            default:
                return
            }
        }
    }

    /// The tokens that close the input: NEWLINE if the last line has tokens, DEDENTs, ENDMARKER.
    private mutating func endOfInput() throws -> Token {
        if let open = brackets.last, !isEmbedded {
            if !isScanningRest {
                throw error("'\(open.symbol)' was never closed", open.location, incomplete: true)
            }
            if open.location.line < errorLine { throw error("'\(open.symbol)' was never closed", open.location) }
        }
        let location = endLocation()
        if !finished {
            finished = true
            if lineHasTokens && !isEmbedded {
                pending.append(Token(kind: .newline, text: "", location: location, isAtEnd: true))
            }
            for _ in indents.dropFirst() {
                pending.append(Token(kind: .dedent, text: "", location: location, isAtEnd: true))
            }
            indents = [0]
            lineHasTokens = false
        }
        if !pending.isEmpty { return pending.removeFirst() }
        return Token(kind: .endMarker, text: "", location: location, isAtEnd: true)
    }

    /// Where CPython places the end of the input: on the last newline when the input ends with
    /// one, else right after the last character.
    private func endLocation() -> SourceLocation {
        guard !isEmbedded, index > 0, source[index - 1] == "\n" else { return span(from: index, to: index) }
        var lineStart = index - 1
        while lineStart > 0 && source[lineStart - 1] != "\n" { lineStart -= 1 }
        let column = index - 1 - lineStart
        return SourceLocation(line: line - 1, column: column, endLine: line - 1, endColumn: column)
    }

    // MARK: - Tokens

    private mutating func readToken(startingWith c: Unicode.Scalar) throws -> Token {
        if c == "\"" || c == "'" { return try readString(prefix: "", start: index) }
        if c.isPythonIdentifierStart { return try readNameOrPrefixedString() }
        if c.isASCIIDigit || (c == "." && peekScalar(1)?.isASCIIDigit == true) { return try readNumber() }
        return try readOperator(c)
    }

    private mutating func readNameOrPrefixedString() throws -> Token {
        let start = index
        var isASCII = true
        var scalars = String.UnicodeScalarView()
        while let c = peekScalar(), c.isPythonIdentifierContinue {
            scalars.append(c)
            isASCII = isASCII && c.isASCII
            index += 1
        }
        var text = String(scalars)
        if index - start <= 2, let q = peekScalar(), q == "\"" || q == "'", Lexer.stringPrefixes.contains(text.lowercased()) {
            return try readString(prefix: text.lowercased(), start: start)
        }
        if !isASCII {
            text = text.precomposedStringWithCompatibilityMapping  // Python compares identifiers in NFKC
        }
        let kind: Token.Kind = Token.keywords.contains(text) ? .keyword : .name
        return Token(kind: kind, text: text, location: span(from: start, to: index))
    }

    /// CPython's limit on nested indented blocks.
    private static let maxIndentLevels = 100
    private static let stringPrefixes: Set<String> = ["r", "u", "b", "br", "rb", "f", "fr", "rf"]

    private static let threeCharOperators: Set<String> = ["**=", "//=", ">>=", "<<=", "..."]
    private static let twoCharOperators: Set<String> = [
        "**", "//", "<<", ">>", "<=", ">=", "==", "!=", "->", ":=",
        "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=",
    ]
    /// The scalars that can be the second of a multi-character operator.
    private static let operatorContinuations: Set<Unicode.Scalar> = ["=", "*", "/", ">", "<", "."]
    private static let singleCharOperators: Set<Unicode.Scalar> = [
        "+", "-", "*", "/", "%", "@", "&", "|", "^", "~", "<", ">", "(", ")", "[", "]", "{", "}",
        ",", ":", ";", ".", "=", "!", "$", "?", "`",
    ]
    /// CPython's limit on open brackets.
    private static let maxBrackets = 200
    private static let closingBrackets: [Unicode.Scalar: Unicode.Scalar] = [")": "(", "]": "[", "}": "{"]

    private mutating func readOperator(_ c: Unicode.Scalar) throws -> Token {
        let start = index
        if let next = peekScalar(1), Lexer.operatorContinuations.contains(next) {
            for length in [3, 2] where index + length <= end {
                let text = String(String.UnicodeScalarView(source[index..<index + length]))
                let table = length == 3 ? Lexer.threeCharOperators : Lexer.twoCharOperators
                if table.contains(text) {
                    index += length
                    return Token(kind: .op, text: text, location: span(from: start, to: index))
                }
            }
        }
        guard Lexer.singleCharOperators.contains(c) else { throw invalidCharacter(c) }
        index += 1
        let location = span(from: start, to: index)
        if c == "(" || c == "[" || c == "{" {
            guard brackets.count < Lexer.maxBrackets else { throw error("too many nested parentheses", location) }
            brackets.append((c, location))
        } else if let opening = Lexer.closingBrackets[c] {
            guard let open = brackets.last else {
                if isEmbedded { throw error("f-string: unmatched '\(c)'", location) }
                throw error("unmatched '\(c)'", span(from: start, to: start))
            }
            guard open.symbol == opening else {
                var message = "closing parenthesis '\(c)' does not match opening parenthesis '\(open.symbol)'"
                if open.location.line != location.line { message += " on line \(open.location.line)" }
                throw error(message, span(from: start, to: start))
            }
            brackets.removeLast()
        }
        return Token(kind: .op, text: String(c), location: location)
    }

    private func invalidCharacter(_ c: Unicode.Scalar) -> SyntaxError {
        let code = String(c.value, radix: 16, uppercase: true)
        let hex = String(repeating: "0", count: max(0, 4 - code.count)) + code
        let location = span(from: index, to: index)
        if isPrintable(c) { return error("invalid character '\(c)' (U+\(hex))", location) }
        return error("invalid non-printable character U+\(hex)", location)
    }
}

// MARK: - Character classes

extension Unicode.Scalar {
    /// 0-9.
    var isASCIIDigit: Bool { self >= "0" && self <= "9" }

    /// A letter or `_`, or a non-ASCII scalar that may start a Python identifier (XID_Start).
    var isPythonIdentifierStart: Bool {
        if isASCII { return (self >= "a" && self <= "z") || (self >= "A" && self <= "Z") || self == "_" }
        return properties.isXIDStart
    }

    /// A scalar that may continue a Python identifier (XID_Continue).
    var isPythonIdentifierContinue: Bool {
        if isASCII { return isPythonIdentifierStart || isASCIIDigit }
        return properties.isXIDContinue
    }
}

/// Python's `str.isprintable` for one character.
private func isPrintable(_ c: Unicode.Scalar) -> Bool {
    switch c.properties.generalCategory {
    case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator:
        return false
    case .spaceSeparator:
        return c == " "
    default:
        return true
    }
}
