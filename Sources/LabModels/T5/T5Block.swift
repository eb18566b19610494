import LabNN
import LabTensor

/// Pre-norm residual self-attention sublayer: `x + dropout(attn(norm(x)))`.
final class T5LayerSelfAttention: Module {
    init(_ config: T5Config, isDecoder: Bool, hasRelativeBias: Bool, weights: inout WeightInitializer, randomSource: RandomSource) throws {
        super.init()
        registerModule("SelfAttention", try T5Attention(config, isDecoder: isDecoder, hasRelativeBias: hasRelativeBias, weights: &weights, randomSource: randomSource))
        registerModule("layer_norm", T5LayerNorm(weight: try weights.constant([config.dModel], 1), eps: config.layerNormEpsilon))
        registerModule("dropout", Dropout(p: config.dropoutRate, source: randomSource))
    }

    var attention: T5Attention { child("SelfAttention") as! T5Attention }

    /// `[B, T, C] → [B, T, C]`; `bias` `[B|1, H, T, Tk]`.
    func callAsFunction(_ x: Tensor, bias: Tensor, cache: T5AttentionCache?) throws -> Tensor {
        let h = try attention(layer("layer_norm").forward(x), bias: bias, cache: cache)
        return try x + layer("dropout").forward(h)
    }
}

/// Pre-norm residual cross-attention sublayer over the encoder's output.
final class T5LayerCrossAttention: Module {
    init(_ config: T5Config, weights: inout WeightInitializer, randomSource: RandomSource) throws {
        super.init()
        registerModule("EncDecAttention", try T5Attention(config, isDecoder: true, hasRelativeBias: false, weights: &weights, randomSource: randomSource))
        registerModule("layer_norm", T5LayerNorm(weight: try weights.constant([config.dModel], 1), eps: config.layerNormEpsilon))
        registerModule("dropout", Dropout(p: config.dropoutRate, source: randomSource))
    }

    var attention: T5Attention { child("EncDecAttention") as! T5Attention }

    /// `[B, T, C]` attending to `encoderStates` `[B, S, C]`; `bias` `[B, 1, 1, S]` masks padding.
    func callAsFunction(_ x: Tensor, encoderStates: Tensor, bias: Tensor, cache: T5AttentionCache?) throws -> Tensor {
        let h = try attention(layer("layer_norm").forward(x), keyValueSource: encoderStates, bias: bias, cache: cache)
        return try x + layer("dropout").forward(h)
    }
}

/// One T5 layer: self-attention, then (in the decoder) cross-attention, then the feed-forward
/// network, each in its own residual sublayer in `layer`.
final class T5Block: Module {
    let isDecoder: Bool

    init(_ config: T5Config, isDecoder: Bool, hasRelativeBias: Bool, weights: inout WeightInitializer, randomSource: RandomSource) throws {
        self.isDecoder = isDecoder
        super.init()
        var sublayers: [Module] = [try T5LayerSelfAttention(config, isDecoder: isDecoder, hasRelativeBias: hasRelativeBias, weights: &weights, randomSource: randomSource)]
        if isDecoder { sublayers.append(try T5LayerCrossAttention(config, weights: &weights, randomSource: randomSource)) }
        sublayers.append(try T5LayerFF(config, weights: &weights, randomSource: randomSource))
        registerModule("layer", ModuleList(sublayers))
    }

    private var sublayers: ModuleList<Module> { child("layer") as! ModuleList<Module> }
    var selfAttention: T5LayerSelfAttention { sublayers[0] as! T5LayerSelfAttention }

    /// `[B, T, C] → [B, T, C]`.
    func callAsFunction(_ x: Tensor, selfBias: Tensor, encoderStates: Tensor?, crossBias: Tensor?,
                        selfCache: T5AttentionCache?, crossCache: T5AttentionCache?) throws -> Tensor {
        var h = try selfAttention(x, bias: selfBias, cache: selfCache)
        if isDecoder, let encoderStates, let crossBias {
            h = try (sublayers[1] as! T5LayerCrossAttention)(h, encoderStates: encoderStates, bias: crossBias, cache: crossCache)
        }
        return try (sublayers[sublayers.count - 1] as! UnaryLayer).forward(h)
    }
}
