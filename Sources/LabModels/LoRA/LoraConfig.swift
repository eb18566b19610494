import Foundation

/// PEFT's `LoraConfig`: which Linear layers get adapters and how the adapters are shaped and scaled.
public struct LoraConfig: Equatable, Sendable {
    /// Which modules get adapters, by their dotted names.
    public enum TargetModules: Equatable, Sendable {
        /// A module matches when its name equals an entry or ends with `"." + entry`.
        case names([String])
        /// A module matches when the pattern matches its whole name (`re.fullmatch`).
        case pattern(String)
    }

    /// The adapters' rank.
    public var r = 8
    public var loraAlpha: Float = 8
    public var targetModules: TargetModules?
    public var loraDropout: Float = 0
    /// Only `"none"` is supported: biases stay frozen and are not saved with the adapter.
    public var bias = "none"
    /// `SEQ_2_SEQ_LM`, `SEQ_CLS`, `CAUSAL_LM`, … (PEFT's `TaskType`); `nil` for a plain `PeftModel`.
    public var taskType: String?
    /// Only `false` is supported (weights stored `[out, in]`, as `nn.Linear`).
    public var fanInFanOut = false
    /// Scale by `lora_alpha / √r` instead of `lora_alpha / r`.
    public var useRslora = false
    /// `true`: A Kaiming-uniform (a = √5), B zeros, so a new adapter changes nothing; `false`: both keep
    /// `nn.Linear`'s default init (B random too).
    public var initLoraWeights = true
    /// Frozen adapters for inference (set when loading without `is_trainable`).
    public var inferenceMode = false
    public var baseModelNameOrPath: String?
    public var revision: String?

    public init(r: Int = 8, loraAlpha: Float = 8, targetModules: TargetModules? = nil, loraDropout: Float = 0,
                bias: String = "none", taskType: String? = nil) {
        self.r = r
        self.loraAlpha = loraAlpha
        self.targetModules = targetModules
        self.loraDropout = loraDropout
        self.bias = bias
        self.taskType = taskType
    }

    /// The factor on the adapter's output: `lora_alpha / r` (or `/ √r` with rsLoRA).
    public var scaling: Float { useRslora ? loraAlpha / Float(r).squareRoot() : loraAlpha / Float(r) }

    /// Whether the module named `name` (dotted, from the model's root) gets an adapter.
    public func targets(_ name: String) throws -> Bool {
        switch targetModules {
        case .names(let entries)?:
            return entries.contains { name == $0 || name.hasSuffix("." + $0) }
        case .pattern(let pattern)?:
            let regex: NSRegularExpression
            do { regex = try NSRegularExpression(pattern: "^(?:" + pattern + ")$") } catch {
                throw LoraError.invalidConfig("target_modules pattern '\(pattern)' is not a valid regular expression")
            }
            return regex.firstMatch(in: name, range: NSRange(name.startIndex..., in: name)) != nil
        case nil:
            throw LoraError.invalidConfig("target_modules is not set, and there is no default for this model")
        }
    }

    /// Settings this implementation cannot honour are errors that say so.
    func validate() throws {
        if r <= 0 { throw LoraError.invalidConfig("r must be positive, got \(r)") }
        if !(0..<1).contains(loraDropout) { throw LoraError.invalidConfig("lora_dropout must be in [0, 1), got \(loraDropout)") }
        if bias != "none" { throw LoraError.invalidConfig("bias='\(bias)' is not supported; only 'none'") }
        if fanInFanOut { throw LoraError.invalidConfig("fan_in_fan_out=True is not supported (nn.Linear layers store [out, in])") }
    }
}
