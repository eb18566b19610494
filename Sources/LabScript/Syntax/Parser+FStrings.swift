extension Parser {
    /// Splits the f-string text `range` of `literal` into literal text and replacement fields
    /// `{expression[=][!conversion][:spec]}`. `nesting` is 1 inside a format spec.
    func formattedParts(of literal: StringLiteralToken, in range: Range<Int>, nesting: Int,
                                 into builder: inout JoinedStringBuilder) throws {
        var i = range.lowerBound, textStart = i
        func flushText(upTo end: Int) throws {
            if end > textStart {
                builder.append(try decoder(for: literal).decodeString(textStart..<end, isRaw: literal.isRaw))
            }
        }
        while i < range.upperBound {
            let c = source[i]
            if c == "\\" && !literal.isRaw {
                i = escapeEnd(at: i, limit: range.upperBound)
                continue
            }
            let doubled = i + 1 < range.upperBound && source[i + 1] == c
            if c == "{" && doubled && nesting == 0 || c == "}" && doubled {
                try flushText(upTo: i + 1)
                i += 2
                textStart = i
            } else if c == "{" {
                try flushText(upTo: i)
                i = try replacementField(of: literal, at: i, limit: range.upperBound, nesting: nesting, into: &builder)
                textStart = i
            } else if c == "}" {
                throw error("single '}' is not allowed", at: location(of: i..<i + 1, in: literal), fString: true)
            } else {
                i += 1
            }
        }
        try flushText(upTo: range.upperBound)
    }

    /// The index after the escape sequence at `i` (a `\N{...}` escape includes its braces; a
    /// brace after a lone backslash still opens or closes a field, as in CPython).
    private func escapeEnd(at i: Int, limit: Int) -> Int {
        if i + 1 < limit && (source[i + 1] == "{" || source[i + 1] == "}") { return i + 1 }
        guard i + 2 < limit, source[i + 1] == "N", source[i + 2] == "{" else { return min(i + 2, limit) }
        var j = i + 3
        while j < limit && source[j] != "}" { j += 1 }
        return min(j + 1, limit)
    }

    /// Parses the replacement field whose '{' is at `open`; returns the index after its '}'.
    private func replacementField(of literal: StringLiteralToken, at open: Int, limit: Int, nesting: Int,
                                           into builder: inout JoinedStringBuilder) throws -> Int {
        guard nesting < 2 else {
            throw error("expressions nested too deeply", at: location(of: open..<open + 1, in: literal), fString: true)
        }
        let expressionStart = open + 1
        var i = try expressionEnd(of: literal, from: expressionStart, limit: limit)
        let value = try embeddedExpression(of: literal, in: expressionStart..<i)
        var conversion: Character?
        var spec: Expr?
        let isDebug = source[i] == "="
        if isDebug {
            i += 1
            while i < limit, source[i] == " " || source[i] == "\t" || source[i] == "\n" { i += 1 }
            builder.append(String(String.UnicodeScalarView(source[expressionStart..<i])))
        }
        if i < limit, source[i] == "!" {
            guard i + 1 < limit, ["r", "s", "a"].contains(source[i + 1]) else {
                throw fieldError("invalid conversion character: expected 's', 'r', or 'a'", at: i + 1, in: literal)
            }
            conversion = Character(source[i + 1])
            i += 2
        }
        if i < limit, source[i] == ":" {
            let specEnd = formatSpecEnd(from: i + 1, limit: limit)
            var specBuilder = JoinedStringBuilder(location: literal.location)
            try formattedParts(of: literal, in: i + 1..<specEnd, nesting: nesting + 1, into: &specBuilder)
            spec = Expr(.joinedStr(specBuilder.finish()), literal.location)  // where CPython places it
            i = specEnd
        }
        guard i < limit, source[i] == "}" else { throw fieldError("expecting '}'", at: i, in: literal) }
        if isDebug && conversion == nil && spec == nil { conversion = "r" }
        builder.append(Expr(.formattedValue(value: value, conversion: conversion, formatSpec: spec), builder.location))
        return i + 1
    }

    /// The index where the expression of a replacement field ends: the first '}', '!', ':' or
    /// lone '=' outside brackets and strings.
    private func expressionEnd(of literal: StringLiteralToken, from start: Int, limit: Int) throws -> Int {
        var depth = 0, i = start
        var quote: (scalar: Unicode.Scalar, length: Int)?
        while i < limit {
            let c = source[i]
            if c == "\\" {
                throw expressionPartError("a backslash", at: location(of: i..<i, in: literal))
            }
            if let q = quote {
                if c == q.scalar && (q.length == 1 || (i + 2 < limit && source[i + 1] == c && source[i + 2] == c)) {
                    i += q.length
                    quote = nil
                } else {
                    i += 1
                }
                continue
            }
            switch c {
            case "'", "\"":
                let triple = i + 2 < limit && source[i + 1] == c && source[i + 2] == c
                quote = (c, triple ? 3 : 1)
                i += triple ? 3 : 1
                continue
            case "(", "[", "{":
                depth += 1
            case ")", "]":
                depth -= 1
            case "}" where depth > 0:
                depth -= 1
            case "#":
                throw expressionPartError("'#'", at: location(of: i..<i, in: literal))
            case "}":
                return try nonEmpty(start, i, literal)
            case ":" where depth == 0:
                return try nonEmpty(start, i, literal)
            case "!" where depth == 0 && !(i + 1 < limit && source[i + 1] == "="):
                return try nonEmpty(start, i, literal)
            case "=" where depth == 0 && !isPartOfOperator(i):
                return try nonEmpty(start, i, literal)
            default:
                break
            }
            i += 1
        }
        throw error("expecting '}'", at: location(of: limit..<limit, in: literal), fString: true)
    }

    /// An "f-string: ..." error at source index `index` of `literal`.
    private func fieldError(_ message: String, at index: Int, in literal: StringLiteralToken) -> SyntaxError {
        error(message, at: location(of: index..<index, in: literal), fString: true)
    }

    /// "f-string expression part cannot include ..." (CPython words these without a colon).
    private func expressionPartError(_ what: String, at location: SourceLocation) -> SyntaxError {
        SyntaxError(message: "f-string expression part cannot include \(what)", filename: filename, location: location)
    }

    /// True when the '=' at `i` belongs to `==`, `!=`, `<=` or `>=` rather than being the
    /// debugging specifier.
    private func isPartOfOperator(_ i: Int) -> Bool {
        if i + 1 < source.count && source[i + 1] == "=" { return true }
        return i > 0 && ["=", "!", "<", ">"].contains(source[i - 1])
    }

    private func nonEmpty(_ start: Int, _ end: Int, _ literal: StringLiteralToken) throws -> Int {
        if source[start..<end].allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\n" }) {
            throw error("empty expression not allowed", at: location(of: end..<end, in: literal), fString: true)
        }
        return end
    }

    /// The index of the '}' that closes a format spec starting at `start` (`limit` if none),
    /// skipping nested fields and the strings inside them.
    private func formatSpecEnd(from start: Int, limit: Int) -> Int {
        var depth = 0, i = start
        while i < limit {
            let c = source[i]
            if depth > 0 && (c == "'" || c == "\"") {
                i += 1
                while i < limit && source[i] != c { i += 1 }
            } else if c == "{" {
                depth += 1
            } else if c == "}" {
                if depth == 0 { return i }
                depth -= 1
            }
            i += 1
        }
        return limit
    }

    /// Parses the expression of a replacement field, as if it were parenthesized.
    private func embeddedExpression(of literal: StringLiteralToken, in range: Range<Int>) throws -> Expr {
        let start = location(of: range.lowerBound..<range.lowerBound, in: literal)
        let lexer = Lexer(source: source, filename: filename, start: range.lowerBound, end: range.upperBound,
                          line: start.line, lineStart: range.lowerBound - start.column, isEmbedded: true)
        let parser = try Parser(lexer: lexer, isEmbedded: true)
        let value = try parser.starExpressionsOrYield()
        guard parser.current.kind == .endMarker else { throw parser.missingComma(after: value) ?? parser.unexpected() }
        if let error = parser.errorAfterParsing { reportAfterParsing(error) }
        // CPython 3.11 parses the field as if its braces were parentheses, so a bare tuple spans them.
        if case .tuple(let elements) = value.kind, elements.first?.location.column == value.location.column,
           elements.first?.location.line == value.location.line {
            return Expr(value.kind, location(of: range.lowerBound - 1..<range.upperBound + 1, in: literal))
        }
        return value
    }
}
