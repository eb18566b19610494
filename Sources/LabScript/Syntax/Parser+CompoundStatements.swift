extension Parser {
    /// compound_stmt: function_def | if_stmt | class_def | with_stmt | for_stmt | try_stmt
    ///              | while_stmt; nil when the current keyword does not start one.
    func compoundStatement() throws -> Stmt? {
        if check("@") { return try decorated() }
        switch current.text {
        case "def": return try functionDef(decorators: [])
        case "class": return try classDef(decorators: [])
        case "if": return try ifStatement()
        case "while": return try whileStatement()
        case "for": return try forStatement()
        case "try": return try tryStatement()
        case "with": return try withStatement()
        case "async": throw error("async functions, loops and with statements are not supported", at: current.location)
        default: return nil
        }
    }

    /// A compound statement ends with the last token of its last block (a trailing ';' included,
    /// as in CPython).
    private func blockSpan(from start: SourceLocation) -> SourceLocation {
        start.through(lastSignificant)
    }

    /// decorators: ('@' named_expression NEWLINE)+, then a function or class definition.
    private func decorated() throws -> Stmt {
        var decorators: [Expr] = []
        while try match("@") {
            decorators.append(try namedExpression())
            guard current.kind == .newline else { throw unexpected() }
            try advance()
        }
        if checkKeyword("def") { return try functionDef(decorators: decorators) }
        if checkKeyword("class") { return try classDef(decorators: decorators) }
        throw unexpected(incomplete: current.isAtEnd)
    }

    /// function_def: 'def' NAME '(' [params] ')' ['->' expression] ':' block
    private func functionDef(decorators: [Expr]) throws -> Stmt {
        let start = try advance().location
        let name = try consumeName()
        guard try match("(") else { throw error("expected '('", at: current.location) }
        let args = try parameters(closing: ")", allowAnnotations: true)
        try consume(")")
        let returns = try match("->") ? try expression() : nil
        try consumeColon(forced: true)
        let saved = (isInFunction, isInLoop, isInExceptStar)
        (isInFunction, isInLoop, isInExceptStar) = (true, false, false)
        defer { (isInFunction, isInLoop, isInExceptStar) = saved }
        let body = try block(after: "function definition on line \(start.line)")
        return Stmt(.functionDef(name: name, args: args, body: body, decorators: decorators, returns: returns),
                    blockSpan(from: start))
    }

    /// class_def: 'class' NAME ['(' [arguments] ')'] ':' block
    private func classDef(decorators: [Expr]) throws -> Stmt {
        let start = try advance().location
        let name = try consumeName()
        var bases: [Expr] = [], keywords: [Keyword] = []
        if check("(") {
            let open = try advance()
            (bases, keywords) = try arguments(open: open.location, allowsGenerator: false)
        }
        try consumeColon()
        let saved = (isInFunction, isInLoop, isInExceptStar)
        (isInFunction, isInLoop, isInExceptStar) = (false, false, false)
        defer { (isInFunction, isInLoop, isInExceptStar) = saved }
        let body = try block(after: "class definition on line \(start.line)")
        return Stmt(.classDef(name: name, bases: bases, keywords: keywords, body: body, decorators: decorators),
                    blockSpan(from: start))
    }

    /// if_stmt: 'if' named_expression ':' block (elif_stmt | [else_block])
    private func ifStatement() throws -> Stmt {
        try enterNesting()
        defer { depth -= 1 }
        let keyword = try advance()
        let test = try condition()
        try consumeColon()
        let body = try block(after: "'\(keyword.text)' statement on line \(keyword.location.line)")
        var orelse: [Stmt] = []
        if checkKeyword("elif") {
            orelse = [try ifStatement()]
        } else {
            orelse = try elseBlock()
        }
        return Stmt(.if(test: test, body: body, orelse: orelse), blockSpan(from: keyword.location))
    }

    /// else_block: 'else' ':' block; empty when there is no `else`.
    private func elseBlock() throws -> [Stmt] {
        guard checkKeyword("else") else { return [] }
        let keyword = try advance()
        try consumeColon(forced: true)
        return try block(after: "'else' statement on line \(keyword.location.line)")
    }

    /// The body of a loop, with `break` and `continue` allowed.
    private func loopBody(after header: String) throws -> [Stmt] {
        let saved = (isInLoop, isInExceptStar)
        (isInLoop, isInExceptStar) = (true, false)
        defer { (isInLoop, isInExceptStar) = saved }
        return try block(after: header)
    }

    /// while_stmt: 'while' named_expression ':' block [else_block]
    private func whileStatement() throws -> Stmt {
        let start = try advance().location
        let test = try condition()
        try consumeColon()
        let body = try loopBody(after: "'while' statement on line \(start.line)")
        let orelse = try elseBlock()
        return Stmt(.while(test: test, body: body, orelse: orelse), blockSpan(from: start))
    }

    /// for_stmt: 'for' star_targets 'in' star_expressions ':' block [else_block]
    private func forStatement() throws -> Stmt {
        let start = try advance().location
        let target = try starTargets()
        try consumeKeyword("in")
        let iter = try starExpressions()
        try consumeColon()
        let body = try loopBody(after: "'for' statement on line \(start.line)")
        let orelse = try elseBlock()
        return Stmt(.for(target: target, iter: iter, body: body, orelse: orelse),
                    blockSpan(from: start))
    }

    /// try_stmt: 'try' ':' block (finally_block | except_block+ [else_block] [finally_block]
    ///           | except_star_block+ [else_block] [finally_block])
    private func tryStatement() throws -> Stmt {
        let start = try advance().location
        try consumeColon(forced: true)
        let body = try block(after: "'try' statement on line \(start.line)")
        var handlers: [ExceptHandler] = []
        var isStar: Bool?
        while checkKeyword("except") {
            if let bare = handlers.last, bare.type == nil {
                reportAfterParsing(error("default 'except:' must be last", at: bare.location))
            }
            let star = try peek(1).isOp("*")
            if let isStar, isStar != star {
                let keyword = star ? current.location.through(try peek(1).location) : current.location
                throw error("cannot have both 'except' and 'except*' on the same 'try'", at: keyword)
            }
            isStar = star
            handlers.append(star ? try exceptStarHandler() : try exceptHandler())
        }
        let orelse = handlers.isEmpty ? [] : try elseBlock()
        var finalbody: [Stmt] = []
        if checkKeyword("finally") {
            let keyword = try advance()
            try consumeColon(forced: true)
            finalbody = try block(after: "'finally' statement on line \(keyword.location.line)")
        }
        guard !handlers.isEmpty || !finalbody.isEmpty else {
            throw error("expected 'except' or 'finally' block", at: current.location, incomplete: current.isAtEnd)
        }
        if isStar == true {
            return Stmt(.tryStar(body: body, handlers: handlers, orelse: orelse, finalbody: finalbody), blockSpan(from: start))
        }
        return Stmt(.try(body: body, handlers: handlers, orelse: orelse, finalbody: finalbody), blockSpan(from: start))
    }

    /// except_block: 'except' [expression ['as' NAME]] ':' block
    private func exceptHandler() throws -> ExceptHandler {
        let start = try advance().location
        var type: Expr?, name: String?
        if !check(":") && current.kind != .newline {
            (type, name) = try exceptTypeAndName()
        }
        try consumeColon()
        let body = try block(after: "'except' statement on line \(start.line)")
        return ExceptHandler(type: type, name: name, body: body, location: blockSpan(from: start))
    }

    /// except_star_block: 'except' '*' expression ['as' NAME] ':' block
    private func exceptStarHandler() throws -> ExceptHandler {
        let start = try advance().location
        try consume("*")
        if check(":") || current.kind == .newline { throw error("expected one or more exception types", at: current.location) }
        let (type, name) = try exceptTypeAndName()
        try consumeColon()
        let saved = isInExceptStar
        isInExceptStar = true
        defer { isInExceptStar = saved }
        let body = try block(after: "'except*' statement on line \(start.line)")
        return ExceptHandler(type: type, name: name, body: body, location: blockSpan(from: start))
    }

    /// The `expression ['as' NAME]` of an except clause.
    private func exceptTypeAndName() throws -> (Expr, String?) {
        let type = try expression()
        if check(",") {
            throw error("multiple exception types must be parenthesized", at: type.location)
        }
        return (type, try matchKeyword("as") ? try consumeName() : nil)
    }

    /// with_stmt: 'with' '(' ','.with_item+ ','? ')' ':' block | 'with' ','.with_item+ ':' block
    private func withStatement() throws -> Stmt {
        let start = try advance().location
        var items: [WithItem] = []
        let parenthesized = try hasParenthesizedWithItems()
        if parenthesized { try consume("(") }
        repeat {
            if parenthesized && check(")") { break }
            items.append(try withItem())
        } while try match(",")
        if parenthesized { try consume(")") }
        try consumeColon()
        let body = try block(after: "'with' statement on line \(start.line)")
        return Stmt(.with(items, body: body), blockSpan(from: start))
    }

    /// with_item: expression ['as' star_target]
    private func withItem() throws -> WithItem {
        let context = try expression()
        guard try matchKeyword("as") else { return WithItem(contextExpr: context, optionalVars: nil) }
        let target = try starTarget()
        try checkAssignable(target, hint: nil)
        return WithItem(contextExpr: context, optionalVars: target)
    }

    /// True for `with (a as b, c):`, whose parentheses group the items rather than an expression,
    /// as CPython decides: they hold an `as`, or are followed by ':' and hold no comprehension.
    private func hasParenthesizedWithItems() throws -> Bool {
        guard check("(") else { return false }
        var depth = 0, offset = 0, sawAs = false
        while true {
            let token = try peek(offset)
            if token.kind == .endMarker || token.kind == .newline { return false }
            if token.isOp("(") || token.isOp("[") || token.isOp("{") { depth += 1 }
            if token.isOp(")") || token.isOp("]") || token.isOp("}") {
                depth -= 1
                if depth == 0 { return try sawAs || peek(offset + 1).isOp(":") }
            }
            if depth == 1 && token.isKeyword("for") { return false }
            if depth == 1 && token.isKeyword("as") { sawAs = true }
            offset += 1
        }
    }
}
