import LabNN
import LabTensor

/// T5's feed-forward network: `wo(dropout(act(wi(x))))`, or in the gated form (FLAN-T5)
/// `wo(dropout(act(wi_0(x)) · wi_1(x)))`. Printed as transformers' `T5DenseActDense` /
/// `T5DenseGatedActDense`.
final class T5DenseFeedForward: Module, UnaryLayer {
    let gated: Bool

    init(_ config: T5Config, weights: inout WeightInitializer, randomSource: RandomSource) throws {
        let (gated, activationName) = try config.feedForward()
        self.gated = gated
        super.init()
        let (d, ff, factor) = (config.dModel, config.dFF, config.initializerFactor)
        let inStd = factor / Float(d).squareRoot(), outStd = factor / Float(ff).squareRoot()
        for name in gated ? ["wi_0", "wi_1"] : ["wi"] {
            registerModule(name, Linear(weight: try weights.normal([ff, d], std: inStd)))
        }
        registerModule("wo", Linear(weight: try weights.normal([d, ff], std: outStd)))
        registerModule("dropout", Dropout(p: config.dropoutRate, source: randomSource))
        registerModule("act", ActivationLayer(try Activation(named: activationName)))
    }

    override var typeName: String { gated ? "T5DenseGatedActDense" : "T5DenseActDense" }

    /// `[B, T, C] → [B, T, C]` through `[B, T, d_ff]`.
    func forward(_ x: Tensor) throws -> Tensor {
        var h = gated ? try layer("act").forward(layer("wi_0").forward(x)) * layer("wi_1").forward(x)
                      : try layer("act").forward(layer("wi").forward(x))
        h = try layer("dropout").forward(h)
        return try layer("wo").forward(h)
    }
}

/// Pre-norm residual feed-forward sublayer: `x + dropout(ff(norm(x)))`.
final class T5LayerFF: Module, UnaryLayer {
    init(_ config: T5Config, weights: inout WeightInitializer, randomSource: RandomSource) throws {
        super.init()
        registerModule("DenseReluDense", try T5DenseFeedForward(config, weights: &weights, randomSource: randomSource))
        registerModule("layer_norm", T5LayerNorm(weight: try weights.constant([config.dModel], 1), eps: config.layerNormEpsilon))
        registerModule("dropout", Dropout(p: config.dropoutRate, source: randomSource))
    }

    func forward(_ x: Tensor) throws -> Tensor {
        let h = try layer("DenseReluDense").forward(layer("layer_norm").forward(x))
        return try x + layer("dropout").forward(h)
    }
}
