/// Declares builtins and methods of built-in types with a Python-style parameter list.
enum Builtins {
    typealias Body = (Interpreter, Signature.Bound) throws -> Value

    /// A builtin function value.
    static func function(_ name: String, _ params: [String], _ body: @escaping Body) -> Value {
        let (sig, defaults) = Signature.parse(params)
        return .builtin(PyBuiltin(name: name) { interp, args, kw in
            try body(interp, try sig.bind(args, kw, defaults: defaults, function: name))
        })
    }

    /// Adds a method to a built-in type; `values[0]` of the bound arguments is `self`.
    static func method(_ type: PyType, _ name: String, _ params: [String], _ body: @escaping Body) {
        let (sig, defaults) = Signature.parse(["self"] + params)
        let qualname = "\(type.name).\(name)"
        type.dict[name] = .builtin(PyBuiltin(name: name, qualname: qualname, isMethod: true) { interp, args, kw in
            try body(interp, try sig.bind(args, kw, defaults: defaults, function: qualname))
        })
    }

    /// Adds a method with raw positional/keyword access.
    static func rawMethod(_ type: PyType, _ name: String, _ body: @escaping PyBuiltin.Body) {
        type.dict[name] = .builtin(PyBuiltin(name: name, qualname: "\(type.name).\(name)", isMethod: true, body: body))
    }
}

extension Value {
    /// The string payload, or a TypeError naming what was expected.
    func string(_ what: String) throws -> String {
        if case .str(let s) = self { return s }
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
        throw PyException.typeError("must be real number, not \(v.typeName)")
    }
}
