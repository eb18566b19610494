import LabScript
import LabTensor

/// torch's random state as PyTorch exposes it: `torch.get_rng_state()`/`set_rng_state()` (also in
/// `torch.random`), `Generator.get_state()`/`set_state()`, and `torch.random.fork_rng()`. A state is
/// a uint8 tensor of PyTorch's layout (see `TorchGenerator+State.swift`), so saving and setting it
/// back replays the same draws. The Hugging Face models' own stream (their dropout and sampling) is
/// not part of it; `fork_rng` keeps both.
enum RandomStateFunctions {
    static func module(_ random: SessionRandom) -> [Function] {
        [
            Function("get_rng_state") { _ in stateTensor(random.torch) },
            Function("set_rng_state", params: ["new_state"]) { a in
                random.torch = try generator(from: a["new_state"])
                return .none
            },
        ]
    }

    /// `torch.random`: the seeding and state functions, and `fork_rng`.
    static func submodule(_ random: SessionRandom, seeding: [Function]) -> NativeModule {
        NativeModule("torch.random", functions: seeding + module(random) + [
            Function("fork_rng", params: ["devices=None", "enabled=True", "_caller='fork_rng'", "_devices_kw='devices'", "device_type='cuda'"]) { a in
                .native(ForkRNGObject(random: random, enabled: try a.bool("enabled")))
            },
        ], classes: [ForkRNGObject.cls])
    }

    /// `Generator.get_state()` and `Generator.set_state(new_state)` (which returns the generator).
    static let generatorMethods: [Function] = [
        Function("get_state") { a in stateTensor(try a.receiver(as: GeneratorObject.self).generator) },
        Function("set_state", params: ["new_state"]) { a in
            try a.receiver(as: GeneratorObject.self).generator = try generator(from: a["new_state"])
            return a.receiver ?? .none
        },
    ]

    private static func stateTensor(_ generator: TorchGenerator) -> Value {
        // The byte count is the shape's, so this cannot fail.
        .tensor(try! Tensor(uint8: generator.stateBytes))
    }

    private static func generator(from state: Value) throws -> TorchGenerator {
        guard case .native(let box as TensorObject) = state else {
            throw PyException.typeError("expected a torch.ByteTensor, but got \(state.typeName)")
        }
        guard box.tensor.dtype == .uint8 else { throw PyException.typeError("RNG state must be a torch.ByteTensor") }
        let bytes = box.tensor.toInt64Array().map { UInt8(truncatingIfNeeded: $0) }
        return try torchCall { try TorchGenerator(stateBytes: bytes) }
    }
}

/// `torch.random.fork_rng()`: a context manager that puts torch's streams back as they were when
/// the block began, so draws inside it leave no trace (unless `enabled=False`).
final class ForkRNGObject: NativeObject {
    static let cls = NativeClass("_GeneratorContextManager", module: "contextlib")

    private let random: SessionRandom
    private let enabled: Bool
    private var saved: [(TorchGenerator, RandomGenerator)] = []

    init(random: SessionRandom, enabled: Bool) {
        self.random = random
        self.enabled = enabled
    }

    var pyClass: PyType { ForkRNGObject.cls.type }

    func enter(_ interpreter: Interpreter) throws -> Value {
        if enabled { saved.append((random.torch, random.models)) }
        return .none
    }

    func exit(_ exception: PyException?, _ interpreter: Interpreter) throws -> Bool {
        if enabled, let (torch, models) = saved.popLast() {
            random.torch = torch
            random.models = models
        }
        return false
    }
}
