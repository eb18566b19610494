import LabScript
import LabTensor

/// `np.random.RandomState(seed)`: numpy's legacy generator with its own stream. The same methods,
/// drawing from the session's global stream, are the functions of `numpy.random`
/// (``legacyFunctions(_:)``).
final class RandomStateObject: NativeObject {
    var state: NumPyRandomState
    let pyClass: PyType

    init(_ state: NumPyRandomState, type: PyType) {
        self.state = state
        pyClass = type
    }

    /// The class; without a seed, a new generator is seeded from the session's `random` (numpy
    /// would take the operating system's entropy), so the same `--seed` gives the same draws.
    static func makeClass(random: SessionRandom) -> NativeClass {
        var type: PyType?
        let cls = NativeClass("RandomState", module: "numpy.random",
            constructor: Function("RandomState", params: ["seed=None"]) { a in
                .native(RandomStateObject(try seeded(a["seed"], random: random), type: type!))
            },
            methods: legacyFunctions { a, body in try body(&a.receiver(as: RandomStateObject.self).state) } + notBuilt + [
                Function("seed", params: ["seed=None"]) { a in
                    try a.receiver(as: RandomStateObject.self).state = try seeded(a["seed"], random: random)
                    return .none
                },
            ])
        type = cls.type
        return cls
    }
    func repr(_ interpreter: Interpreter) throws -> String { "RandomState(MT19937) at 0x\(String(UInt(bitPattern: ObjectIdentifier(self).hashValue), radix: 16, uppercase: true))" }
    func str(_ interpreter: Interpreter) throws -> String { "RandomState(MT19937)" }
    func snapshot(_ copier: DeepCopier) -> NativeObject { RandomStateObject(state, type: pyClass) }

    /// The stream `seed` starts, refusing what numpy refuses; None takes a seed from the session.
    static func seeded(_ seed: Value, random: SessionRandom) throws -> NumPyRandomState {
        switch seed {
        case .none: return try NumPyRandomState(seed: random.drawSeed() & 0xFFFF_FFFF)
        case .int, .bool, .bigint:
            guard let value = seed.integer, value >= 0, let state = try? NumPyRandomState(seed: UInt64(value)) else {
                throw PyException.valueError("Seed must be between 0 and 2**32 - 1")
            }
            return state
        case .float: throw PyException.typeError("Cannot cast scalar from dtype('float64') to dtype('int64') according to the rule 'safe'")
        default: throw PyException(.notImplementedError, "numpy.random seeds other than an int (here \(seed.typeName)) are not supported by labrun")
        }
    }

    /// Runs a draw on a legacy stream: the session's global one or a `RandomState`'s.
    typealias Stream = (Args, (inout NumPyRandomState) throws -> Value) throws -> Value

