extension Parser {
    /// primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')'
    ///        | primary '[' slices ']' | atom
    func primary() throws -> Expr {
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

    /// slices: slice !',' | ','.(slice | starred_expression)+ [','] — a tuple when there is a comma
    /// or a starred element.
    private func slices() throws -> Expr {
        let start = current.location
        let first = try slice()
        if case .starred = first.kind, !check(",") {
            return Expr(.tuple([first]), first.location)  // x[*a] indexes with a tuple, as in CPython
        }
        guard check(",") else { return first }
        var elements = [first]
        while try match(",") {
            if check("]") { break }
            elements.append(try slice())
        }
        return Expr(.tuple(elements), span(from: start))
    }

    /// slice: [expression] ':' [expression] [':' [expression]] | named_expression | starred_expression
    private func slice() throws -> Expr {
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
    /// A generator expression may be the sole argument of a call without its own parentheses.
    func arguments(open: SourceLocation, allowsGenerator: Bool = true) throws -> ([Expr], [Keyword]) {
        var args: [Expr] = [], keywords: [Keyword] = []
        while !check(")") {
            let start = current.location
            if try match("*") {
                let starred = Expr(.starred(try expression()), span(from: start))
                if keywords.contains(where: { $0.arg == nil }) {
                    throw error("iterable argument unpacking follows keyword argument unpacking", at: starred.location)
                }
                args.append(starred)
            } else if try match("**") {
                keywords.append(Keyword(arg: nil, value: try expression(), location: span(from: start)))
            } else if current.kind == .keyword, ["True", "False", "None"].contains(current.text), try peek(1).isOp("=") {
                throw error("cannot assign to \(current.text)", at: current.location)
            } else if current.kind == .name, try peek(1).isOp("=") {
                keywords.append(try keywordArgument(after: keywords))
            } else {
                let value = try positionalArgument(open: open, isFirst: args.isEmpty && keywords.isEmpty,
                                                   allowsGenerator: allowsGenerator)
                if keywords.contains(where: { $0.arg == nil }) {
                    throw error("positional argument follows keyword argument unpacking", at: value.location)
                }
                if !keywords.isEmpty { throw error("positional argument follows keyword argument", at: value.location) }
                args.append(value)
            }
            guard try match(",") else { break }
        }
        try consumeClosing(")", after: args.last ?? keywords.last?.value)
        return (args, keywords)
    }

    /// kwarg: NAME '=' expression
    private func keywordArgument(after keywords: [Keyword]) throws -> Keyword {
        let start = current.location
        let name = try advance().text
        if keywords.contains(where: { $0.arg == name }) {
            reportAfterParsing(error("keyword argument repeated: \(name)", at: previous.location))
        }
        try consume("=")
        return Keyword(arg: name, value: try expression(), location: span(from: start))
    }

    /// A positional argument, or a generator expression that must be the only argument.
    private func positionalArgument(open: SourceLocation, isFirst: Bool, allowsGenerator: Bool) throws -> Expr {
        let value = try namedExpression()
        if check("=") {
            throw error("expression cannot contain assignment, perhaps you meant \"==\"?",
                        at: value.location.through(current.location))
        }
        guard checkKeyword("for") && allowsGenerator else { return value }
        let comprehensions = try forIfClauses()
        let isSole = isFirst && check(")")
        let location = isSole ? open.through(current.location) : span(from: value.location)
        guard isSole else { throw error("Generator expression must be parenthesized", at: location) }
        return Expr(.generatorExp(value, comprehensions), location)
    }

    /// Consumes the closing bracket `symbol`. When another expression follows the last element
    /// instead, reports CPython's "Perhaps you forgot a comma?".
    func consumeClosing(_ symbol: String, after last: Expr?) throws {
        if try match(symbol) { return }
        throw missingComma(after: last) ?? unexpected()
    }

    /// "invalid syntax. Perhaps you forgot a comma?" when an expression starts right after `last`.
    func missingComma(after last: Expr?) -> SyntaxError? {
        guard let last, startsExpression(), !check("*"), !check("**") else { return nil }
        let probe = Parser(copying: self)
        guard let next = try? probe.expression() else { return nil }
        return error("invalid syntax. Perhaps you forgot a comma?", at: last.location.through(next.location))
    }
}
