import LabScript
import LabModels

/// PEFT's `LoraConfig(r=, lora_alpha=, target_modules=, lora_dropout=, bias=, task_type=)`.
final class LoraConfigObject: NativeObject {
    let config: LoraConfig

    init(_ config: LoraConfig) { self.config = config }

    var pyClass: PyType { LoraConfigObject.cls.type }

    static let cls = NativeClass("LoraConfig", module: "peft.tuners.lora.config",
        constructor: Function("LoraConfig", params: ["*", "r=8", "lora_alpha=8", "target_modules=None", "lora_dropout=0.0",
                                                     "bias='none'", "task_type=None", "use_rslora=False", "init_lora_weights=True",
                                                     "inference_mode=False", "fan_in_fan_out=False"]) { a in
            var config = LoraConfig(r: try a.int("r"), loraAlpha: Float(try a.double("lora_alpha")),
                                    targetModules: try targets(a["target_modules"]), loraDropout: Float(try a.double("lora_dropout")),
                                    bias: try a.string("bias"), taskType: a["task_type"].isNone ? nil : try a.string("task_type"))
            config.useRslora = try a.bool("use_rslora")
            config.initLoraWeights = try a.bool("init_lora_weights")
            config.inferenceMode = try a.bool("inference_mode")
            config.fanInFanOut = try a.bool("fan_in_fan_out")
            return .native(LoraConfigObject(config))
        })

    /// `target_modules`: a list of module names or one regular expression.
    private static func targets(_ v: Value) throws -> LoraConfig.TargetModules? {
        if v.isNone { return nil }
        if case .str(let pattern) = v { return .pattern(pattern) }
        guard let items = Convert.sequence(v) else { throw PyException.typeError("target_modules must be a list of names or a regex string, not \(v.typeName)") }
        return .names(try items.map { guard case .str(let s) = $0 else { throw PyException.typeError("target_modules entries must be str, not \($0.typeName)") }; return s })
    }

    func getAttribute(_ name: String, _ interpreter: Interpreter) throws -> Value? {
        config.toJSON().values[name].map(interpreter.value(fromJSON:))
    }
}
