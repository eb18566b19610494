import LabScript
import LabTensor

/// `torch.Generator()`: a CPU generator of its own (PyTorch's default seed until `manual_seed`),
/// passed as `generator=` to the functions that draw.
final class GeneratorObject: NativeObject {
    static let cls = NativeClass("Generator", module: "torch",
        constructor: Function("Generator", params: ["device='cpu'"]) { a in
            try DeviceObject(parsing: a["device"]).requireAvailable()
            return .native(GeneratorObject())
        },
        methods: [
            Function("manual_seed", params: ["seed"]) { a in
                try a.receiver(as: GeneratorObject.self).generator = TorchGenerator(seed: try seed(a["seed"], a.interpreter))
                return a.receiver ?? .none
            },
            Function("initial_seed") { a in try GeneratorObject.seedValue(try a.receiver(as: GeneratorObject.self).generator, a.interpreter) },
        ] + RandomStateFunctions.generatorMethods)

    /// PyTorch's seed for a generator nobody has seeded (`c10::detail::default_rng_seed_val`).
    static let defaultSeed: UInt64 = 67_280_421_310_721

    /// The stream; every draw and reseed counts as a change for the REPL's stale tracking.
    var generator = TorchGenerator(seed: GeneratorObject.defaultSeed) { didSet { version += 1 } }
    private(set) var version = 0

    var pyClass: PyType { GeneratorObject.cls.type }

    /// A generator at the same position, for the REPL's snapshots (`:undo`, `:rerun`).
    func snapshot(_ copier: DeepCopier) -> NativeObject {
        let copy = GeneratorObject()
        copy.generator = generator
        return copy
    }

    /// `initial_seed()` as a Python int (seeds from 2**63 on, as negative seeds wrap to, are big ints).
    static func seedValue(_ generator: TorchGenerator, _ interpreter: Interpreter) throws -> Value {
        if let seed = Int(exactly: generator.seed) { return .int(seed) }
        return try interpreter.call(.type(.int), [.str(String(generator.seed))])
    }

    /// A seed as PyTorch takes one: an int in [-2**63, 2**64), negative ones wrapped to 64 bits.
    static func seed(_ value: Value, _ interpreter: Interpreter) throws -> UInt64 {
        if let small = value.integer { return UInt64(bitPattern: Int64(small)) }
        guard case .bigint = value else { throw PyException.typeError("manual_seed expected an int, not \(value.typeName)") }
        guard let big = UInt64(try interpreter.repr(value)) else { throw PyException.valueError("Overflow when unpacking long long") }
        return big
    }
}

extension SessionRandom {
    /// The session's streams, for tensor methods that draw (`normal_`, `uniform_`).
    static func of(_ interpreter: Interpreter) throws -> SessionRandom {
        guard let random = interpreter.sessionStates.lazy.compactMap({ $0 as? SessionRandom }).first else {
            throw PyException.runtimeError("torch's random streams are not installed in this interpreter")
        }
        return random
    }

    /// Runs `draw` on the `torch.Generator` a `generator=` argument names, or on torch's default one.
    func drawing<T>(_ a: Args, _ draw: (inout TorchGenerator) throws -> T) throws -> T {
        guard let named = a.optional("generator") else { return try draw(&torch) }
        guard case .native(let box as GeneratorObject) = named else {
            throw PyException.typeError("generator must be a torch.Generator, not \(named.typeName)")
        }
        return try draw(&box.generator)
    }

    /// Refuses a `dtype=` other than float32 for a function drawing floats, naming the kernel as PyTorch does.
    static func requireFloat(_ a: Args, kernel: String) throws {
        try requireFloat(try DTypeObject.parse(a["dtype"]) ?? .float32, kernel: kernel)
    }

    static func requireFloat(_ dtype: DType, kernel: String) throws {
        guard dtype != .float32 else { return }
        if dtype.isReducedFloat {
            // PyTorch draws these with kernels of their own, not float32 draws rounded.
            throw PyException(.notImplementedError, "drawing random \(dtype.torchName) tensors is not supported; draw float32 and convert with .to(\(dtype.torchName))")
        }
        throw PyException(.notImplementedError, "\"\(kernel)\" not implemented for '\(dtype.scalarName)'")
    }
}
