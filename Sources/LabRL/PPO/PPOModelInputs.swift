import LabTensor

/// The padded model inputs of a batch, as trl's `prepare_model_inputs` builds them for an
/// encoder-decoder model: queries for the encoder and responses for the decoder, each right-padded
/// with the pad token to the longest in the batch, with masks of 1 for real tokens and 0 for padding.
public struct PPOModelInputs {
    /// `[B, S]` int64 query tokens.
    public var inputIds: Tensor
    /// `[B, S]` int64.
    public var attentionMask: Tensor
    /// `[B, T]` int64 response tokens (each starting with the decoder start token).
    public var decoderInputIds: Tensor
    /// `[B, T]` int64.
    public var decoderAttentionMask: Tensor

    /// Pads `queries` and `responses` (1-D token tensors) to one batch.
    public init(queries: [Tensor], responses: [Tensor], padTokenId: Int) throws {
        (inputIds, attentionMask) = try Self.padded(queries, padTokenId, "queries")
        (decoderInputIds, decoderAttentionMask) = try Self.padded(responses, padTokenId, "responses")
    }

    private init(inputIds: Tensor, attentionMask: Tensor, decoderInputIds: Tensor, decoderAttentionMask: Tensor) {
        (self.inputIds, self.attentionMask, self.decoderInputIds, self.decoderAttentionMask) =
            (inputIds, attentionMask, decoderInputIds, decoderAttentionMask)
    }

    /// The number of samples, B.
    public var count: Int { inputIds.shape[0] }

    /// The samples at `indices`, in that order (same padded lengths).
    public func rows(_ indices: [Int]) throws -> PPOModelInputs {
        guard indices.allSatisfy({ (0..<count).contains($0) }) else {
            throw PPOError.invalidInput("row indices \(indices) out of range for a batch of \(count)")
        }
        func pick(_ t: Tensor) throws -> Tensor {
            let (values, width) = (t.toInt64Array(), t.shape[1])
            return try Tensor(int64: indices.flatMap { values[$0 * width ..< ($0 + 1) * width] }, shape: [indices.count, width])
        }
        return PPOModelInputs(inputIds: try pick(inputIds), attentionMask: try pick(attentionMask),
                              decoderInputIds: try pick(decoderInputIds), decoderAttentionMask: try pick(decoderAttentionMask))
    }

    /// Right-pads 1-D token sequences: `[B, L]` ids and their attention mask.
    private static func padded(_ sequences: [Tensor], _ padTokenId: Int, _ name: String) throws -> (Tensor, Tensor) {
        let tokens = try sequences.enumerated().map { index, sequence -> [Int64] in
            guard sequence.rank == 1, sequence.dtype == .int64 || sequence.dtype == .int32 else {
                throw PPOError.invalidInput("\(name)[\(index)] must be a 1-D tensor of token ids, got shape \(sequence.shape) and \(sequence.dtype.torchName)")
            }
            return sequence.toInt64Array()
        }
        let length = tokens.map(\.count).max() ?? 0
        let ids = tokens.flatMap { $0 + Array(repeating: Int64(padTokenId), count: length - $0.count) }
        let mask = tokens.flatMap { Array(repeating: Int64(1), count: $0.count) + Array(repeating: Int64(0), count: length - $0.count) }
        return (try Tensor(int64: ids, shape: [tokens.count, length]), try Tensor(int64: mask, shape: [tokens.count, length]))
    }
}
