import LabScript

/// The `tokenizers` module: pipelines built part by part (`Tokenizer(models.Unigram())`), trained on texts
/// and saved as tokenizer.json, as Hugging Face's `tokenizers` library does.
enum TokenizersModule {
    static let module = NativeModule("tokenizers", classes: [TokenizerPipelineObject.cls, EncodingObject.cls, regex],
                                     constants: [("__version__", .str("0.20.3"))],
                                     submodules: [ModelsModule.module, NormalizersModule.module, PreTokenizersModule.module,
                                                  ProcessorsModule.module, DecodersModule.module, TrainersModule.module])

    /// `Regex(pattern)`: a pattern matched as a regular expression (by `normalizers.Replace`).
    static let regex = TokenizerComponentObject.cls("Regex", module: "tokenizers", stage: .pattern, params: ["pattern"]) { a in
        .object([("Regex", .string(try a.string("pattern")))])
    }
}
