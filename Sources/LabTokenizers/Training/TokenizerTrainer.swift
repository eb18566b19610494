/// Learns a model's vocabulary from counted words.
public protocol TokenizerTrainer {
    /// The tokenizer.json `"type"` of the model it trains.
    var modelType: String { get }
    /// The tokens given the first ids, which the tokenizer then treats as special added tokens.
    var specialTokens: [String] { get }
    func train(_ words: WordCounts) throws -> TrainedModel
}
