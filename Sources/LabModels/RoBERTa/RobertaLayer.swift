import LabNN
import LabTensor

/// The feed-forward expansion: `act(dense(x))`, `[B, T, C] → [B, T, intermediate_size]`.
public final class RobertaIntermediate: Module {
    public init(_ config: RobertaConfig, weights: inout WeightInitializer) throws {
        super.init()
        registerModule("dense", try robertaLinear(config.hiddenSize, config.intermediateSize, config, &weights))
        registerModule("intermediate_act_fn", ActivationLayer(try Activation(named: config.hiddenAct)))
    }

    public func callAsFunction(_ x: Tensor) throws -> Tensor {
        try layer("intermediate_act_fn").forward(layer("dense").forward(x))
    }
}

/// One post-LN encoder block: attention (+ residual, LayerNorm), then feed-forward (+ residual, LayerNorm).
public final class RobertaLayer: Module {
    public init(_ config: RobertaConfig, weights: inout WeightInitializer, dropoutSource: RandomSource) throws {
        super.init()
        registerModule("attention", try RobertaAttention(config, weights: &weights, dropoutSource: dropoutSource))
        registerModule("intermediate", try RobertaIntermediate(config, weights: &weights))
        registerModule("output", try RobertaResidualOutput(name: "RobertaOutput", inFeatures: config.intermediateSize,
                                                           config, weights: &weights, dropoutSource: dropoutSource))
    }

    /// `[B, T, C]` → `[B, T, C]`.
    public func callAsFunction(_ x: Tensor, maskBias: Tensor?) throws -> Tensor {
        guard let attention = child("attention") as? RobertaAttention,
              let intermediate = child("intermediate") as? RobertaIntermediate,
              let output = child("output") as? RobertaResidualOutput else { fatalError("RobertaLayer lost a child") }
        let h = try attention(x, maskBias: maskBias)
        return try output(intermediate(h), residual: h)
    }
}

/// The stack of encoder blocks, `layer.0` … `layer.{n-1}`.
public final class RobertaEncoder: Module {
    public init(_ config: RobertaConfig, weights: inout WeightInitializer, dropoutSource: RandomSource) throws {
        super.init()
        let layers = try (0..<config.numHiddenLayers).map { _ in
            try RobertaLayer(config, weights: &weights, dropoutSource: dropoutSource)
        }
        registerModule("layer", ModuleList(layers))
    }

    /// `[B, T, C]` → `[B, T, C]`.
    public func callAsFunction(_ x: Tensor, maskBias: Tensor?) throws -> Tensor {
        guard let layers = child("layer") as? ModuleList<RobertaLayer> else { fatalError("RobertaEncoder lost its layers") }
        var h = x
        for block in layers.elements { h = try block(h, maskBias: maskBias) }
        return h
    }
}
