import LabNN
import LabTensor

/// The additive mask value for a masked key: float32's lowest finite value, as transformers uses.
let maskedScore = -Float.greatestFiniteMagnitude

/// A stack of T5 blocks (the encoder or the decoder): embed, dropout, blocks, final norm, dropout.
final class T5Stack: Module {
    let isDecoder: Bool
    let numHeads: Int

    init(_ config: T5Config, isDecoder: Bool, embedTokens: Embedding, weights: inout WeightInitializer, randomSource: RandomSource) throws {
        self.isDecoder = isDecoder
        numHeads = config.numHeads
        super.init()
        registerModule("embed_tokens", embedTokens)
        let count = isDecoder ? config.numDecoderLayers : config.numLayers
        var blocks: [T5Block] = []
        for index in 0..<count {
            blocks.append(try T5Block(config, isDecoder: isDecoder, hasRelativeBias: index == 0, weights: &weights, randomSource: randomSource))
        }
        registerModule("block", ModuleList(blocks))
        registerModule("final_layer_norm", T5LayerNorm(weight: try weights.constant([config.dModel], 1), eps: config.layerNormEpsilon))
        registerModule("dropout", Dropout(p: config.dropoutRate, source: randomSource))
    }

    var blocks: ModuleList<T5Block> { child("block") as! ModuleList<T5Block> }

    /// Hidden states `[B, T, C]` for token ids `[B, T]`.
    ///
    /// - Parameters:
    ///   - attentionMask: `[B, T]` 1 for tokens, 0 for padding (default all ones); the decoder adds
    ///     the causal mask.
    ///   - encoderStates: the encoder's output `[B, S, C]` (decoder only), with `encoderMask` `[B, S]`.
    ///   - cache: the decoder's key/value cache; `ids` are then the new tokens only.
    func callAsFunction(_ ids: Tensor, attentionMask: Tensor? = nil, encoderStates: Tensor? = nil,
                        encoderMask: Tensor? = nil, cache: T5DecoderCache? = nil) throws -> Tensor {
        guard ids.rank == 2 else { throw TensorError("T5", "input_ids must be 2-D [batch, length], got shape \(ids.shape)") }
        let (batch, length) = (ids.shape[0], ids.shape[1])
        let past = cache?.length ?? 0
        var h = try layer("dropout").forward((child("embed_tokens") as! Embedding)(ids))   // [B, T, C]

        let keys = past + length
        var selfBias = try blocks.count > 0 ? blocks[0].selfAttention.attention.positionBias(queries: length, keys: keys, queryOffset: past)
                                            : Tensor.zeros([1, numHeads, length, keys])      // [1, H, T, Tk]
        if attentionMask != nil || isDecoder {
            selfBias = try selfBias + maskBias(attentionMask, batch: batch, queries: length, keys: keys, causalOffset: isDecoder ? past : nil, "attention_mask")
        }
        var crossBias: Tensor? = nil
        if let encoderStates {
            let sourceLength = encoderStates.shape[1]
            crossBias = try encoderMask.map { try maskBias($0, batch: batch, queries: 1, keys: sourceLength, causalOffset: nil, "encoder attention_mask") }
                ?? Tensor.zeros([1, 1, 1, sourceLength])                                      // [B, 1, 1, S]
        }
        for (index, block) in blocks.elements.enumerated() {
            h = try block(h, selfBias: selfBias, encoderStates: encoderStates, crossBias: crossBias,
                          selfCache: cache?.selfAttention[index], crossCache: cache?.crossAttention[index])
        }
        return try layer("dropout").forward(layer("final_layer_norm").forward(h))
    }

    /// Additive mask `[B|1, 1, Tq, Tk]`: a key is masked where `mask` `[B, Tk]` is 0 (padding) and,
    /// with a `causalOffset`, where it lies after the query (query `i` sits at `causalOffset + i`).
    private func maskBias(_ mask: Tensor?, batch: Int, queries: Int, keys: Int, causalOffset: Int?, _ name: String) throws -> Tensor {
        if let mask, mask.shape != [batch, keys] {
            throw TensorError("T5", "\(name) must have shape [\(batch), \(keys)], got \(mask.shape)")
        }
        let keep = mask?.toFloatArray().map { $0 != 0 }
        let rows = keep == nil ? 1 : batch
        var values = [Float](repeating: 0, count: rows * queries * keys)
        for b in 0..<rows {
            for i in 0..<queries {
                for j in 0..<keys {
                    let padded = keep.map { !$0[b * keys + j] } ?? false
                    let future = causalOffset.map { j > $0 + i } ?? false
                    if padded || future { values[(b * queries + i) * keys + j] = maskedScore }
                }
            }
        }
        return try Tensor(values, shape: [rows, 1, queries, keys])
    }
}
