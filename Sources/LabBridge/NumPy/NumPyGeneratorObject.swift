import LabData
import LabScript
import LabTensor

/// `np.random.Generator` (what `np.random.default_rng(seed)` gives): PCG64 seeded through
/// `SeedSequence`, drawing numpy's values for `random`, `integers`, `uniform`, `choice`,
/// `shuffle` and `permutation`. Its normal draws (a ziggurat) are not built and say so.
final class NumPyGeneratorObject: NativeObject {
    var generator: NumpyGenerator

    init(_ generator: NumpyGenerator) { self.generator = generator }

    var pyClass: PyType { Self.cls.type }
    func repr(_ interpreter: Interpreter) throws -> String { "Generator(PCG64) at 0x\(String(UInt(bitPattern: ObjectIdentifier(self).hashValue), radix: 16, uppercase: true))" }
    func str(_ interpreter: Interpreter) throws -> String { "Generator(PCG64)" }
    func snapshot(_ copier: DeepCopier) -> NativeObject { NumPyGeneratorObject(generator) }

    /// `default_rng(seed)`: None takes a seed from the session (numpy would take the operating
    /// system's entropy), so the same `--seed` gives the same draws.
    static func defaultRNG(_ seed: Value, random: SessionRandom, _ interpreter: Interpreter) throws -> Value {
        switch seed {
        case .none: return .native(NumPyGeneratorObject(NumpyGenerator(seed: random.drawSeed())))
        case .native(let given as NumPyGeneratorObject): return .native(given)
        case .float: throw PyException.typeError("SeedSequence expects int or sequence of ints for entropy not \(try Convert.text(seed, interpreter))")
        default:
            guard let value = seed.integer else {
                if case .bigint = seed { throw PyException(.notImplementedError, "default_rng seeds of 2**63 or more are not supported by labrun") }
                throw PyException(.notImplementedError, "default_rng seeds other than an int (here \(seed.typeName)) are not supported by labrun")
            }
            guard value >= 0 else { throw PyException.valueError("expected non-negative integer") }
            return .native(NumPyGeneratorObject(NumpyGenerator(seed: UInt64(value))))
        }
    }

    private static func draw(_ a: Args, _ body: (inout NumpyGenerator) throws -> Value) throws -> Value {
        try body(&a.receiver(as: NumPyGeneratorObject.self).generator)
    }

    private static func notBuilt(_ name: String) -> Function {
        Function(name, params: ["*args", "**kwargs"]) { _ in
            throw PyException(.notImplementedError, "Generator.\(name) is not supported by labrun")
        }
    }

    static let cls = NativeClass("Generator", module: "numpy.random",
        methods: [
            Function("random", params: ["size=None", "dtype=None", "out=None"]) { a in
                guard a["dtype"].isNone, a["out"].isNone else { throw PyException(.notImplementedError, "Generator.random(dtype=, out=) is not supported by labrun") }
                let shape = try RandomArguments.shape(a["size"])
                return try draw(a) { g in try RandomArguments.floats(shape) { g.nextDouble() } }
            },
            Function("integers", params: ["low", "high=None", "size=None", "dtype=None", "endpoint=False"]) { a in
                try RandomStateObject.integerDType(a["dtype"])
                let (low, range) = try RandomArguments.bounds(a, inclusive: try a.bool("endpoint")), shape = try RandomArguments.shape(a["size"])
                return try draw(a) { g in
                    try RandomArguments.integers(shape, scalar: { .native(NumPyScalar(Double($0), isInteger: true)) }) { low + Int(g.bounded(range)) }
                }
            },
            Function("uniform", params: ["low=0.0", "high=1.0", "size=None"]) { a in
                let low = try RandomStateObject.number(a, "low"), range = try RandomStateObject.number(a, "high") - low
                let shape = try RandomArguments.shape(a["size"])
                guard range.isFinite else { throw PyException(.overflowError, "high - low range exceeds valid bounds") }
                return try draw(a) { g in try RandomArguments.floats(shape) { low + range * g.nextDouble() } }
            },
            Function("choice", params: ["a", "size=None", "replace=True", "p=None", "axis=0", "shuffle=True"]) { a in
                let shape = try RandomArguments.shape(a["size"]), count = RandomArguments.sampleCount(shape)
                guard a["axis"].integer == 0 else { throw PyException(.notImplementedError, "Generator.choice(axis=) is not supported by labrun") }
                let population = try RandomArguments.Population(a["a"], sampleCount: count, generator: true)
                let p = try a.optional("p").map { try RandomArguments.probabilities($0, count: population.count, generator: true) }
                let replace = try a.bool("replace"), shuffle = try a.bool("shuffle")
                if !replace && count > population.count {
                    throw PyException.valueError("Cannot take a larger sample than population when replace is False")
                }
                return try draw(a) { g in
                    let indices: [Int]
                    switch (replace, p) {
                    case (true, let p?):
                        let cdf = NumPyChoice.cumulative(p)
                        indices = (0..<count).map { _ in NumPyChoice.index(in: cdf, of: g.nextDouble()) }
                    case (true, nil):
                        indices = (0..<count).map { _ in Int(g.bounded(UInt64(population.count - 1))) }
                    case (false, let p?):
                        indices = try RandomStateObject.choiceCall { try NumPyChoice.withoutReplacement(p, count: count) { n in (0..<n).map { _ in g.nextDouble() } } }
                    case (false, nil):
                        indices = g.sampleWithoutReplacement(from: population.count, count: count, shuffle: shuffle)
                    }
                    return population.pick(indices, shape: shape)
                }
            },
            Function("shuffle", params: ["x", "axis=0"]) { a in
                guard a["axis"].integer == 0 else { throw PyException(.notImplementedError, "Generator.shuffle(axis=) is not supported by labrun") }
                return try draw(a) { g in try RandomArguments.shuffle(a["x"]) { Int(g.interval(UInt64($0))) }; return .none }
            },
            Function("permutation", params: ["x", "axis=0"]) { a in
                guard a["axis"].integer == 0 else { throw PyException(.notImplementedError, "Generator.permutation(axis=) is not supported by labrun") }
                return try draw(a) { g in try RandomArguments.permutation(a["x"]) { Int(g.interval(UInt64($0))) } }
            },
        ] + ["normal", "standard_normal", "exponential", "poisson", "binomial", "beta", "gamma", "multivariate_normal", "lognormal", "bytes"].map(notBuilt))
}
