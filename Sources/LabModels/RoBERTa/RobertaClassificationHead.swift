import LabNN
import LabTensor

/// The sentence classifier on the `<s>` token: dropout → dense → tanh → dropout → out_proj.
public final class RobertaClassificationHead: Module {
    public init(_ config: RobertaConfig, weights: inout WeightInitializer, dropoutSource: RandomSource) throws {
        super.init()
        registerModule("dense", try robertaLinear(config.hiddenSize, config.hiddenSize, config, &weights))
        registerModule("dropout", Dropout(p: config.classifierDropout ?? config.hiddenDropoutProb, source: dropoutSource))
        registerModule("out_proj", try robertaLinear(config.hiddenSize, config.numLabels, config, &weights))
    }

    /// `hidden [B, T, C]` → logits `[B, num_labels]`, read from position 0.
    public func callAsFunction(_ hidden: Tensor) throws -> Tensor {
        var x = try hidden.select(dim: 1, index: 0)                     // [B, C]
        x = try layer("dropout").forward(x)
        x = try layer("dense").forward(x).tanh()
        x = try layer("dropout").forward(x)
        return try layer("out_proj").forward(x)                                  // [B, num_labels]
    }
}
