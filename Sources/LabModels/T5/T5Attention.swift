import LabNN
import LabTensor

/// Multi-head attention as T5 does it: no scaling of the scores (the init absorbs it), no biases,
/// and an additive position bias that the first layer of each stack computes from learned
/// relative-position buckets and shares with the later layers.
public final class T5Attention: Module {
    let numHeads: Int
    let headDim: Int
    let isDecoder: Bool
    let hasRelativeBias: Bool
    let buckets: Int
    let maxDistance: Int
    let dropoutRate: Float
    let randomSource: RandomSource

    init(_ config: T5Config, isDecoder: Bool, hasRelativeBias: Bool, weights: inout WeightInitializer, randomSource: RandomSource) throws {
        numHeads = config.numHeads
        headDim = config.dKV
        self.isDecoder = isDecoder
        self.hasRelativeBias = hasRelativeBias
        buckets = config.relativeAttentionNumBuckets
        maxDistance = config.relativeAttentionMaxDistance
        dropoutRate = config.dropoutRate
        self.randomSource = randomSource
        super.init()
        let (d, inner) = (config.dModel, config.innerDim)
        let factor = config.initializerFactor
        registerModule("q", Linear(weight: try weights.normal([inner, d], std: factor * Float(Double(d * headDim)).squareRoot().reciprocal)))
        registerModule("k", Linear(weight: try weights.normal([inner, d], std: factor * Float(d).squareRoot().reciprocal)))
        registerModule("v", Linear(weight: try weights.normal([inner, d], std: factor * Float(d).squareRoot().reciprocal)))
        registerModule("o", Linear(weight: try weights.normal([d, inner], std: factor * Float(inner).squareRoot().reciprocal)))
        if hasRelativeBias {
            registerModule("relative_attention_bias", Embedding(weight: try weights.normal([buckets, numHeads], std: factor * Float(d).squareRoot().reciprocal)))
        }
    }

    /// The position bias `[1, H, Tq, Tk]` for queries at `queryOffset ..< queryOffset+Tq` (the
    /// decoder's cached length) and keys at `0 ..< Tk`; zeros for a layer without relative bias.
    func positionBias(queries: Int, keys: Int, queryOffset: Int) throws -> Tensor {
        guard let table = child("relative_attention_bias") as? Embedding else {
            return try Tensor.zeros([1, numHeads, queries, keys])
        }
        let ids = try T5RelativePosition.buckets(queries: queries, keys: keys, queryOffset: queryOffset,
                                                 bidirectional: !isDecoder, buckets: buckets, maxDistance: maxDistance)
        return try table(ids).permute([2, 0, 1]).unsqueeze(0)   // [Tq, Tk, H] → [1, H, Tq, Tk]
    }

    /// `[B, T, C] → [B, H, T, D]` (a strided view, not a copy).
    private func splitHeads(_ x: Tensor) throws -> Tensor {
        try x.view([x.shape[0], x.shape[1], numHeads, headDim]).transposed(1, 2)
    }

    /// Attention of `hidden` `[B, Tq, C]` over itself (`keyValueSource` nil) or over
    /// `keyValueSource` `[B, Tk, C]` (cross-attention). `bias` `[B|1, H, Tq, Tk]` holds the position
    /// bias plus the masks. With a `cache`, self-attention appends this step's keys and values to it
    /// and cross-attention computes its keys and values once. Result `[B, Tq, C]`.
    func callAsFunction(_ hidden: Tensor, keyValueSource: Tensor? = nil, bias: Tensor, cache: T5AttentionCache? = nil) throws -> Tensor {
        let (batch, queries) = (hidden.shape[0], hidden.shape[1])
        let q = try splitHeads(layer("q").forward(hidden))                      // [B, H, Tq, D]
        var k: Tensor, v: Tensor                                                 // [B, H, Tk, D]
        if let source = keyValueSource {
            if let cached = cache?.keys {
                (k, v) = (cached, cache!.values!)
            } else {
                k = try splitHeads(layer("k").forward(source))
                v = try splitHeads(layer("v").forward(source))
                cache?.store(keys: k, values: v)
            }
        } else {
            k = try splitHeads(layer("k").forward(hidden))
            v = try splitHeads(layer("v").forward(hidden))
            if let cache { (k, v) = try cache.append(keys: k, values: v) }
        }
        let y = try Tensor.scaledDotProductAttention(query: q, key: k, value: v, bias: bias, scale: 1,
                                                     dropout: dropoutRate, training: isTraining,
                                                     generator: &randomSource.generator)   // [B, H, Tq, D]
        let merged = try y.transposed(1, 2).reshape([batch, queries, numHeads * headDim]) // [B, Tq, H·D]
        return try layer("o").forward(merged)                                             // [B, Tq, C]
    }
}

/// One attention layer's cached keys and values `[B, H, T, D]` for incremental decoding.
public final class T5AttentionCache {
    public private(set) var keys: Tensor?
    public private(set) var values: Tensor?

    public init() {}

    /// The cached length along the time axis.
    public var length: Int { keys?.shape[2] ?? 0 }

    func store(keys: Tensor, values: Tensor) {
        self.keys = keys
        self.values = values
    }

    /// Appends a step's keys and values along time and returns everything cached so far.
    func append(keys newKeys: Tensor, values newValues: Tensor) throws -> (Tensor, Tensor) {
        if let keys, let values {
            store(keys: try Tensor.concat([keys, newKeys], dim: 2), values: try Tensor.concat([values, newValues], dim: 2))
        } else {
            store(keys: newKeys.contiguous(), values: newValues.contiguous())
        }
        return (keys!, values!)
    }
}

/// The decoder's caches: per layer, one for self-attention and one for cross-attention.
public final class T5DecoderCache {
    public let selfAttention: [T5AttentionCache]
    public let crossAttention: [T5AttentionCache]

    public init(layers: Int) {
        selfAttention = (0..<layers).map { _ in T5AttentionCache() }
        crossAttention = (0..<layers).map { _ in T5AttentionCache() }
    }

    /// Tokens already decoded (the query offset of the next step).
    public var length: Int { selfAttention.first?.length ?? 0 }
}

private extension Float {
    var reciprocal: Float { 1 / self }
}
