import Foundation
import LabScript
import LabModels
import LabNN

/// `AutoModelForSeq2SeqLM` and `AutoModelForSequenceClassification`: models loaded from folders the
/// model locator finds, or freshly initialized from a configuration (`from_config`, drawing the
/// weights and the dropout stream's seed from the torch random stream; such a model starts in
/// train mode, as in transformers). dtype, device and other placement arguments are accepted and ignored
/// (computation is float32 on the CPU).
enum AutoModels {
    static func seq2seq(random: SessionRandom) -> NativeClass {
        NativeClass("AutoModelForSeq2SeqLM", module: "transformers", staticMethods: [
            Function("from_pretrained", params: ["pretrained_model_name_or_path", "*model_args", "**kwargs"]) { a in
                let folder = try pretrainedFolder(a["pretrained_model_name_or_path"])
                return named(ModelObject(.seq2seq(try hubCall { try T5ForConditionalGeneration(folder: folder) }), random: random), a)
            },
            Function("from_config", params: ["config", "**kwargs"]) { a in
                let json = try a.native("config", as: ConfigObject.self).json
                let model = try hubCall {
                    try T5ForConditionalGeneration(config: try T5Config(json: json), weights: WeightInitializer(.random(random.models.split())),
                                                   dropoutSeed: random.drawSeed())
                }
                return .native(ModelObject(.seq2seq(model), random: random))
            },
        ])
    }

    static func classifier(random: SessionRandom) -> NativeClass {
        NativeClass("AutoModelForSequenceClassification", module: "transformers", staticMethods: [
            Function("from_pretrained", params: ["pretrained_model_name_or_path", "*model_args", "**kwargs"]) { a in
                let folder = try pretrainedFolder(a["pretrained_model_name_or_path"])
                return named(ModelObject(.classifier(try hubCall { try RobertaForSequenceClassification(folder: folder) }), random: random), a)
            },
            Function("from_config", params: ["config", "**kwargs"]) { a in
                let json = try a.native("config", as: ConfigObject.self).json
                let model = try hubCall {
                    try RobertaForSequenceClassification(try RobertaConfig(json: json), weights: WeightInitializer(.random(random.models.split())),
                                                         dropoutSeed: random.drawSeed())
                }
                return .native(ModelObject(.classifier(model), random: random))
            },
        ])
    }

    /// The model with `name_or_path` set to the name `from_pretrained` was given.
    private static func named(_ model: ModelObject, _ a: Args) -> Value {
        if case .str(let name) = a["pretrained_model_name_or_path"] { model.nameOrPath = name }
        return .native(model)
    }
}
