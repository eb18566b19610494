extension Interpreter {
    /// `eval(source)` and `exec(source)` run in the session's global namespace.
    func installEvalBuiltins() {
        builtins["eval"] = Builtins.function("eval", ["source", "globals=None", "locals=None", "/"]) { i, a in
            let source = try a.values[0].string("eval() arg 1")
            try i.refuseNamespaces("eval", a.values[1], a.values[2])
            let expr = try i.parseForEval { try Parser.parseExpression(source.trimmingCharacters(in: .whitespaces), filename: "<string>") }
            let compiler = Compiler(interpreter: i, module: [Stmt(.expr(expr), expr.location)], filename: "<string>")
            let value = compiler.compileExpr(expr)
            let code = compiler.compileModule([])
            return try value(Frame.make(code: code, closure: []))
        }
        builtins["exec"] = Builtins.function("exec", ["source", "globals=None", "locals=None", "/"]) { i, a in
            let source = try a.values[0].string("exec() arg 1")
            try i.refuseNamespaces("exec", a.values[1], a.values[2])
            let stmts = try i.parseForEval { try Parser.parse(source, filename: "<string>") }
            let code = Compiler(interpreter: i, module: stmts, filename: "<string>").compileModule(stmts)
            _ = try code.body(Frame.make(code: code, closure: []))
            return .none
        }
    }

    /// Code always runs in the session's namespace; another one is refused by name rather than
    /// ignored.
    private func refuseNamespaces(_ function: String, _ globals: Value, _ locals: Value) throws {
        guard globals.isNone, locals.isNone else {
            throw PyException(.notImplementedError, "\(function)() with a globals or locals mapping is not supported by labrun")
        }
    }

    /// Runs the parser, turning its SyntaxError into a Python exception.
    private func parseForEval<T>(_ parse: () throws -> T) throws -> T {
        do { return try parse() } catch let e as SyntaxError {
            let type = PyType.allExceptions.first { $0.name == e.kind } ?? .syntaxError
            throw PyException(type, e.message)
        }
    }
}
