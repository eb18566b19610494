/// An instance of `random.Random`: a generator with its own Mersenne Twister state. Its methods
/// are the `random` module's functions, run against this state instead of the session's.
final class RandomGenerator: NativeObject {
    static let type = NativeClass("Random", module: "random").type
    var state: MersenneTwister
    let functions: [String: Value]

    init(state: MersenneTwister, functions: [String: Value]) {
        self.state = state
        self.functions = functions
    }

    var pyClass: PyType { RandomGenerator.type }
    var attributeNames: [String] { functions.keys.sorted() }

    func getAttribute(_ name: String, _ interpreter: Interpreter) throws -> Value? {
        guard let function = functions[name] else { return nil }
        return .builtin(PyBuiltin(name: name, qualname: "Random.\(name)") { [self] i, args, kw in
            try withState(i) { try i.call(function, args, kw) }
        })
    }

    /// Runs `body` with this generator's state standing in for the session's.
    func withState<T>(_ interpreter: Interpreter, _ body: () throws -> T) rethrows -> T {
        let session = interpreter.random
        interpreter.random = state
        defer {
            state = interpreter.random
            interpreter.random = session
        }
        return try body()
    }

    func snapshot(_ copier: DeepCopier) -> NativeObject { RandomGenerator(state: state, functions: functions) }

    /// The `random.Random` class: `Random(seed)` seeds a new generator as `random.seed(seed)` would.
    static func makeClass(_ functions: [(String, Value)]) -> Value {
        let table = Dictionary(functions, uniquingKeysWith: { first, _ in first })
        type.constructor = { i, args, kw in
            let generator = RandomGenerator(state: MersenneTwister(seed: 0), functions: table)
            if let seed = table["seed"] { _ = try generator.withState(i) { try i.call(seed, Array(args.prefix(1)), kw) } }
            return .native(generator)
        }
        return .type(type)
    }
}
