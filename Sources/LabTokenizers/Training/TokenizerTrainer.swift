/// Learns a model's vocabulary from counted words.
public protocol TokenizerTrainer {
    /// The tokenizer.json `"type"` of the model it trains.
    var modelType: String { get }
    /// The tokens given the first ids, which the tokenizer then treats as special added tokens.
    var specialTokens: [String] { get }
    func train(_ words: WordCounts) throws -> TrainedModel
}

/// A trained model: the model itself and its tokenizer.json object.
public struct TrainedModel {
    public let model: TokenizerModel
    /// The trainer's special tokens (with a Unigram unknown token it added), which have the first ids.
    public let specialTokens: [String]
    let json: JSONValue

    init(unigram: UnigramModel, specialTokens: [String]) {
        model = unigram
        self.specialTokens = specialTokens
        json = .object(JSONMap([
            ("type", .string("Unigram")),
            ("unk_id", unigram.unkId.map { .number(Double($0)) } ?? .null),
            ("vocab", .array(zip(unigram.pieces, unigram.scores).map { .array([.string($0), .number($1)]) })),
            ("byte_fallback", .bool(unigram.byteFallback)),
        ]))
    }
}
