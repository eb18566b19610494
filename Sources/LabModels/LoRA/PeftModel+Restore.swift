import LabNN
import LabTensor

/// Rebuilding adapted models from a saved form (a REPL session file): the adapters' shapes are
/// read from the layers, and a `PeftModel` can wrap a model whose layers already hold them.
extension LoraLinear {
    /// The adapter's rank r.
    public var rank: Int { loraA.weight.value.shape[0] }

    /// The adapter's input dropout probability (0 without dropout).
    public var dropoutProbability: Float { (module(at: "lora_dropout.default") as? Dropout)?.p ?? 0 }

    /// Marks the adapter as added into the base weight, or not, without changing any weight: for
    /// weights restored as they were when saved.
    public func restoreMerged(_ merged: Bool) { isMerged = merged }
}

extension PeftModel {
    /// Wraps `model`, whose layers already hold the adapters `config` describes (rebuilt from a
    /// saved form), without injecting new ones.
    public convenience init(adopting model: Module, config: LoraConfig) throws {
        try self.init(wrapping: model, config: config)
        guard !loraLayers.isEmpty else { throw LoraError.noTargetModules(targets: config.targetModulesDescription) }
    }
}