    /// The legacy functions (`rand`, `randn`, `randint`, `random`, `choice`, `shuffle`,
    /// `permutation`, `normal`, `uniform`, …), drawing as numpy's `RandomState` draws.
    static func legacyFunctions(_ stream: @escaping Stream) -> [Function] {
        func uniform(_ name: String) -> Function {
            Function(name, params: ["size=None"]) { a in
                let shape = try RandomArguments.shape(a["size"])
                return try stream(a) { s in try RandomArguments.floats(shape) { s.nextDouble() } }
            }
        }
        return [
            uniform("random"), uniform("random_sample"), uniform("sample"), uniform("ranf"),
            Function("rand", params: ["*args"]) { a in
                let shape = try RandomArguments.dimensions(a.varargs)
                return try stream(a) { s in try RandomArguments.floats(shape) { s.nextDouble() } }
            },
            Function("randn", params: ["*args"]) { a in
                let shape = try RandomArguments.dimensions(a.varargs)
                return try stream(a) { s in try RandomArguments.floats(shape) { s.standardNormal() } }
            },
            Function("standard_normal", params: ["size=None"]) { a in
                let shape = try RandomArguments.shape(a["size"])
                return try stream(a) { s in try RandomArguments.floats(shape) { s.standardNormal() } }
            },
            Function("normal", params: ["loc=0.0", "scale=1.0", "size=None"]) { a in
                let loc = try number(a, "loc"), scale = try number(a, "scale"), shape = try RandomArguments.shape(a["size"])
                guard scale >= 0 else { throw PyException.valueError("scale < 0") }
                return try stream(a) { s in try RandomArguments.floats(shape) { loc + scale * s.standardNormal() } }
            },
            Function("uniform", params: ["low=0.0", "high=1.0", "size=None"]) { a in
                let low = try number(a, "low"), range = try number(a, "high") - low, shape = try RandomArguments.shape(a["size"])
                guard range.isFinite else { throw PyException(.overflowError, "Range exceeds valid bounds") }
                return try stream(a) { s in try RandomArguments.floats(shape) { low + range * s.nextDouble() } }
            },
            Function("randint", params: ["low", "high=None", "size=None", "dtype=None"]) { a in
                try integerDType(a["dtype"])
                let (low, range) = try RandomArguments.bounds(a, inclusive: false), shape = try RandomArguments.shape(a["size"])
                return try stream(a) { s in try RandomArguments.integers(shape, scalar: { .int($0) }) { low + Int(s.bounded(range)) } }
            },
            Function("choice", params: ["a", "size=None", "replace=True", "p=None"]) { a in
                let shape = try RandomArguments.shape(a["size"]), count = RandomArguments.sampleCount(shape)
                let population = try RandomArguments.Population(a["a"], sampleCount: count, generator: false)
                let p = try a.optional("p").map { try RandomArguments.probabilities($0, count: population.count, generator: false) }
                let replace = try a.bool("replace")
                if !replace && count > population.count {
                    throw PyException.valueError("Cannot take a larger sample than population when 'replace=False'")
                }
                return try stream(a) { s in
                    let indices: [Int]
                    switch (replace, p) {
                    case (true, let p?):
                        let cdf = NumPyChoice.cumulative(p)
                        indices = (0..<count).map { _ in NumPyChoice.index(in: cdf, of: s.nextDouble()) }
                    case (true, nil):
                        indices = (0..<count).map { _ in Int(s.bounded(UInt64(population.count - 1))) }
                    case (false, let p?):
                        indices = try choiceCall { try NumPyChoice.withoutReplacement(p, count: count) { n in (0..<n).map { _ in s.nextDouble() } } }
                    case (false, nil):
                        indices = Array(s.permutation(population.count).prefix(count))
                    }
                    return population.pick(indices, shape: shape)
                }
            },
            Function("exponential", params: ["scale=1.0", "size=None"]) { a in
                let scale = try number(a, "scale"), shape = try RandomArguments.shape(a["size"])
                guard scale >= 0 else { throw PyException.valueError("scale < 0") }
                return try stream(a) { s in try RandomArguments.floats(shape) { scale * s.standardExponential() } }
            },
            Function("standard_exponential", params: ["size=None"]) { a in
                let shape = try RandomArguments.shape(a["size"])
                return try stream(a) { s in try RandomArguments.floats(shape) { s.standardExponential() } }
            },
            Function("shuffle", params: ["x"]) { a in
                try stream(a) { s in try RandomArguments.shuffle(a["x"]) { s.interval($0) }; return .none }
            },
            Function("permutation", params: ["x"]) { a in
                try stream(a) { s in try RandomArguments.permutation(a["x"]) { s.interval($0) } }
            },
        ]
    }

    /// Legacy functions labrun does not draw yet: each raises NotImplementedError naming itself.
    static let notBuilt: [Function] = ["binomial", "poisson", "beta", "gamma", "lognormal", "laplace", "multinomial",
                                       "multivariate_normal", "dirichlet", "geometric", "random_integers", "bytes",
                                       "get_state", "set_state", "triangular", "logistic", "chisquare", "standard_t"].map { name in
        Function(name, params: ["*args", "**kwargs"]) { _ in
            throw PyException(.notImplementedError, "numpy.random.\(name) is not supported by labrun")
        }
    }

    /// A float argument (an int or a NumPy scalar too); arrays of parameters are refused by name.
    static func number(_ a: Args, _ name: String) throws -> Double {
        if let value = a[name].number { return value }
        if case .native(is NDArrayObject) = a[name] {
            throw PyException(.notImplementedError, "array arguments ('\(name)') to numpy's random distributions are not supported by labrun")
        }
        throw PyException.typeError("must be real number, not \(a[name].typeName)")
    }

    /// `dtype=` of the integer draws: int64 (or Python's int) only.
    static func integerDType(_ dtype: Value) throws {
        switch dtype {
        case .none: return
        case .type(let t) where t.name == "int": return
        case .str("int64"), .str("int"), .str("l"): return
        case .native(let d as NumPyDType) where d.name == "int64": return
        case .str(let name): throw PyException(.notImplementedError, "random integers of dtype '\(name)' are not supported by labrun (int64 only)")
        case .native(let d as NumPyDType): throw PyException(.notImplementedError, "random integers of dtype '\(d.name)' are not supported by labrun (int64 only)")
        default: throw PyException(.notImplementedError, "random integers of dtype \(dtype.typeName) are not supported by labrun (int64 only)")
        }
    }

    /// Runs `body`, turning a refused `p` into numpy's ValueError.
    static func choiceCall<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let failure as NumPyChoice.Failure { throw PyException.valueError(failure.message) }
    }
}
