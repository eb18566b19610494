import Foundation
import LabScript
import LabModels
import LabNN

/// The `peft` module: LoRA configuration, `TaskType`, `get_peft_model` and `PeftModel.from_pretrained`
/// over seq2seq models.
enum PEFTModule {
    static let taskTypes = ["SEQ_CLS", "SEQ_2_SEQ_LM", "CAUSAL_LM", "TOKEN_CLS", "QUESTION_ANS", "FEATURE_EXTRACTION"]

    static var module: NativeModule {
        NativeModule("peft", functions: [
            Function("get_peft_model", params: ["model", "peft_config", "adapter_name='default'"]) { a in
                let config = try a.native("peft_config", as: LoraConfigObject.self).config
                return try wrap(a, "model") { try PeftModel($0.module, config: config, seed: $0.random.drawSeed()) }
            },
        ], classes: [LoraConfigObject.cls, taskType, peftModel, peftConfig])
    }

    /// `TaskType.SEQ_2_SEQ_LM` and the other task names (PEFT's string enum).
    static let taskType = NativeClass("TaskType", module: "peft.utils.peft_types",
                                      attributes: Dictionary(uniqueKeysWithValues: taskTypes.map { ($0, Value.str($0)) }))

    static let peftModel = NativeClass("PeftModel", module: "peft.peft_model", staticMethods: [
        Function("from_pretrained", params: ["model", "model_id", "adapter_name='default'", "is_trainable=False", "config=None", "**kwargs"]) { a in
            let folder = try pretrainedFolder(a["model_id"])
            let trainable = try a.bool("is_trainable")
            return try wrap(a, "model") { try PeftModel($0.module, adapterFolder: folder, isTrainable: trainable) }
        },
    ])

    /// `PeftConfig.from_pretrained(path)`: the adapter configuration saved in a folder
    /// (adapter_config.json); LoRA is the only adapter type here.
    static let peftConfig = NativeClass("PeftConfig", module: "peft.config", staticMethods: [
        Function("from_pretrained", params: ["pretrained_model_name_or_path", "subfolder=None", "**kwargs"]) { a in
            let folder = try pretrainedFolder(a["pretrained_model_name_or_path"])
            return .native(LoraConfigObject(try hubCall { try LoraConfig(contentsOf: folder.appendingPathComponent("adapter_config.json")) }))
        },
    ])

    /// Injects adapters into the seq2seq model passed as `name`; the script's model object then
    /// reaches the adapters too, as PEFT modifies the model in place. An adapter without a recorded
    /// base model records the base's `name_or_path`, as PEFT does.
    private static func wrap(_ a: Args, _ name: String, _ make: ((module: Module, random: SessionRandom)) throws -> PeftModel) throws -> Value {
        let base = try a.native(name, as: ModelObject.self)
        guard case .seq2seq(let t5) = base.architecture else {
            throw PyException.typeError("only seq2seq language models can take LoRA adapters here, not \(base.pyClass.name)")
        }
        let peft = try hubCall { try make((t5, base.random)) }
        if peft.baseModelNameOrPath == nil { peft.baseModelNameOrPath = base.nameOrPath }
        return .native(ModelObject(.peft(peft, t5), random: base.random))
    }
}
