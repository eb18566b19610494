extension Parser {
    /// atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER | tuple | group | genexp
    ///     | list | listcomp | dict | set | dictcomp | setcomp | '...'
    func atom() throws -> Expr {
        let token = current
        switch token.kind {
        case .name:
            try advance()
            return Expr(.name(token.text), token.location)
        case .number:
            try advance()
            return Expr(.constant(token.number ?? .none), token.location)
        case .string:
            return try strings()
        case .keyword:
            let constant: Constant
            switch token.text {
            case "True": constant = .bool(true)
            case "False": constant = .bool(false)
            case "None": constant = .none
            case "await": throw error("'await' expressions are not supported", at: token.location)
            default: throw unexpected()
            }
            try advance()
            return Expr(.constant(constant), token.location)
        case .op:
            switch token.text {
            case "(": return try parenthesized()
            case "[": return try listDisplay()
            case "{": return try dictOrSetDisplay()
            case "...":
                try advance()
                return Expr(.constant(.ellipsis), token.location)
            default: throw unexpected()
            }
        default:
            throw unexpected()
        }
    }

    /// tuple | group | genexp:
    /// '(' [star_named_expression ',' [star_named_expressions]] ')' | '(' (yield_expr | named_expression) ')'
    /// | '(' named_expression for_if_clauses ')'
    private func parenthesized() throws -> Expr {
        let start = try advance().location
        if try match(")") { return Expr(.tuple([]), span(from: start)) }
        if checkKeyword("yield") {
            let value = try yieldExpression()
            try consumeClosing(")", after: value)
            return value
        }
        let first = try starNamedExpression()
        if checkKeyword("for") {
            let comprehensions = try comprehensionClauses(for: first)
            try consumeClosing(")", after: nil)
            return Expr(.generatorExp(first, comprehensions), span(from: start))
        }
        guard check(",") else {
            try consumeClosing(")", after: first)
            if case .starred = first.kind {
                throw error("cannot use starred expression here", at: first.location)
            }
            return first
        }
        let elements = try commaSeparated(first, closing: ")")
        return Expr(.tuple(elements), span(from: start))
    }

    /// The elements after `first` up to and including the `closing` bracket.
    private func commaSeparated(_ first: Expr, closing: String) throws -> [Expr] {
        var elements = [first]
        while try match(",") {
            if check(closing) { break }
            elements.append(try starNamedExpression())
        }
        if checkKeyword("for") && closing != ")" {
            throw error("did you forget parentheses around the comprehension target?",
                        at: first.location.through(elements[elements.count - 1].location))
        }
        try consumeClosing(closing, after: elements.last)
        return elements
    }

    /// for_if_clauses after the element `element` of a comprehension, which cannot be `*x`.
    private func comprehensionClauses(for element: Expr) throws -> [Comprehension] {
        if case .starred = element.kind {
            throw error("iterable unpacking cannot be used in comprehension", at: element.location)
        }
        return try forIfClauses()
    }

    /// list: '[' [star_named_expressions] ']' | listcomp: '[' named_expression for_if_clauses ']'
    private func listDisplay() throws -> Expr {
        let start = try advance().location
        if try match("]") { return Expr(.list([]), span(from: start)) }
        let first = try starNamedExpression()
        if checkKeyword("for") {
            let comprehensions = try comprehensionClauses(for: first)
            try consumeClosing("]", after: nil)
            return Expr(.listComp(first, comprehensions), span(from: start))
        }
        let elements = try commaSeparated(first, closing: "]")
        return Expr(.list(elements), span(from: start))
    }

    /// dict | set | dictcomp | setcomp
    private func dictOrSetDisplay() throws -> Expr {
        let start = try advance().location
        if try match("}") { return Expr(.dict(keys: [], values: []), span(from: start)) }
        if check("**") {
            let doubleStar = current.location
            let value = try doubleStarred()
            if checkKeyword("for") {
                throw error("dict unpacking cannot be used in dict comprehension", at: doubleStar.through(value.location))
            }
            return try dictDisplay(start: start, firstKey: nil, firstValue: value)
        }
        let first = try starNamedExpression()
        if check(":") {
            let value = try dictValue(after: first)
            if checkKeyword("for") {
                let comprehensions = try forIfClauses()
                try consumeClosing("}", after: nil)
                return Expr(.dictComp(key: first, value: value, comprehensions), span(from: start))
            }
            return try dictDisplay(start: start, firstKey: first, firstValue: value)
        }
        if checkKeyword("for") {
            let comprehensions = try comprehensionClauses(for: first)
            try consumeClosing("}", after: nil)
            return Expr(.setComp(first, comprehensions), span(from: start))
        }
        let elements = try commaSeparated(first, closing: "}")
        return Expr(.set(elements), span(from: start))
    }

    /// ':' expression after a dict key, with CPython's errors when either is missing.
    private func dictValue(after key: Expr) throws -> Expr {
        guard try match(":") else {
            let end = SourceLocation(line: key.location.endLine, column: key.location.endColumn - 1,
                                     endLine: key.location.endLine, endColumn: key.location.endColumn)
            throw error("':' expected after dictionary key", at: end)
        }
        if check("}") || check(",") {
            throw error("expression expected after dictionary key and ':'", at: previous.location)
        }
        if check("*") {
            throw error("cannot use a starred expression in a dictionary value", at: try starExpression().location)
        }
        return try expression()
    }

    /// '**' bitwise_or inside a dict display.
    private func doubleStarred() throws -> Expr {
        try consume("**")
        return try bitwiseOr()
    }

    /// The rest of a dict display after its first entry (a nil key is a `**mapping` entry).
    private func dictDisplay(start: SourceLocation, firstKey: Expr?, firstValue: Expr) throws -> Expr {
        var keys: [Expr?] = [firstKey], values = [firstValue]
        while try match(",") {
            if check("}") { break }
            if check("**") {
                keys.append(nil)
                values.append(try doubleStarred())
            } else {
                let key = try expression()
                keys.append(key)
                values.append(try dictValue(after: key))
            }
        }
        try consumeClosing("}", after: values.last)
        return Expr(.dict(keys: keys, values: values), span(from: start))
    }

    /// for_if_clauses: ('for' star_targets 'in' disjunction ('if' disjunction)*)+
    func forIfClauses() throws -> [Comprehension] {
        var clauses: [Comprehension] = []
        while try matchKeyword("for") {
            let target = try starTargets()
            try consumeKeyword("in")
            let iter = try disjunction()
            var ifs: [Expr] = []
            while try matchKeyword("if") { ifs.append(try disjunction()) }
            clauses.append(Comprehension(target: target, iter: iter, ifs: ifs))
        }
        return clauses
    }
}
