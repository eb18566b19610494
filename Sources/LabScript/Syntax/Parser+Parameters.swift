extension Parser {
    /// params / lambda_params up to (not including) `closing`:
    /// [posonly '/'] [args with defaults] ['*' [vararg]] [kwonly] ['**' kwarg]
    mutating func parameters(closing: String, allowAnnotations: Bool) throws -> Arguments {
        var arguments = Arguments()
        var sawStar = false, sawDefault = false
        var names = Set<String>()
        while !check(closing) {
            let start = current.location
            if try match("/") {
                guard arguments.posonly.isEmpty else { throw error("/ may appear only once", at: start) }
                guard !sawStar else { throw error("/ must be ahead of *", at: start) }
                guard !arguments.args.isEmpty else { throw error("at least one argument must precede /", at: start) }
                arguments.posonly = arguments.args
                arguments.args = []
            } else if try match("**") {
                arguments.kwarg = try parameter(allowAnnotations, &names)
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
                    arguments.vararg = try parameter(allowAnnotations, &names)
                }
            } else {
                let arg = try parameter(allowAnnotations, &names)
                let value = try match("=") ? try expression() : nil
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

    /// param: NAME [':' expression]; records the name to reject duplicates.
    private mutating func parameter(_ allowAnnotations: Bool, _ names: inout Set<String>) throws -> Arg {
        let start = current.location
        let name = try consumeName()
        guard names.insert(name).inserted else {
            throw error("duplicate argument '\(name)' in function definition", at: start)
        }
        var annotation: Expr?
        if allowAnnotations, try match(":") { annotation = try expression() }
        return Arg(name: name, annotation: annotation, location: span(from: start))
    }
}
