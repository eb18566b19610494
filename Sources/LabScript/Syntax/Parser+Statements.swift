extension Parser {
    /// file: statements ENDMARKER
    func file() throws -> [Stmt] {
        var body: [Stmt] = []
        while current.kind != .endMarker {
            body += try statement()
        }
        return body
    }

    /// statement: compound_stmt | simple_stmts
    func statement() throws -> [Stmt] {
        if current.kind == .keyword || check("@"), let compound = try compoundStatement() {
            return [compound]
        }
        if startsMatchStatement() { return [try matchStatement()] }
        return try simpleStatements()
    }

    /// simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE
    func simpleStatements() throws -> [Stmt] {
        var statements = [try simpleStatement()]
        while try match(";") {
            if current.kind == .newline { break }
            statements.append(try simpleStatement())
        }
        guard current.kind == .newline else { throw unexpectedAfterStatement(statements.last!) }
        try advance()
        return statements
    }

    /// block: NEWLINE INDENT statements DEDENT | simple_stmts
    ///
    /// `header` names the statement for the error when the indented block is missing, e.g.
    /// "'if' statement on line 3" or "function definition on line 1".
    func block(after header: String) throws -> [Stmt] {
        guard current.kind == .newline else { return try simpleStatements() }
        try advance()
        guard current.kind == .indent else {
            throw error("expected an indented block after \(header)", at: current.location,
                        kind: "IndentationError", incomplete: current.isAtEnd)
        }
        try advance()
        var body: [Stmt] = []
        while current.kind != .dedent && current.kind != .endMarker {
            body += try statement()
        }
        if current.kind == .dedent { try advance() }
        return body
    }

    /// Consumes the ':' ending a block header. A missing ':' is "expected ':'" when the line ends
    /// there, or anywhere when `forced` (CPython's `&&':'` in `def`, `try`, `else`, `finally`).
    func consumeColon(forced: Bool = false) throws {
        if try match(":") { return }
        if forced || current.kind == .newline { throw error("expected ':'", at: current.location) }
        throw unexpected()
    }

    /// The error when a simple statement is followed by something other than ';' or NEWLINE.
    private func unexpectedAfterStatement(_ statement: Stmt) -> SyntaxError {
        guard case .expr(let e) = statement.kind, case .name(let name) = e.kind,
              let last = try? lastTokenOfLine() else { return unexpected() }
        if name == "print" || name == "exec", current.kind == .name || current.kind == .string || current.kind == .number {
            return error("Missing parentheses in call to '\(name)'. Did you mean \(name)(...)?",
                         at: statement.location.through(last.location))
        }
        return unexpected()
    }

    /// The last token before the end of the current line.
    private func lastTokenOfLine() throws -> Token {
        let copy = Parser(copying: self)
        var last = copy.current
        while copy.current.kind != .newline && copy.current.kind != .endMarker {
            last = copy.current
            try copy.advance()
        }
        return last
    }

    // MARK: - Simple statements

    /// simple_stmt: assignment | star_expressions | return | import | raise | pass | del | yield
    ///            | assert | break | continue | global | nonlocal | magic
    func simpleStatement() throws -> Stmt {
        let start = current.location
        if current.kind == .magic {
            return Stmt(.magic(try advance().text), start)
        }
        guard current.kind == .keyword else { return try expressionStatement() }
        switch current.text {
        case "pass":
            try advance()
            return Stmt(.pass, start)
        case "break":
            try advance()
            if isInExceptStar { reportAfterParsing(error(Parser.exceptStarExit, at: start)) }
            if !isInLoop { reportAfterParsing(error("'break' outside loop", at: start)) }
            return Stmt(.break, start)
        case "continue":
            try advance()
            if isInExceptStar { reportAfterParsing(error(Parser.exceptStarExit, at: start)) }
            if !isInLoop { reportAfterParsing(error("'continue' not properly in loop", at: start)) }
            return Stmt(.continue, start)
        case "return": return try returnStatement()
        case "raise": return try raiseStatement()
        case "global", "nonlocal": return try globalStatement()
        case "del": return try deleteStatement()
        case "assert": return try assertStatement()
        case "import": return try importStatement()
        case "from": return try importFromStatement()
        default: return try expressionStatement()
        }
    }

    /// CPython's compiler error for a jump out of an `except*` block.
    static let exceptStarExit = "'break', 'continue' and 'return' cannot appear in an except* block"

    /// return_stmt: 'return' [star_expressions]
    private func returnStatement() throws -> Stmt {
        let start = try advance().location
        let value = startsExpression() ? try starExpressions() : nil
        if let value { rejectBareStarred(value) }
        let location = span(from: start)
        if !isInFunction { reportAfterParsing(error("'return' outside function", at: location)) }
        // CPython points at the returned value, if any.
        if isInExceptStar { reportAfterParsing(error(Parser.exceptStarExit, at: value?.location ?? location)) }
        return Stmt(.return(value), location)
    }

    /// raise_stmt: 'raise' [expression ['from' expression]]
    private func raiseStatement() throws -> Stmt {
        let start = try advance().location
        guard startsExpression() else { return Stmt(.raise(exc: nil, cause: nil), start) }
        let exc = try expression()
        let cause = try matchKeyword("from") ? try expression() : nil
        return Stmt(.raise(exc: exc, cause: cause), span(from: start))
    }

    /// global_stmt: 'global' ','.NAME+ ; nonlocal_stmt: 'nonlocal' ','.NAME+
    private func globalStatement() throws -> Stmt {
        let keyword = try advance()
        var names = [try consumeName()]
        while try match(",") { names.append(try consumeName()) }
        let location = span(from: keyword.location)
        return Stmt(keyword.text == "global" ? .global(names) : .nonlocal(names), location)
    }

    /// del_stmt: 'del' del_targets
    private func deleteStatement() throws -> Stmt {
        let start = try advance().location
        var targets: [Expr] = []
        repeat {
            if current.kind == .newline || check(";") { break }
            let target = try starExpression()
            try checkDeletable(target)
            targets.append(target)
        } while try match(",")
        guard !targets.isEmpty else { throw unexpected() }
        return Stmt(.delete(targets), span(from: start))
    }

    /// assert_stmt: 'assert' expression [',' expression]
    private func assertStatement() throws -> Stmt {
        let start = try advance().location
        let test = try expression()
        let msg = try match(",") ? try expression() : nil
        return Stmt(.assert(test: test, msg: msg), span(from: start))
    }

    /// import_name: 'import' ','.(dotted_name ['as' NAME])+
    private func importStatement() throws -> Stmt {
        let start = try advance().location
        var names: [Alias] = []
        repeat {
            let name = try dottedName()
            let asname = try matchKeyword("as") ? try consumeName() : nil
            names.append(Alias(name: name, asname: asname))
        } while try match(",")
        return Stmt(.import(names), span(from: start))
    }

    /// import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
    ///            | 'from' ('.' | '...')+ 'import' import_from_targets
    private func importFromStatement() throws -> Stmt {
        let start = try advance().location
        var level = 0
        while check(".") || check("...") { level += try advance().text.count }
        let module = current.kind == .name ? try dottedName() : nil
        guard module != nil || level > 0 else { throw unexpected() }
        try consumeKeyword("import")
        let names = try importFromTargets()
        return Stmt(.importFrom(module: module, names: names, level: level), span(from: start))
    }

    /// import_from_targets: '(' import_from_as_names [','] ')' | import_from_as_names !',' | '*'
    private func importFromTargets() throws -> [Alias] {
        if try match("*") { return [Alias(name: "*", asname: nil)] }
        let parenthesized = try match("(")
        var names: [Alias] = []
        repeat {
            if parenthesized && check(")") { break }
            if !parenthesized && !names.isEmpty && current.kind == .newline {
                throw error("trailing comma not allowed without surrounding parentheses", at: previous.location)
            }
            let name = try consumeName()
            let asname = try matchKeyword("as") ? try consumeName() : nil
            names.append(Alias(name: name, asname: asname))
        } while try match(",")
        if parenthesized { try consume(")") }
        guard !names.isEmpty else { throw unexpected() }
        return names
    }

    /// dotted_name: NAME ('.' NAME)*
    private func dottedName() throws -> String {
        var name = try consumeName()
        while try match(".") { name += "." + (try consumeName()) }
        return name
    }

    // MARK: - Expression statements and assignments

    /// assignment | star_expressions: the statements that start with an expression.
    func expressionStatement() throws -> Stmt {
        let start = current.location
        let first = try starExpressionsOrYield()
        if check(":") { return try annotatedAssignment(first, start: start) }
        if current.kind == .op, current.text.count >= 2, current.text.hasSuffix("="),
           let op = Operator(rawValue: String(current.text.dropLast())) {
            try checkAugmentedTarget(first)
            try advance()
            let value = try starExpressionsOrYield()
            return Stmt(.augAssign(first, op, value), span(from: start))
        }
        guard check("=") else {
            rejectBareStarred(first)
            return Stmt(.expr(first), span(from: start))
        }
        var targets = [first]
        while try match("=") {
            targets.append(try starExpressionsOrYield())
        }
        let value = targets.removeLast()
        rejectBareStarred(value)
        for target in targets {
            try checkAssignable(target, hint: targets.count == 1 ? target : nil)
        }
        return Stmt(.assign(targets: targets, value: value), span(from: start))
    }

    /// annotated_rhs after `target ':' expression ['=' ...]`
    private func annotatedAssignment(_ target: Expr, start: SourceLocation) throws -> Stmt {
        try consume(":")
        let annotation = try expression()
        switch target.kind {
        case .name, .attribute, .subscript: break
        case .tuple: throw error("only single target (not tuple) can be annotated", at: target.location)
        case .list: throw error("only single target (not list) can be annotated", at: target.location)
        default: throw error("illegal target for annotation", at: target.location)
        }
        let value = try match("=") ? try starExpressionsOrYield() : nil
        return Stmt(.annAssign(target: target, annotation: annotation, value: value), span(from: start))
    }

    /// yield_expr | star_expressions
    func starExpressionsOrYield() throws -> Expr {
        checkKeyword("yield") ? try yieldExpression() : try starExpressions()
    }

    /// `*x` is only allowed inside a tuple, list, set or call.
    func rejectBareStarred(_ e: Expr) {
        if case .starred = e.kind { reportAfterParsing(error("can't use starred expression here", at: e.location)) }
    }

    /// True when the current token can start an expression.
    func startsExpression() -> Bool {
        switch current.kind {
        case .name, .number, .string: return true
        case .keyword:
            switch current.text {
            case "None", "True", "False", "lambda", "not", "yield", "await": return true
            default: return false
            }
        case .op:
            switch current.text {
            case "(", "[", "{", "-", "+", "~", "*", "...", "**": return true
            default: return false
            }
        default:
            return false
        }
    }
}
