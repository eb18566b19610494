import Collections

/// A function implemented in Swift (a builtin, a method of a built-in type, or a native function),
/// optionally bound to a receiver (`[1, 2].append`).
public final class PyBuiltin {
    public typealias Body = (Interpreter, [Value], [(String, Value)]) throws -> Value
    public let name: String
    /// The name used in error messages and repr, e.g. `list.append`.
    public let qualname: String
    let body: Body
    public let boundSelf: Value?
    /// Where the function lives, for repr (`<built-in function len>` vs `<built-in method ...>`).
    public let isMethod: Bool
    /// The parameters it accepts by keyword, when declared (native `Function`s): tab completion.
    public internal(set) var keywordNames: [String]?
    /// The declared parameter list (`["input_ids", "max_new_tokens=20", "*", "**kwargs"]`), for
    /// `help()`'s signature line; methods list `self` first. Nil when not declared.
    public internal(set) var parameters: [String]?
    /// The module that defines it (`torch`, `builtins`), for `help()` and documentation lookup.
    public internal(set) var module: String?
    /// For a method of a built-in type (`str.upper`): that type. Called unbound (`str.upper(x)`),
    /// the method checks that `x` is one, as CPython's method descriptors do.
    var ownerType: PyType? {
        get { ownerTypeLink?.type }
        set { ownerTypeLink = newValue?.link }
    }
    private var ownerTypeLink: TypeLink?

    public init(name: String, qualname: String? = nil, isMethod: Bool = false, boundSelf: Value? = nil, body: @escaping Body) {
        self.name = name
        self.qualname = qualname ?? name
        self.body = body
        self.boundSelf = boundSelf
        self.isMethod = isMethod
    }

    /// This method bound to a receiver.
    public func bound(to receiver: Value) -> PyBuiltin {
        let method = PyBuiltin(name: name, qualname: qualname, isMethod: isMethod, boundSelf: receiver, body: body)
        method.keywordNames = keywordNames
        method.parameters = parameters
        method.module = module
        method.ownerType = ownerType
        return method
    }

    func call(_ interp: Interpreter, _ args: [Value], _ keywords: [(String, Value)]) throws -> Value {
        if let s = boundSelf { return try body(interp, [s] + args, keywords) }
        return try body(interp, args, keywords)
    }
}

/// A Swift function exposed to scripts with a declarative signature:
///
///     Function("generate", params: ["input_ids", "max_new_tokens=20", "**kwargs"]) { args in
///         let n = try args.int("max_new_tokens")
///         ...
///     }
///
/// Used in a `NativeClass`, it becomes a method and `args.receiver` is the object.
public struct Function {
    public let name: String
    /// The parameter list as declared, for `help()`.
    public let params: [String]
    let signature: Signature
    let defaults: [Value?]
    let body: (Args) throws -> Value

    public init(_ name: String, params: [String] = [], _ body: @escaping (Args) throws -> Value) {
        self.name = name
        self.params = params
        (signature, defaults) = Signature.parse(params)
        self.body = body
    }

    /// The callable value; `owner` prefixes the name in messages (`Matrix.transpose`), and `module`
    /// is where `help()` says it lives.
    func makeBuiltin(owner: String?, isMethod: Bool, module: String? = nil) -> PyBuiltin {
        let sig = signature, defaults = defaults, body = body
        let qualname = owner.map { "\($0).\(name)" } ?? name
        let builtin = PyBuiltin(name: name, qualname: qualname, isMethod: isMethod) { interp, values, keywords in
            var receiver: Value? = nil
            var positional = values
            if isMethod {
                guard !positional.isEmpty else { throw PyException.typeError("\(qualname)() needs an argument") }
                receiver = positional.removeFirst()
            }
            let bound = try sig.bind(positional, keywords, defaults: defaults, function: qualname)
            return try body(Args(interpreter: interp, receiver: receiver, signature: sig, bound: bound, function: qualname))
        }
        builtin.keywordNames = Array(sig.names[sig.positionalOnlyCount...])
        builtin.parameters = isMethod ? ["self"] + params : params
        builtin.module = module
        return builtin
    }

    public var value: Value { .builtin(makeBuiltin(owner: nil, isMethod: false)) }
}

/// The arguments of a native call, by parameter name.
public struct Args {
    public let interpreter: Interpreter
    /// `self` for methods.
    public let receiver: Value?
    let signature: Signature
    let bound: Signature.Bound
    let function: String

    /// The value bound to a declared parameter (its default when not passed).
    public subscript(_ name: String) -> Value {
        guard let i = signature.names.firstIndex(of: name) else {
            preconditionFailure("\(function) has no parameter '\(name)'")
        }
        return bound.values[i]
    }

    /// Extra positional arguments (`*args`).
    public var varargs: [Value] { bound.varargs }
    /// Extra keyword arguments (`**kwargs`), in call order.
    public var kwargs: [(String, Value)] { Args.keywordPairs(bound.kwargs) }

    /// The parameter's value, or nil when it is None.
    public func optional(_ name: String) -> Value? {
        let v = self[name]
        return v.isNone ? nil : v
    }

    public func int(_ name: String) throws -> Int {
        let v = self[name]
        if let i = v.asInt { return i }
        throw PyException.typeError("\(function)() argument '\(name)' must be int, not \(v.typeName)")
    }

    public func double(_ name: String) throws -> Double {
        let v = self[name]
        if let d = v.asDouble { return d }
        throw PyException.typeError("\(function)() argument '\(name)' must be float, not \(v.typeName)")
    }

    public func string(_ name: String) throws -> String {
        let v = self[name]
        if case .str(let s) = v { return s }
        throw PyException.typeError("\(function)() argument '\(name)' must be str, not \(v.typeName)")
    }

    /// Python truthiness of the parameter.
    public func bool(_ name: String) throws -> Bool { try interpreter.truthy(self[name]) }

    /// The receiver as a specific native type.
    public func receiver<T: NativeObject>(as type: T.Type) throws -> T {
        if case .native(let n) = receiver, let t = n as? T { return t }
        throw PyException.typeError("descriptor '\(function)' requires a '\(T.self)' object")
    }

    /// A parameter as a specific native type.
    public func native<T: NativeObject>(_ name: String, as type: T.Type) throws -> T {
        let v = self[name]
        if case .native(let n) = v, let t = n as? T { return t }
        throw PyException.typeError("\(function)() argument '\(name)' must be \(T.self), not \(v.typeName)")
    }
}

extension Args {
    /// Keyword arguments from a bound `**kwargs` dictionary, in call order.
    static func keywordPairs(_ d: OrderedDictionary<HashKey, Value>) -> [(String, Value)] {
        d.compactMap { k, v in
            if case .str(let s) = k.value { return (s, v) }
            return nil
        }
    }
}
