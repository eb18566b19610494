import Foundation
import LabScript
import LabTokenizers

/// The `transformers` module: auto classes loading tokenizers and models from folders found by
/// the shared model locator, generation settings, the classification pipeline, and training
/// (`Trainer`, `TrainingArguments`, learning-rate schedules).
enum TransformersModule {
    /// The module; `random` is the torch stream sampling in `generate` draws from.
    static func make(random: SessionRandom) -> NativeModule {
        NativeModule("transformers", functions: [Pipeline.function(random: random), TrainerSeed.function(random: random), DataCollatorObject.defaultCollator]
                                                 + LearningRateSchedules.functions,
                     classes: [autoTokenizer, AutoConfigs.autoConfig, AutoConfigs.t5Config, AutoConfigs.robertaConfig,
                               AutoModels.seq2seq(random: random), AutoModels.classifier(random: random),
                               GenerationConfigObject.cls, TokenizerObject.cls, BatchEncodingObject.cls, PipelineObject.cls,
                               TrainingArgumentsObject.cls, TrainerObject.makeClass(random: random), PaddingCollatorObject.cls] + DataCollatorObject.classes
                               + [OptimizerObject.classes[.transformersAdamW]].compactMap { $0 },
                     constants: [("__version__", .str("4.46.0"))])
    }

    static let autoTokenizer = NativeClass("AutoTokenizer", module: "transformers", staticMethods: [
        Function("from_pretrained", params: ["pretrained_model_name_or_path", "*inputs", "**kwargs"]) { a in
            let folder = try pretrainedFolder(a["pretrained_model_name_or_path"])
            let tokenizer = try hubCall { try HFTokenizer(folder: folder) }
            return .native(TokenizerObject(tokenizer, nameOrPath: try a.string("pretrained_model_name_or_path")))
        },
    ])
}
