extension Parser {
    /// params / lambda_params up to (not including) `closing`:
    /// [posonly '/'] [args with defaults] ['*' [vararg]] [kwonly] ['**' kwarg]
    func parameters(closing: String, allowAnnotations: Bool) throws -> Arguments {
        var arguments = Arguments()
        var sawStar = false, sawDefault = false
        while !check(closing) {
            let start = current.location
            if check("(") {
                let kind = allowAnnotations ? "Function" : "Lambda expression"
                throw error("\(kind) parameters cannot be parenthesized", at: start)
            }
            if try match("/") {
                if check("*") { throw error("expected comma between / and *", at: current.location) }
                guard arguments.posonly.isEmpty else { throw error("/ may appear only once", at: start) }
                guard !sawStar else { throw error("/ must be ahead of *", at: start) }
                guard !arguments.args.isEmpty else { throw error("at least one argument must precede /", at: start) }
                arguments.posonly = arguments.args
                arguments.args = []
            } else if try match("**") {
                arguments.kwarg = try parameter(allowAnnotations)
                if check("=") { throw error("var-keyword argument cannot have default value", at: current.location) }
                if try match(","), !check(closing) {
                    throw error("arguments cannot follow var-keyword argument", at: current.location)
                }
                break
            } else if try match("*") {
                guard !sawStar else { throw error("* argument may appear only once", at: start) }
                sawStar = true
                if check(",") || check(closing) {
                    let next = try peek(1)
                    if check(closing) || next.isOp(closing) || next.isOp("**") {
                        throw error("named arguments must follow bare *", at: start)
                    }
                } else {
                    arguments.vararg = try parameter(allowAnnotations)
                    if check("=") { throw error("var-positional argument cannot have default value", at: current.location) }
                }
            } else {
                let arg = try parameter(allowAnnotations)
                let value = try match("=") ? try defaultValue() : nil
                if sawStar {
                    arguments.kwonly.append(arg)
                    arguments.kwDefaults.append(value)
                } else if let value {
                    arguments.args.append(arg)
                    arguments.defaults.append(value)
                    sawDefault = true
                } else {
                    guard !sawDefault else {
                        throw error("non-default argument follows default argument", at: arg.location)
                    }
                    arguments.args.append(arg)
                }
            }
            guard try match(",") else { break }
        }
        return arguments
    }

    /// The expression after a parameter's '=' (CPython names the error only before ',' or ')').
    private func defaultValue() throws -> Expr {
        if check(",") || check(")") { throw error("expected default value expression", at: previous.location) }
        return try expression()
    }

    /// param: NAME [':' expression]
    private func parameter(_ allowAnnotations: Bool) throws -> Arg {
        let start = current.location
        let name = try consumeName()
        var annotation: Expr?
        if allowAnnotations, try match(":") { annotation = try expression() }
        return Arg(name: name, annotation: annotation, location: span(from: start))
    }
}
