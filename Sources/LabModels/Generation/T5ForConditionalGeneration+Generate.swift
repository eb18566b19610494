import LabTensor

/// Generation with the semantics of transformers' `generate` for encoder-decoder models: greedy or
/// sampled, with a key/value cache, batched padded prompts, and finished rows padded.
extension T5ForConditionalGeneration {
    /// Decoder token ids `[B·num_return_sequences, L]`, each row starting with the decoder start token.
    ///
    /// - Parameters:
    ///   - inputIds: `[B, S]` prompts, right-padded, with `attentionMask` `[B, S]` (default: all ones).
    ///   - config: settings (default: ``generationConfig``); unset special tokens fall back to the model's configuration.
    ///   - generator: the stream sampling draws from (unused by greedy decoding).
    ///   - shouldStop: checked between tokens; returning true ends generation with `GenerationError.interrupted`.
    public func generate(inputIds: Tensor, attentionMask: Tensor? = nil, config: GenerationConfig? = nil,
                         generator: inout RandomGenerator, shouldStop: () -> Bool = { false }) throws -> Tensor {
        let config = config ?? generationConfig
        try config.validate()
        guard inputIds.rank == 2, inputIds.shape[0] > 0, inputIds.shape[1] > 0 else {
            throw GenerationError.invalid("input_ids must be 2-D [batch, length] with at least one prompt and one token, got shape \(inputIds.shape)")
        }
        guard let start = config.decoderStartTokenId ?? self.config.decoderStartTokenId ?? config.bosTokenId else {
            throw GenerationError.invalid("`decoder_start_token_id` or `bos_token_id` has to be defined for encoder-decoder generation.")
        }
        let eosTokenIds = config.eosTokenIds ?? self.config.eosTokenIds ?? []
        let pad = config.padTokenId ?? eosTokenIds.first ?? self.config.padTokenId ?? 0
        let maxLength = config.maxNewTokens.map { $0 + 1 } ?? config.maxLength
        let processing = LogitsProcessing(config: config, eosTokenIds: eosTokenIds, promptLength: 1)

        return try withNoGrad {
            var (ids, mask) = (inputIds, attentionMask)
            if config.numReturnSequences > 1 {
                let rows = try Tensor(indices: (0..<inputIds.shape[0]).flatMap { Array(repeating: $0, count: config.numReturnSequences) })
                ids = try inputIds.indexSelect(dim: 0, index: rows).converted(to: .int64)
                mask = try attentionMask?.indexSelect(dim: 0, index: rows)
            }
            let batch = ids.shape[0]
            let encoded = try encode(ids, attentionMask: mask)                      // [B, S, C]
            let cache = makeCache()
            var sequences = [[Int]](repeating: [start], count: batch)
            var finished = [Bool](repeating: false, count: batch)
            var next = [Int](repeating: start, count: batch)
            while sequences[0].count < maxLength && !finished.allSatisfy({ $0 }) {
                if shouldStop() { throw GenerationError.interrupted }
                let step = try Tensor(indices: next, shape: [batch, 1])
                let logits = try self(attentionMask: mask, encoderHiddenState: encoded, decoderInputIds: step, cache: cache)
                    .logits.select(dim: 1, index: 0)                                  // [B, V]
                let scores = try processing(logits, sequences: sequences)
                let picked = config.doSample ? try generator.sampleCategorical(logits: scores) : try scores.argmax(dim: -1)
                next = picked.toInt64Array().map(Int.init)
                for row in 0..<batch {
                    if finished[row] { next[row] = pad }
                    sequences[row].append(next[row])
                    if eosTokenIds.contains(next[row]) { finished[row] = true }
                }
            }
            return try Tensor(indices: sequences.flatMap { $0 }, shape: [batch, sequences[0].count])
        }
    }
}
