import LabNN
import LabTensor

/// Multi-head self-attention: query, key and value projections, softmax(q·kᵀ/√D + mask)·v.
public final class RobertaSelfAttention: Module {
    public let config: RobertaConfig
    private let dropoutSource: RandomSource

    public init(_ config: RobertaConfig, weights: inout WeightInitializer, dropoutSource: RandomSource) throws {
        self.config = config
        self.dropoutSource = dropoutSource
        super.init()
        for name in ["query", "key", "value"] {
            registerModule(name, try robertaLinear(config.hiddenSize, config.hiddenSize, config, &weights))
        }
        registerModule("dropout", Dropout(p: config.attentionProbsDropoutProb, source: dropoutSource))
    }

    /// transformers 4.46 builds the SDPA variant by default; the name is what a printed model shows.
    public override var typeName: String { "RobertaSdpaSelfAttention" }

    /// `x [B, T, C]`, `maskBias [B, 1, 1, T]` (0 or a large negative per key) → `[B, T, C]`.
    public func callAsFunction(_ x: Tensor, maskBias: Tensor?) throws -> Tensor {
        let (b, t) = (x.shape[0], x.shape[1])
        let (nh, hd) = (config.numAttentionHeads, config.headDim)
        func heads(_ name: String) throws -> Tensor {                   // [B, NH, T, HD]
            try layer(name).forward(x).reshape([b, t, nh, hd]).permute([0, 2, 1, 3])
        }
        let y = try Tensor.scaledDotProductAttention(
            query: heads("query"), key: heads("key"), value: heads("value"), bias: maskBias,
            scale: 1 / Float(hd).squareRoot(), dropout: config.attentionProbsDropoutProb, training: isTraining,
            generator: &dropoutSource.generator)                         // [B, NH, T, HD]
        return try y.permute([0, 2, 1, 3]).reshape([b, t, nh * hd])
    }
}

/// A projection, dropout and the residual sum, then LayerNorm (post-LN): used after attention
/// (`RobertaSelfOutput`) and after the feed-forward layer (`RobertaOutput`).
public final class RobertaResidualOutput: Module {
    private let name: String

    init(name: String, inFeatures: Int, _ config: RobertaConfig, weights: inout WeightInitializer,
         dropoutSource: RandomSource) throws {
        self.name = name
        super.init()
        registerModule("dense", try robertaLinear(inFeatures, config.hiddenSize, config, &weights))
        registerModule("LayerNorm", try LayerNorm(config.hiddenSize, eps: config.layerNormEps))
        registerModule("dropout", Dropout(p: config.hiddenDropoutProb, source: dropoutSource))
    }

    public override var typeName: String { name }

    /// `LayerNorm(dropout(dense(x)) + residual)`: `x [B, T, in]`, `residual [B, T, C]` → `[B, T, C]`.
    public func callAsFunction(_ x: Tensor, residual: Tensor) throws -> Tensor {
        let y = try layer("dropout").forward(layer("dense").forward(x))
        return try layer("LayerNorm").forward(y + residual)
    }
}

/// Self-attention followed by its output projection and post-LN residual.
public final class RobertaAttention: Module {
    public init(_ config: RobertaConfig, weights: inout WeightInitializer, dropoutSource: RandomSource) throws {
        super.init()
        registerModule("self", try RobertaSelfAttention(config, weights: &weights, dropoutSource: dropoutSource))
        registerModule("output", try RobertaResidualOutput(name: "RobertaSelfOutput", inFeatures: config.hiddenSize,
                                                           config, weights: &weights, dropoutSource: dropoutSource))
    }

    /// `[B, T, C]` → `[B, T, C]`.
    public func callAsFunction(_ x: Tensor, maskBias: Tensor?) throws -> Tensor {
        guard let attention = child("self") as? RobertaSelfAttention,
              let output = child("output") as? RobertaResidualOutput else { fatalError("RobertaAttention lost a child") }
        return try output(attention(x, maskBias: maskBias), residual: x)
    }
}

/// A Linear with BERT's init: weights from N(0, initializer_range), zero bias.
func robertaLinear(_ inFeatures: Int, _ outFeatures: Int, _ config: RobertaConfig,
                   _ weights: inout WeightInitializer) throws -> Linear {
    Linear(weight: try weights.normal([outFeatures, inFeatures], std: config.initializerRange),
           bias: try weights.constant([outFeatures], 0))
}
