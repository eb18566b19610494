/// Declares builtins and methods of built-in types with a Python-style parameter list.
enum Builtins {
    typealias Body = (Interpreter, Signature.Bound) throws -> Value

    /// A builtin function value.
    static func function(_ name: String, _ params: [String], _ body: @escaping Body) -> Value {
        let (sig, defaults) = Signature.parse(params)
        let arity = Arity(sig, defaults)
        let builtin = PyBuiltin(name: name) { interp, args, kw in
            try arity.check(args.count, kw.isEmpty, name: name, short: name)
            return try body(interp, try sig.bind(args, kw, defaults: defaults, function: name))
        }
        builtin.parameters = params
        return .builtin(builtin)
    }

    /// The argument counts a positional-only builtin accepts, worked out once when it is declared.
    struct Arity {
        /// False when the builtin takes keywords or variable arguments (binding checks those).
        let applies: Bool
        let maximum: Int
        let minimum: Int

        init(_ sig: Signature, _ defaults: [Value?]) {
            applies = sig.varargs == nil && sig.kwargs == nil && sig.positionalOnlyCount == sig.names.count
            maximum = sig.names.count
            minimum = defaults.filter { $0 == nil }.count
        }

        @inline(__always)
        func check(_ count: Int, _ noKeywords: Bool, name: String, short: String, receiver: Int = 0) throws {
            guard applies, noKeywords, count < minimum || count > maximum else { return }
            try Builtins.arityError(maximum: maximum - receiver, minimum: minimum - receiver, count: count - receiver, name: name, short: short)
        }
    }

    /// CPython's wording for positional-only builtins called with the wrong number of arguments
    /// ("len() takes exactly one argument (0 given)", "get expected at least 1 argument, got 0").
    static func arityError(maximum: Int, minimum: Int, count: Int, name: String, short: String) throws {
        guard count < minimum || count > maximum else { return }
        if minimum == maximum && maximum <= 1 {
            throw PyException.typeError("\(name)() takes \(maximum == 0 ? "no arguments" : "exactly one argument") (\(count) given)")
        }
        func plural(_ n: Int) -> String { n == 1 ? "argument" : "arguments" }
        if minimum == maximum { throw PyException.typeError("\(short) expected \(maximum) \(plural(maximum)), got \(count)") }
        if count < minimum { throw PyException.typeError("\(short) expected at least \(minimum) \(plural(minimum)), got \(count)") }
        throw PyException.typeError("\(short) expected at most \(maximum) \(plural(maximum)), got \(count)")
    }

    /// Adds a method to a built-in type; `values[0]` of the bound arguments is `self`.
    static func method(_ type: PyType, _ name: String, _ params: [String], _ body: @escaping Body) {
        let (sig, defaults) = Signature.parse(["self"] + (params.isEmpty ? ["/"] : params))
        let qualname = "\(type.name).\(name)"
        let arity = Arity(sig, defaults)
        let method = PyBuiltin(name: name, qualname: qualname, isMethod: true) { interp, args, kw in
            try arity.check(args.count, kw.isEmpty, name: qualname, short: name, receiver: 1)
            return try body(interp, try sig.bind(args, kw, defaults: defaults, function: qualname))
        }
        method.parameters = ["self"] + (params.isEmpty ? ["/"] : params)
        method.module = type.module
        method.ownerType = type
        type.dict[name] = .builtin(method)
    }

    /// Adds a method with raw positional/keyword access.
    static func rawMethod(_ type: PyType, _ name: String, _ body: @escaping PyBuiltin.Body) {
        let method = PyBuiltin(name: name, qualname: "\(type.name).\(name)", isMethod: true, body: body)
        method.ownerType = type
        type.dict[name] = .builtin(method)
    }
}

extension Value {
    /// The string payload, or a TypeError naming what was expected.
    func string(_ what: String) throws -> String {
        if case .str(let s) = self { return s }
        if case .str(let s)? = builtinPayload { return s }
        throw PyException.typeError("\(what) must be str, not \(typeName)")
    }
}

extension Interpreter {
    /// An int argument (bools count), with CPython's wording when it is not one.
    func intArgument(_ v: Value) throws -> Int {
        if let i = try indexValue(v) { return i }
        throw PyException.typeError("'\(v.typeName)' object cannot be interpreted as an integer")
    }

    /// A float argument: floats, ints and bools.
    func floatArgument(_ v: Value, _ function: String = "") throws -> Double {
        if let d = v.asDouble { return d }
        if case .object(let inst as PyInstance) = v, let m = inst.cls.lookup("__float__") {
            return try floatArgument(callMethodValue(m, receiver: v, []))
        }
        if case .native(let n) = v, case .builtin(let m)? = n.pyClass.lookup("__float__") {
            return try floatArgument(callBuiltin(m, [v], []))
        }
        throw PyException.typeError("must be real number, not \(v.typeName)")
    }
}
