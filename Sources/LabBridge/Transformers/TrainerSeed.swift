import LabScript
import LabTensor

/// transformers' `set_seed(seed)`: reseeds the torch stream (random draws, `from_config` weights),
/// as `Trainer` also does with `args.seed`.
enum TrainerSeed {
    static func function(random: RandomStream) -> Function {
        Function("set_seed", params: ["seed", "deterministic=False"]) { a in
            random.reseed(try a.int("seed"))
            return .none
        }
    }
}

extension RandomStream {
    /// Starts the stream again from `seed`, as `torch.manual_seed(seed)` does.
    func reseed(_ seed: Int) {
        generator = RandomGenerator(seed: UInt64(bitPattern: Int64(seed)))
    }
}
