/// Learns a model's vocabulary from counted words.
public protocol TokenizerTrainer {
    /// The tokenizer.json `"type"` of the model it trains.
    var modelType: String { get }
    /// The tokens given the first ids, which the tokenizer then treats as special added tokens.
    var specialTokens: [String] { get }
    /// Trains on `words`, calling `shouldStop` between rounds and throwing ``TrainingInterrupted`` when it
    /// returns true.
    func train(_ words: WordCounts, shouldStop: () -> Bool) throws -> TrainedModel
}

extension TokenizerTrainer {
    /// Trains on `words` to the end.
    public func train(_ words: WordCounts) throws -> TrainedModel {
        try train(words, shouldStop: { false })
    }
}

/// Training was stopped before it finished (the lab was interrupted).
public struct TrainingInterrupted: Error {}
