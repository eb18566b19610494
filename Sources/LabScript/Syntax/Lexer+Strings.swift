extension Lexer {
    /// Reads a string literal whose (lower-cased) `prefix` starts at `start` and whose opening quote
    /// is at `index`. The body is kept as a range of the source; the parser decodes it.
    mutating func readString(prefix: String, start: Int) throws -> Token {
        let startLine = line, startColumn = start - lineStart
        let quote = source[index]
        var literal = StringLiteralToken()
        literal.isRaw = prefix.contains("r")
        literal.isBytes = prefix.contains("b")
        literal.isFormatted = prefix.contains("f")
        literal.quoteLength = peekScalar(1) == quote && peekScalar(2) == quote ? 3 : 1
        index += literal.quoteLength
        literal.bodyStart = index
        literal.bodyLine = line
        literal.bodyLineStart = lineStart
        let triple = literal.quoteLength == 3
        let startLocation = SourceLocation(line: startLine, column: startColumn, endLine: startLine, endColumn: startColumn)
        while true {
            guard let c = peekScalar() else {
                let detected = index > 0 && source[index - 1] == "\n" ? line - 1 : line
                if triple {
                    throw error("unterminated triple-quoted string literal (detected at line \(detected))",
                                startLocation, incomplete: !isEmbedded)
                }
                let continued = index >= 2 && source[index - 2] == "\\" && source[index - 1] == "\n"
                throw error("unterminated string literal (detected at line \(line))", startLocation,
                            incomplete: continued && !isEmbedded)
            }
            if c == "\\" {
                index += 1
                if peekScalar() == "\n" { advanceLine() } else if peekScalar() != nil { index += 1 }
            } else if c == "\n" {
                guard triple else {
                    throw error("unterminated string literal (detected at line \(line))", startLocation)
                }
                advanceLine()
            } else if c == quote && (!triple || (peekScalar(1) == quote && peekScalar(2) == quote)) {
                break
            } else {
                index += 1
            }
        }
        literal.bodyEnd = index
        index += literal.quoteLength
        literal.location = SourceLocation(line: startLine, column: startColumn, endLine: line, endColumn: index - lineStart)
        var token = Token(kind: .string, text: "", location: literal.location)
        token.string = literal
        return token
    }
}
