import LabScript
import LabTokenizers

/// `tokenizers.models`: untrained Unigram and BPE models, given their vocabularies by a trainer.
enum ModelsModule {
    static let name = "tokenizers.models"

    static let module = NativeModule(name, classes: [unigram, bpe])

    static let unigram = TokenizerComponentObject.cls("Unigram", module: name, stage: .model,
                                                      params: ["vocab=None", "unk_id=None", "byte_fallback=None"]) { a in
        try requireTraining(a, "Unigram")
        return TokenizerComponentObject.typed("Unigram", [("unk_id", .null), ("vocab", .array([])),
                                                          ("byte_fallback", .bool(try a.bool("byte_fallback")))])
    }

    static let bpe = TokenizerComponentObject.cls("BPE", module: name, stage: .model,
                                                  params: ["vocab=None", "merges=None", "cache_capacity=None", "dropout=None",
                                                           "unk_token=None", "continuing_subword_prefix=None",
                                                           "end_of_word_suffix=None", "fuse_unk=None", "byte_fallback=None",
                                                           "ignore_merges=None"]) { a in
        try requireTraining(a, "BPE")
        return TokenizerComponentObject.typed("BPE", [
            ("dropout", .null), ("unk_token", try TokenizersArguments.optionalString(a, "unk_token")),
            ("continuing_subword_prefix", try TokenizersArguments.optionalString(a, "continuing_subword_prefix")),
            ("end_of_word_suffix", try TokenizersArguments.optionalString(a, "end_of_word_suffix")),
            ("fuse_unk", .bool(try a.bool("fuse_unk"))), ("byte_fallback", .bool(try a.bool("byte_fallback"))),
            ("ignore_merges", .bool(try a.bool("ignore_merges"))), ("vocab", .object([])), ("merges", .array([])),
        ])
    }

    /// Models start empty and are trained; a given vocabulary is not supported.
    private static func requireTraining(_ a: Args, _ model: String) throws {
        guard a.optional("vocab") == nil else {
            throw PyException.valueError("models.\(model)(vocab=...) is not supported here: create the model empty and train it")
        }
    }
}
