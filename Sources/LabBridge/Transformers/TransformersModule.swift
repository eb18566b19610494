import Foundation
import LabScript
import LabTokenizers

/// The `transformers` module: auto classes loading tokenizers and models from folders found by
/// the shared model locator, generation settings, and the classification pipeline.
enum TransformersModule {
    /// The module; `random` is the torch stream sampling in `generate` draws from.
    static func make(random: RandomStream) -> NativeModule {
        NativeModule("transformers", functions: [Pipeline.function(random: random)] + LearningRateSchedules.functions, classes: [autoTokenizer, AutoConfigs.autoConfig, AutoConfigs.t5Config, AutoConfigs.robertaConfig, AutoModels.seq2seq(random: random), AutoModels.classifier(random: random),
                                               GenerationConfigObject.cls, TrainingArgumentsObject.cls, trainer(random: random), TokenizerObject.cls, BatchEncodingObject.cls, PipelineObject.cls],
                     constants: [("__version__", .str("4.46.0"))])
    }

    /// `Trainer(...)`, reseeding the torch stream `random` from `args.seed`.
    static func trainer(random: RandomStream) -> NativeClass {
        NativeClass("Trainer", module: "transformers.trainer",
            constructor: Function("Trainer", params: ["model=None", "args=None", "data_collator=None", "train_dataset=None", "eval_dataset=None",
                                                      "tokenizer=None", "processing_class=None", "model_init=None", "compute_loss_func=None",
                                                      "compute_metrics=None", "callbacks=None", "optimizers=None",
                                                      "preprocess_logits_for_metrics=None"]) { a in
                try TrainerObject.make(a, random: random)
            })
    }

    static let autoTokenizer = NativeClass("AutoTokenizer", module: "transformers", staticMethods: [
        Function("from_pretrained", params: ["pretrained_model_name_or_path", "*inputs", "**kwargs"]) { a in
            let folder = try pretrainedFolder(a["pretrained_model_name_or_path"])
            let tokenizer = try hubCall { try HFTokenizer(folder: folder) }
            return .native(TokenizerObject(tokenizer, nameOrPath: try a.string("pretrained_model_name_or_path")))
        },
    ])
}
