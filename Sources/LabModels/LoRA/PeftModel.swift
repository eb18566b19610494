import LabNN
import LabTensor

/// A model with LoRA adapters injected, laid out as PEFT's `PeftModel` so names match:
/// `base_model` (a `LoraModel`) holds `model`, the wrapped model, and parameters read
/// `base_model.model.encoder.block.0.layer.0.SelfAttention.q.lora_A.default.weight`.
public final class PeftModel: Module {
    public private(set) var config: LoraConfig

    /// Injects adapters into `model` in place: every Linear whose name ``LoraConfig/targets(_:)``
    /// matches is wrapped in a ``LoraLinear``; every base parameter is frozen and the adapters are
    /// trainable (or frozen too in inference mode). A and B are drawn from `seed`; the adapters'
    /// dropout draws from the model's own dropout stream (its first Dropout's), or from `seed` if it has none.
    public convenience init(_ model: Module, config: LoraConfig, seed: UInt64 = 0) throws {
        try config.validate()
        model.requiresGrad(false)
        var generator = RandomGenerator(seed: seed)
        let dropoutSource = model.namedModules().lazy.compactMap { ($0.module as? Dropout)?.source }.first
            ?? RandomSource(seed: seed)
        var injected = 0
        for (name, module) in model.namedModules() where !name.isEmpty && !(module is LoraLinear) {
            guard try config.targets(name) else { continue }
            guard let linear = module as? Linear else { throw LoraError.notLinear(name: name, type: module.typeName) }
            try model.setChild(path: name, LoraLinear(base: linear, config: config, dropoutSource: dropoutSource, generator: &generator))
            injected += 1
        }
        if injected == 0 { throw LoraError.noTargetModules(targets: config.targetModulesDescription) }
        try self.init(wrapping: model, config: config)
        setAdaptersTrainable(!config.inferenceMode)
    }

    /// Wraps `model` as `base_model.model`, leaving its layers as they are.
    init(wrapping model: Module, config: LoraConfig) throws {
        try config.validate()
        self.config = config
        super.init()
        registerModule("base_model", NamedModules("LoraModel", ["model": model]))
    }

    /// The base model's name, written to adapter_config.json (PEFT takes it from `model.name_or_path`).
    public var baseModelNameOrPath: String? {
        get { config.baseModelNameOrPath }
        set { config.baseModelNameOrPath = newValue }
    }

    /// The wrapped model, with its adapters in place.
    public var model: Module { module(at: "base_model.model")! }

    /// PEFT's class name for the task (`PeftModelForSeq2SeqLM` for `SEQ_2_SEQ_LM`).
    public override var typeName: String {
        switch config.taskType {
        case "SEQ_2_SEQ_LM": return "PeftModelForSeq2SeqLM"
        case "SEQ_CLS": return "PeftModelForSequenceClassification"
        case "CAUSAL_LM": return "PeftModelForCausalLM"
        case "TOKEN_CLS": return "PeftModelForTokenClassification"
        case "QUESTION_ANS": return "PeftModelForQuestionAnswering"
        case "FEATURE_EXTRACTION": return "PeftModelForFeatureExtraction"
        default: return "PeftModel"
        }
    }

    /// Every adapted layer with its dotted name inside ``model``.
    public var loraLayers: [(name: String, layer: LoraLinear)] {
        model.namedModules().compactMap { entry in (entry.module as? LoraLinear).map { (entry.name, $0) } }
    }

    /// Makes the adapters trainable (`is_trainable=True`) or frozen (inference mode).
    public func setAdaptersTrainable(_ trainable: Bool) {
        for (_, layer) in loraLayers {
            layer.loraA.requiresGrad(trainable)
            layer.loraB.requiresGrad(trainable)
        }
        config.inferenceMode = !trainable
    }

    /// Adds every adapter into its base weight (PEFT's `merge_adapter`).
    public func mergeAdapters() throws { for (_, layer) in loraLayers { try layer.merge() } }

    /// Takes merged adapters back out of the base weights (`unmerge_adapter`).
    public func unmergeAdapters() throws { for (_, layer) in loraLayers { try layer.unmerge() } }

    /// Runs `body` with the adapters off, so the model computes as its base model (PEFT's
    /// `with model.disable_adapter():`, which trl uses as the reference model), then turns them back on.
    public func withAdaptersDisabled<R>(_ body: () throws -> R) rethrows -> R {
        let layers = loraLayers.map(\.layer)
        let previous = layers.map(\.adapterDisabled)
        for layer in layers { layer.adapterDisabled = true }
        defer { for (layer, flag) in zip(layers, previous) { layer.adapterDisabled = flag } }
        return try body()
    }

    /// `(trainable, all)` parameter element counts, as PEFT's `get_nb_trainable_parameters`.
    public var trainableParameterCounts: (trainable: Int, all: Int) {
        (parameterCount(trainableOnly: true), parameterCount())
    }

    /// The line `print_trainable_parameters()` prints (without the newline), e.g.
    /// `trainable params: 3,538,944 || all params: 251,116,800 || trainable%: 1.4093`.
    public func trainableParametersLine() -> String {
        Self.trainableParametersLine(trainable: parameterCount(trainableOnly: true), all: parameterCount())
    }

    /// PEFT's format: `{trainable:,d}`, `{all:,d}` and `{100 * trainable / all:.4f}`.
    public static func trainableParametersLine(trainable: Int, all: Int) -> String {
        let percent = all == 0 ? "nan" : String(format: "%.4f", 100 * Double(trainable) / Double(all))
        return "trainable params: \(groupedThousands(trainable)) || all params: \(groupedThousands(all)) || trainable%: \(percent)"
    }
}

/// Python's `f"{n:,d}"`: digits grouped by threes with commas.
func groupedThousands(_ n: Int) -> String {
    let digits = String(n.magnitude)
    var groups: [Substring] = []
    var end = digits.endIndex
    while end > digits.startIndex {
        let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
        groups.insert(digits[start..<end], at: 0)
        end = start
    }
    return (n < 0 ? "-" : "") + groups.joined(separator: ",")
}

extension LoraConfig {
    /// The targets as Python prints them in PEFT's error: `{'q', 'v'}` or the pattern.
    var targetModulesDescription: String {
        switch targetModules {
        case .names(let names)?: return "{" + names.map { "'\($0)'" }.joined(separator: ", ") + "}"
        case .pattern(let pattern)?: return pattern
        case nil: return "None"
        }
    }
}
