extension Parser {
    /// primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')'
    ///        | primary '[' slices ']' | atom
    mutating func primary() throws -> Expr {
        let start = current.location
        var value = try atom()
        while current.kind == .op {
            if try match(".") {
                let name = try consumeName()
                value = Expr(.attribute(value, name), span(from: start))
            } else if check("(") {
                let open = try advance()
                let (args, keywords) = try arguments(open: open.location)
                value = Expr(.call(func: value, args: args, keywords: keywords), span(from: start))
            } else if try match("[") {
                let index = try slices()
                try consumeClosing("]", after: index)
                value = Expr(.subscript(value, index), span(from: start))
            } else {
                break
            }
        }
        return value
    }

    /// slices: slice !',' | ','.(slice | starred_expression)+ [','] — a tuple when there is a comma.
    private mutating func slices() throws -> Expr {
        let start = current.location
        let first = try slice()
        guard check(",") else { return first }
        var elements = [first]
        while try match(",") {
            if check("]") { break }
            elements.append(try slice())
        }
        return Expr(.tuple(elements), span(from: start))
    }

    /// slice: [expression] ':' [expression] [':' [expression]] | named_expression | starred_expression
    private mutating func slice() throws -> Expr {
        let start = current.location
        if check("*") { return try starExpression() }
        var lower: Expr?
        if !check(":") {
            let value = try namedExpression()
            guard check(":") else { return value }
            lower = value
        }
        try consume(":")
        let upper = endsSlicePart() ? nil : try expression()
        var step: Expr?
        if try match(":") {
            step = endsSlicePart() ? nil : try expression()
        }
        return Expr(.slice(lower: lower, upper: upper, step: step), span(from: start))
    }

    private func endsSlicePart() -> Bool {
        check("]") || check(",") || check(":")
    }

    /// arguments: ','.(starred_expression | (assignment_expression | expression !':=') !'=')+
    ///            [',' kwargs] | kwargs — after the '(' at `open`, through the ')'.
    ///
    /// A generator expression may be the sole argument without its own parentheses.
    mutating func arguments(open: SourceLocation) throws -> ([Expr], [Keyword]) {
        var args: [Expr] = [], keywords: [Keyword] = []
        var sawKeyword = false, sawKeywordUnpacking = false
        while !check(")") {
            let start = current.location
            if try match("*") {
                let value = try expression()
                let starred = Expr(.starred(value), span(from: start))
                if sawKeywordUnpacking {
                    throw error("iterable argument unpacking follows keyword argument unpacking", at: starred.location)
                }
                args.append(starred)
            } else if try match("**") {
                keywords.append(Keyword(arg: nil, value: try expression(), location: span(from: start)))
                sawKeywordUnpacking = true
            } else if current.kind == .name, try peek(1).isOp("=") {
                let name = try advance().text
                if keywords.contains(where: { $0.arg == name }) {
                    throw error("keyword argument repeated: \(name)", at: previous.location)
                }
                try advance()
                keywords.append(Keyword(arg: name, value: try expression(), location: span(from: start)))
                sawKeyword = true
            } else {
                var value = try namedExpression()
                if check("=") {
                    throw error("expression cannot contain assignment, perhaps you meant \"==\"?",
                                at: value.location.through(current.location))
                }
                if checkKeyword("for") {
                    let comprehensions = try forIfClauses()
                    let isSole = args.isEmpty && keywords.isEmpty && check(")")
                    let location = isSole ? open.through(current.location) : span(from: value.location)
                    guard isSole else { throw error("Generator expression must be parenthesized", at: location) }
                    value = Expr(.generatorExp(value, comprehensions), location)
                }
                if sawKeywordUnpacking {
                    throw error("positional argument follows keyword argument unpacking", at: value.location)
                }
                if sawKeyword { throw error("positional argument follows keyword argument", at: value.location) }
                args.append(value)
            }
            guard try match(",") else { break }
        }
        try consumeClosing(")", after: args.last ?? keywords.last?.value)
        return (args, keywords)
    }

    /// Consumes the closing bracket `symbol`. When another expression follows the last element
    /// instead, reports CPython's "Perhaps you forgot a comma?".
    mutating func consumeClosing(_ symbol: String, after last: Expr?) throws {
        if try match(symbol) { return }
        throw missingComma(after: last) ?? unexpected()
    }

    /// "invalid syntax. Perhaps you forgot a comma?" when an expression starts right after `last`.
    func missingComma(after last: Expr?) -> SyntaxError? {
        guard let last, startsExpression(), !check("*"), !check("**") else { return nil }
        var probe = self
        guard let next = try? probe.expression() else { return nil }
        return error("invalid syntax. Perhaps you forgot a comma?", at: last.location.through(next.location))
    }
}
