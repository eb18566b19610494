extension Parser {
    /// strings: STRING+ — adjacent literals are concatenated; any f-string among them makes the
    /// result a `.joinedStr`.
    func strings() throws -> Expr {
        var tokens: [Token] = []
        while current.kind == .string { tokens.append(try advance()) }
        let location = tokens[0].location.through(tokens[tokens.count - 1].location)
        let literals = tokens.map { $0.string! }
        let bytesCount = literals.filter(\.isBytes).count
        guard bytesCount == 0 || bytesCount == literals.count else {
            throw error("cannot mix bytes and nonbytes literals", at: location)
        }
        if bytesCount > 0 {
            var bytes: [UInt8] = []
            for literal in literals {
                bytes += try decoder(for: literal).decodeBytes(literal.bodyStart..<literal.bodyEnd, isRaw: literal.isRaw)
            }
            return Expr(.constant(.bytes(bytes)), location)
        }
        var builder = JoinedStringBuilder(location: location)
        for literal in literals {
            if literal.isFormatted {
                try formattedParts(of: literal, in: literal.bodyStart..<literal.bodyEnd, nesting: 0, into: &builder)
            } else {
                builder.append(try decoder(for: literal).decodeString(literal.bodyStart..<literal.bodyEnd, isRaw: literal.isRaw))
            }
        }
        if !literals.contains(where: \.isFormatted) {
            return Expr(.constant(.str(builder.literal)), location)
        }
        return Expr(.joinedStr(builder.finish()), location)
    }

    func decoder(for literal: StringLiteralToken) -> EscapeDecoder {
        let source = source, filename = filename, isEmbedded = isEmbedded
        return EscapeDecoder(source: source, bodyStart: literal.bodyStart) { message, range in
            SyntaxError(message: isEmbedded ? "f-string: " + message : message, filename: filename,
                        location: literal.location(of: range, in: source))
        }
    }

    /// The file location of `range`, an index range within the body of `literal`.
    func location(of range: Range<Int>, in literal: StringLiteralToken) -> SourceLocation {
        literal.location(of: range, in: source)
    }
}

extension StringLiteralToken {
    /// The file location of `range`, an index range of `source` within this literal's body.
    func location(of range: Range<Int>, in source: [Unicode.Scalar]) -> SourceLocation {
        let start = position(of: range.lowerBound, in: source), end = position(of: range.upperBound, in: source)
        return SourceLocation(line: start.line, column: start.column, endLine: end.line, endColumn: end.column)
    }

    /// The file line and column of source index `index` within the body.
    private func position(of index: Int, in source: [Unicode.Scalar]) -> (line: Int, column: Int) {
        var line = bodyLine, lineStart = bodyLineStart
        for i in bodyStart..<max(bodyStart, index) where source[i] == "\n" {
            line += 1
            lineStart = i + 1
        }
        return (line, index - lineStart)
    }
}

/// Collects the parts of a joined string, merging adjacent literal text into one constant.
struct JoinedStringBuilder {
    let location: SourceLocation
    private(set) var parts: [Expr] = []
    private(set) var literal = ""

    init(location: SourceLocation) {
        self.location = location
    }

    mutating func append(_ text: String) {
        literal += text
    }

    mutating func append(_ part: Expr) {
        flush()
        parts.append(part)
    }

    private mutating func flush() {
        if !literal.isEmpty { parts.append(Expr(.constant(.str(literal)), location)) }
        literal = ""
    }

    mutating func finish() -> [Expr] {
        flush()
        return parts
    }
}
