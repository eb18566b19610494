import LabTensor

/// transformers' logits processors for one decoding step, in `LogitsProcessorList` order:
/// repetition penalty, min-length and min-new-tokens EOS suppression, then (when sampling) the
/// temperature, top-k and top-p warpers.
struct LogitsProcessing {
    let config: GenerationConfig
    let eosTokenIds: [Int]
    /// Decoder length at which EOS is allowed (from `min_length` and `min_new_tokens`).
    let minimumLength: Int

    init(config: GenerationConfig, eosTokenIds: [Int], promptLength: Int) {
        self.config = config
        self.eosTokenIds = eosTokenIds
        minimumLength = Swift.max(config.minLength, promptLength + (config.minNewTokens ?? 0))
    }

    /// Scores `[B, V]` for the next token after `sequences` (each of the current decoder length).
    func callAsFunction(_ logits: Tensor, sequences: [[Int]]) throws -> Tensor {
        let vocabulary = logits.shape[1]
        var scores = logits.toFloatArray()
        if config.repetitionPenalty != 1 {
            for (row, sequence) in sequences.enumerated() {
                for token in Set(sequence) where token >= 0 && token < vocabulary {
                    let index = row * vocabulary + token
                    scores[index] = scores[index] < 0 ? scores[index] * config.repetitionPenalty : scores[index] / config.repetitionPenalty
                }
            }
        }
        if let length = sequences.first?.count, length < minimumLength {
            for row in sequences.indices { for eos in eosTokenIds where eos >= 0 && eos < vocabulary { scores[row * vocabulary + eos] = -.infinity } }
        }
        var processed = try Tensor(scores, shape: logits.shape)
        if config.doSample {
            processed = try processed.warpedForSampling(temperature: config.temperature, topK: Swift.min(config.topK, vocabulary), topP: config.topP)
        }
        return processed
    }
}
