import Foundation
import LabScript
import LabModels

/// `AutoModelForSeq2SeqLM` and `AutoModelForSequenceClassification`: models loaded from folders the
/// model locator finds. dtype, device and other placement arguments are accepted and ignored
/// (computation is float32 on the CPU).
enum AutoModels {
    static func seq2seq(random: RandomStream) -> NativeClass {
        NativeClass("AutoModelForSeq2SeqLM", module: "transformers", staticMethods: [
            Function("from_pretrained", params: ["pretrained_model_name_or_path", "*model_args", "**kwargs"]) { a in
                let folder = try pretrainedFolder(a["pretrained_model_name_or_path"])
                return .native(ModelObject(.seq2seq(try hubCall { try T5ForConditionalGeneration(folder: folder) }), random: random))
            },
        ])
    }

    static func classifier(random: RandomStream) -> NativeClass {
        NativeClass("AutoModelForSequenceClassification", module: "transformers", staticMethods: [
            Function("from_pretrained", params: ["pretrained_model_name_or_path", "*model_args", "**kwargs"]) { a in
                let folder = try pretrainedFolder(a["pretrained_model_name_or_path"])
                return .native(ModelObject(.classifier(try hubCall { try RobertaForSequenceClassification(folder: folder) }), random: random))
            },
        ])
    }
}
