import LabScript
import LabTensor

/// transformers' `set_seed(seed)`: reseeds the torch stream (random draws, `from_config` weights),
/// as `Trainer` also does with `args.seed`.
enum TrainerSeed {
    static func function(random: SessionRandom) -> Function {
        Function("set_seed", params: ["seed", "deterministic=False"]) { a in
            random.reseedTorch(UInt64(bitPattern: Int64(try a.int("seed"))))
            return .none
        }
    }
}
