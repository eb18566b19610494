extension Parser {
    /// atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER | tuple | group | genexp
    ///     | list | listcomp | dict | set | dictcomp | setcomp | '...'
    mutating func atom() throws -> Expr {
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
    private mutating func parenthesized() throws -> Expr {
        let start = try advance().location
        if try match(")") { return Expr(.tuple([]), span(from: start)) }
        if checkKeyword("yield") {
            let value = try yieldExpression()
            try consumeClosing(")", after: value)
            return value
        }
        let first = try starNamedExpression()
        if checkKeyword("for") {
            let comprehensions = try forIfClauses()
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
    private mutating func commaSeparated(_ first: Expr, closing: String) throws -> [Expr] {
        var elements = [first]
        while try match(",") {
            if check(closing) { break }
            elements.append(try starNamedExpression())
        }
        try consumeClosing(closing, after: elements.last)
        return elements
    }

    /// list: '[' [star_named_expressions] ']' | listcomp: '[' named_expression for_if_clauses ']'
    private mutating func listDisplay() throws -> Expr {
        let start = try advance().location
        if try match("]") { return Expr(.list([]), span(from: start)) }
        let first = try starNamedExpression()
        if checkKeyword("for") {
            let comprehensions = try forIfClauses()
            try consumeClosing("]", after: nil)
            return Expr(.listComp(first, comprehensions), span(from: start))
        }
        let elements = try commaSeparated(first, closing: "]")
        return Expr(.list(elements), span(from: start))
    }

    /// dict | set | dictcomp | setcomp
    private mutating func dictOrSetDisplay() throws -> Expr {
        let start = try advance().location
        if try match("}") { return Expr(.dict(keys: [], values: []), span(from: start)) }
        if check("**") { return try dictDisplay(start: start, firstKey: nil, firstValue: try doubleStarred()) }
        let first = try starNamedExpression()
        if try match(":") {
            let value = try expression()
            if checkKeyword("for") {
                let comprehensions = try forIfClauses()
                try consumeClosing("}", after: nil)
                return Expr(.dictComp(key: first, value: value, comprehensions), span(from: start))
            }
            return try dictDisplay(start: start, firstKey: first, firstValue: value)
        }
        if checkKeyword("for") {
            let comprehensions = try forIfClauses()
            try consumeClosing("}", after: nil)
            return Expr(.setComp(first, comprehensions), span(from: start))
        }
        let elements = try commaSeparated(first, closing: "}")
        return Expr(.set(elements), span(from: start))
    }

    /// '**' bitwise_or inside a dict display.
    private mutating func doubleStarred() throws -> Expr {
        try consume("**")
        return try bitwiseOr()
    }

    /// The rest of a dict display after its first entry (a nil key is a `**mapping` entry).
    private mutating func dictDisplay(start: SourceLocation, firstKey: Expr?, firstValue: Expr) throws -> Expr {
        var keys: [Expr?] = [firstKey], values = [firstValue]
        while try match(",") {
            if check("}") { break }
            if check("**") {
                keys.append(nil)
                values.append(try doubleStarred())
            } else {
                keys.append(try expression())
                try consume(":")
                values.append(try expression())
            }
        }
        try consumeClosing("}", after: values.last)
        return Expr(.dict(keys: keys, values: values), span(from: start))
    }

    /// for_if_clauses: ('for' star_targets 'in' disjunction ('if' disjunction)*)+
    mutating func forIfClauses() throws -> [Comprehension] {
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
