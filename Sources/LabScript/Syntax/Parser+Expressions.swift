extension Parser {
    /// star_expressions: star_expression (',' star_expression)* [','] — a tuple when there is a comma.
    mutating func starExpressions() throws -> Expr {
        let start = current.location
        let first = try starExpression()
        guard check(",") else { return first }
        var elements = [first]
        while try match(",") {
            guard startsExpression() else { break }
            elements.append(try starExpression())
        }
        return Expr(.tuple(elements), span(from: start))
    }

    /// star_expression: '*' bitwise_or | expression
    mutating func starExpression() throws -> Expr {
        guard check("*") else { return try expression() }
        let start = try advance().location
        let value = try bitwiseOr()
        return Expr(.starred(value), span(from: start))
    }

    /// star_named_expression: '*' bitwise_or | named_expression
    mutating func starNamedExpression() throws -> Expr {
        check("*") ? try starExpression() : try namedExpression()
    }

    /// named_expression: NAME ':=' expression | expression !':='
    mutating func namedExpression() throws -> Expr {
        let start = current.location
        let target = try expression()
        guard check(":=") else { return target }
        guard case .name = target.kind else {
            throw error("cannot use assignment expressions with \(describe(target))", at: target.location)
        }
        try advance()
        let value = try expression()
        return Expr(.namedExpr(target: target, value: value), span(from: start))
    }

    /// expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef
    mutating func expression() throws -> Expr {
        try enterNesting()
        defer { depth -= 1 }
        if checkKeyword("lambda") { return try lambda() }
        let start = current.location
        let body = try disjunction()
        guard checkKeyword("if") else { return body }
        try advance()
        let test = try disjunction()
        guard try matchKeyword("else") else {
            if current.kind == .newline || check(")") || check("]") || check("}") || check(",") {
                throw error("expected 'else' after 'if' expression", at: span(from: start))
            }
            throw unexpected()
        }
        let orelse = try expression()
        return Expr(.ifExp(test: test, body: body, orelse: orelse), span(from: start))
    }

    /// lambdef: 'lambda' [lambda_params] ':' expression
    private mutating func lambda() throws -> Expr {
        let start = try advance().location
        let args = try parameters(closing: ":", allowAnnotations: false)
        try consume(":")
        let saved = (isInFunction, isInLoop)
        (isInFunction, isInLoop) = (true, false)
        defer { (isInFunction, isInLoop) = saved }
        let body = try expression()
        return Expr(.lambda(args, body), span(from: start))
    }

    /// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
    mutating func yieldExpression() throws -> Expr {
        let start = try advance().location
        let kind: ExprKind
        if try matchKeyword("from") {
            kind = .yieldFrom(try expression())
        } else {
            kind = .yield(startsExpression() ? try starExpressions() : nil)
        }
        let location = span(from: start)
        guard isInFunction else {
            if check("=") { throw error("assignment to yield expression not possible", at: location) }
            throw error("'yield' outside function", at: location)
        }
        return Expr(kind, location)
    }

    /// disjunction: conjunction ('or' conjunction)*
    mutating func disjunction() throws -> Expr {
        try boolOperation("or", .or) { try $0.conjunction() }
    }

    /// conjunction: inversion ('and' inversion)*
    mutating func conjunction() throws -> Expr {
        try boolOperation("and", .and) { try $0.inversion() }
    }

    private mutating func boolOperation(_ keyword: String, _ op: BoolOperator,
                                        _ operand: (inout Parser) throws -> Expr) throws -> Expr {
        let start = current.location
        let first = try operand(&self)
        guard checkKeyword(keyword) else { return first }
        var values = [first]
        while try matchKeyword(keyword) { values.append(try operand(&self)) }
        return Expr(.boolOp(op, values), span(from: start))
    }

    /// inversion: 'not' inversion | comparison
    mutating func inversion() throws -> Expr {
        guard checkKeyword("not") else { return try comparison() }
        try enterNesting()
        defer { depth -= 1 }
        let start = try advance().location
        let operand = try inversion()
        return Expr(.unaryOp(.not, operand), span(from: start))
    }

    /// comparison: bitwise_or (compare_op bitwise_or)*
    mutating func comparison() throws -> Expr {
        let start = current.location
        let first = try bitwiseOr()
        var ops: [CmpOp] = [], comparators: [Expr] = []
        while let op = try comparisonOperator() {
            ops.append(op)
            comparators.append(try bitwiseOr())
        }
        guard !ops.isEmpty else { return first }
        return Expr(.compare(first, ops, comparators), span(from: start))
    }

    /// Consumes a comparison operator (`==`, `<`, `in`, `not in`, `is`, `is not`, ...) if present.
    private mutating func comparisonOperator() throws -> CmpOp? {
        switch current.kind {
        case .op:
            guard ["==", "!=", "<", "<=", ">", ">="].contains(current.text),
                  let op = CmpOp(rawValue: current.text) else { return nil }
            try advance()
            return op
        case .keyword where current.text == "in":
            try advance()
            return .in
        case .keyword where current.text == "is":
            try advance()
            return try matchKeyword("not") ? .isNot : .is
        case .keyword where current.text == "not":
            guard try peek(1).isKeyword("in") else { return nil }
            try advance()
            try advance()
            return .notIn
        default:
            return nil
        }
    }

    /// bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor
    mutating func bitwiseOr() throws -> Expr {
        try binaryOperation(["|"]) { try $0.bitwiseXor() }
    }

    /// bitwise_xor: bitwise_xor '^' bitwise_and | bitwise_and
    mutating func bitwiseXor() throws -> Expr {
        try binaryOperation(["^"]) { try $0.bitwiseAnd() }
    }

    /// bitwise_and: bitwise_and '&' shift_expr | shift_expr
    mutating func bitwiseAnd() throws -> Expr {
        try binaryOperation(["&"]) { try $0.shiftExpression() }
    }

    /// shift_expr: shift_expr ('<<' | '>>') sum | sum
    mutating func shiftExpression() throws -> Expr {
        try binaryOperation(["<<", ">>"]) { try $0.sum() }
    }

    /// sum: sum ('+' | '-') term | term
    mutating func sum() throws -> Expr {
        try binaryOperation(["+", "-"]) { try $0.term() }
    }

    /// term: term ('*' | '/' | '//' | '%' | '@') factor | factor
    mutating func term() throws -> Expr {
        try binaryOperation(["*", "/", "//", "%", "@"]) { try $0.factor() }
    }

    /// A left-associative chain of the binary operators `symbols` over `operand`.
    private mutating func binaryOperation(_ symbols: Set<String>,
                                          _ operand: (inout Parser) throws -> Expr) throws -> Expr {
        let start = current.location
        var left = try operand(&self)
        while current.kind == .op, symbols.contains(current.text), let op = Operator(rawValue: current.text) {
            try advance()
            let right = try operand(&self)
            left = Expr(.binOp(left, op, right), span(from: start))
        }
        return left
    }

    /// factor: ('+' | '-' | '~') factor | power
    mutating func factor() throws -> Expr {
        guard current.kind == .op, let op = UnaryOperator(rawValue: current.text), op != .not else {
            return try power()
        }
        try enterNesting()
        defer { depth -= 1 }
        let start = try advance().location
        let operand = try factor()
        return Expr(.unaryOp(op, operand), span(from: start))
    }

    /// power: primary '**' factor | primary
    mutating func power() throws -> Expr {
        let start = current.location
        let base = try primary()
        guard try match("**") else { return base }
        try enterNesting()
        defer { depth -= 1 }
        let exponent = try factor()
        return Expr(.binOp(base, .pow, exponent), span(from: start))
    }
}
