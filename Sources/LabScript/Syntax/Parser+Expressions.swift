extension Parser {
    /// star_expressions: star_expression (',' star_expression)* [','] — a tuple when there is a comma.
    func starExpressions() throws -> Expr {
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
    func starExpression() throws -> Expr {
        guard check("*") else { return try expression() }
        let start = try advance().location
        let value = try bitwiseOr()
        return Expr(.starred(value), span(from: start))
    }

    /// star_named_expression: '*' bitwise_or | named_expression — with CPython's hint for `=`
    /// written instead of `==`, as in `[x = 1]`.
    func starNamedExpression() throws -> Expr {
        if check("*") { return try starExpression() }
        return try rejectingAssignment(try namedExpression())
    }

    /// named_expression: NAME ':=' expression | expression !':='
    func namedExpression() throws -> Expr {
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

    /// The named_expression of an `if`, `elif` or `while`, with CPython's hint for `=` written
    /// instead of `==`.
    func condition() throws -> Expr {
        try rejectingAssignment(try namedExpression())
    }

    /// `test`, unless '=' follows it: then CPython's error suggesting '==' or ':='.
    private func rejectingAssignment(_ test: Expr) throws -> Expr {
        guard check("=") else { return test }
        try advance()
        let value = try bitwiseOr()
        if case .name = test.kind {
            throw error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", at: test.location.through(value.location))
        }
        throw error("cannot assign to \(describe(test)) here. Maybe you meant '==' instead of '='?", at: test.location)
    }

    /// expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef
    func expression() throws -> Expr {
        try enterNesting()
        defer { depth -= 1 }
        if checkKeyword("lambda") { return try lambda() }
        let start = current.location
        let body = try disjunction()
        guard checkKeyword("if") else { return body }
        try advance()
        let test = try disjunction()
        guard try matchKeyword("else") else {
            if check(":") { throw unexpected() }
            throw error("expected 'else' after 'if' expression", at: span(from: start))
        }
        let orelse = try expression()
        return Expr(.ifExp(test: test, body: body, orelse: orelse), span(from: start))
    }

    /// lambdef: 'lambda' [lambda_params] ':' expression
    private func lambda() throws -> Expr {
        let start = try advance().location
        let args = try parameters(closing: ":", allowAnnotations: false)
        try consume(":")
        let body = try expression()
        return Expr(.lambda(args, body), span(from: start))
    }

    /// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
    func yieldExpression() throws -> Expr {
        let start = try advance().location
        let kind: ExprKind
        if try matchKeyword("from") {
            kind = .yieldFrom(try expression())
        } else {
            kind = .yield(startsExpression() ? try starExpressions() : nil)
        }
        let location = span(from: start)
        if check("=") { throw error("assignment to yield expression not possible", at: location) }
        return Expr(kind, location)
    }

    /// disjunction: conjunction ('or' conjunction)*
    func disjunction() throws -> Expr {
        try boolOperation("or", .or) { try $0.conjunction() }
    }

    /// conjunction: inversion ('and' inversion)*
    func conjunction() throws -> Expr {
        try boolOperation("and", .and) { try $0.inversion() }
    }

    private func boolOperation(_ keyword: String, _ op: BoolOperator,
                                        _ operand: (Parser) throws -> Expr) throws -> Expr {
        let start = current.location
        let first = try operand(self)
        guard checkKeyword(keyword) else { return first }
        var values = [first]
        while try matchKeyword(keyword) { values.append(try operand(self)) }
        return Expr(.boolOp(op, values), span(from: start))
    }

    /// inversion: 'not' inversion | comparison
    func inversion() throws -> Expr {
        guard checkKeyword("not") else { return try comparison() }
        try enterNesting()
        defer { depth -= 1 }
        let start = try advance().location
        let operand = try inversion()
        return Expr(.unaryOp(.not, operand), span(from: start))
    }

    /// comparison: bitwise_or (compare_op bitwise_or)*
    func comparison() throws -> Expr {
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
    private func comparisonOperator() throws -> CmpOp? {
        switch current.kind {
        case .op:
            guard let op = CmpOp(rawValue: current.text) else { return nil }
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
    func bitwiseOr() throws -> Expr {
        try binaryOperation(Parser.bitOrOperators) { try $0.bitwiseXor() }
    }

    /// bitwise_xor: bitwise_xor '^' bitwise_and | bitwise_and
    func bitwiseXor() throws -> Expr {
        try binaryOperation(Parser.bitXorOperators) { try $0.bitwiseAnd() }
    }

    /// bitwise_and: bitwise_and '&' shift_expr | shift_expr
    func bitwiseAnd() throws -> Expr {
        try binaryOperation(Parser.bitAndOperators) { try $0.shiftExpression() }
    }

    /// shift_expr: shift_expr ('<<' | '>>') sum | sum
    func shiftExpression() throws -> Expr {
        try binaryOperation(Parser.shiftOperators) { try $0.sum() }
    }

    /// sum: sum ('+' | '-') term | term
    func sum() throws -> Expr {
        try binaryOperation(Parser.sumOperators) { try $0.term() }
    }

    /// term: term ('*' | '/' | '//' | '%' | '@') factor | factor
    func term() throws -> Expr {
        try binaryOperation(Parser.termOperators) { try $0.factor() }
    }

    private static let bitOrOperators: [Operator] = [.bitOr]
    private static let bitXorOperators: [Operator] = [.bitXor]
    private static let bitAndOperators: [Operator] = [.bitAnd]
    private static let shiftOperators: [Operator] = [.lShift, .rShift]
    private static let sumOperators: [Operator] = [.add, .sub]
    private static let termOperators: [Operator] = [.mult, .div, .floorDiv, .mod, .matMult]

    /// A left-associative chain of `operators` over `operand`.
    private func binaryOperation(_ operators: [Operator],
                                          _ operand: (Parser) throws -> Expr) throws -> Expr {
        let start = current.location
        var left = try operand(self)
        while current.kind == .op, let op = Operator(rawValue: current.text), operators.contains(op) {
            try advance()
            let right = try operand(self)
            left = Expr(.binOp(left, op, right), span(from: start))
        }
        return left
    }

    /// factor: ('+' | '-' | '~') factor | power
    func factor() throws -> Expr {
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
    func power() throws -> Expr {
        let start = current.location
        let base = try primary()
        guard try match("**") else { return base }
        try enterNesting()
        defer { depth -= 1 }
        let exponent = try factor()
        return Expr(.binOp(base, .pow, exponent), span(from: start))
    }
}
