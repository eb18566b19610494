import LabTensor

extension PPO {
    /// What a batched forward pass gives for the response tokens (shapes with `T − 1` positions,
    /// T being the padded response length).
    public struct ForwardOutput {
        /// Log-probability of each next response token, `[B, T−1]`.
        public var logprobs: Tensor
        /// The logits behind them, `[B, T−1, V]`, when asked for.
        public var logits: Tensor?
        /// The value head's output, `[B, T−1]`.
        public var values: Tensor
        /// Which positions are scored, `[B, T−1]` float.
        public var masks: Tensor

        /// The logits, for a pass that was asked to return them.
        func requiredLogits() throws -> Tensor {
            guard let logits else { throw PPOError.invalidInput("the forward pass was run without returning logits") }
            return logits
        }
    }

    /// trl's `batched_forward_pass` for encoder-decoder models: runs `model` on chunks of
    /// `chunkSize` samples and scores the responses.
    ///
    /// Position t scores decoder token t+1 from logits t. The mask keeps positions 1 ... L−2 of a
    /// response of L tokens: trl skips position 0 ("the decoder sentence starts at index 1") and
    /// the last position, so the first generated token is never scored.
    public static func batchedForwardPass(_ model: PPOModel, inputs: PPOModelInputs, chunkSize: Int,
                                          returnLogits: Bool) throws -> ForwardOutput
    {
        var logprobs: [Tensor] = [], logits: [Tensor] = [], values: [Tensor] = []
        for start in stride(from: 0, to: inputs.count, by: chunkSize) {
            let chunk = try inputs.rows(Array(start..<Swift.min(start + chunkSize, inputs.count)))
            let out = try model.forward(chunk)
            let length = chunk.decoderInputIds.shape[1]
            guard out.logits.rank == 3, Array(out.logits.shape.prefix(2)) == [chunk.count, length], out.values.shape == [chunk.count, length] else {
                throw PPOError.invalidInput("the model returned logits \(out.logits.shape) and values \(out.values.shape) for \(chunk.count) responses of \(length) tokens")
            }
            let scoredLogits = try out.logits.slice(dim: 1, end: length - 1)
            let nextTokens = try chunk.decoderInputIds.slice(dim: 1, start: 1)
            logprobs.append(try scoredLogits.logProbabilities(of: nextTokens))
            if returnLogits { logits.append(scoredLogits) }
            values.append(try out.values.slice(dim: 1, end: length - 1))
        }
        return ForwardOutput(logprobs: try Tensor.concat(logprobs), logits: returnLogits ? try Tensor.concat(logits) : nil,
                             values: try Tensor.concat(values), masks: try responseMasks(inputs.decoderAttentionMask))
    }

    /// `[B, T−1]` float masks: 1 at positions 1 ... L−2 of each response of L real tokens.
    static func responseMasks(_ decoderAttentionMask: Tensor) throws -> Tensor {
        let (batch, length) = (decoderAttentionMask.shape[0], decoderAttentionMask.shape[1])
        let attention = decoderAttentionMask.toInt64Array()
        var masks = [Float](repeating: 0, count: batch * Swift.max(length - 1, 0))
        for row in 0..<batch {
            let end = Int(attention[row * length ..< (row + 1) * length].reduce(0, +)) - 1
            for t in stride(from: 1, to: Swift.min(end, length - 1), by: 1) where attention[row * length + t + 1] != 0 {
                masks[row * (length - 1) + t] = 1
            }
        }
        return try Tensor(masks, shape: [batch, Swift.max(length - 1, 0)])
    }
}
