import LabNN
import LabTensor

/// RoBERTa's embeddings and encoder (`RobertaModel` without its pooler, as the classifier builds it).
public final class RobertaModel: Module {
    public init(_ config: RobertaConfig, weights: inout WeightInitializer, dropoutSource: RandomSource) throws {
        super.init()
        registerModule("embeddings", try RobertaEmbeddings(config, weights: &weights, dropoutSource: dropoutSource))
        registerModule("encoder", try RobertaEncoder(config, weights: &weights, dropoutSource: dropoutSource))
    }

    /// `inputIDs [B, T]`, `attentionMask [B, T]` (1 = token, 0 = padding; all ones when `nil`) → `[B, T, C]`.
    public func callAsFunction(inputIDs: Tensor, attentionMask: Tensor?, tokenTypeIDs: Tensor?) throws -> Tensor {
        guard let embeddings = child("embeddings") as? RobertaEmbeddings,
              let encoder = child("encoder") as? RobertaEncoder else { fatalError("RobertaModel lost a child") }
        let x = try embeddings(inputIDs: inputIDs, tokenTypeIDs: tokenTypeIDs)
        return try encoder(x, maskBias: attentionMask.map { try Self.maskBias($0, shape: inputIDs.shape) })
    }

    /// `(1 - mask) · finfo(float32).min`, shaped `[B, 1, 1, T]` to broadcast over heads and queries.
    static func maskBias(_ mask: Tensor, shape: [Int]) throws -> Tensor {
        guard mask.shape == shape else {
            throw TensorError("RobertaModel", "attention_mask \(mask.shape) must match input_ids \(shape)")
        }
        let bias = mask.float().toFloatArray().map { $0 == 0 ? -Float.greatestFiniteMagnitude : 0 }
        return try Tensor(bias, shape: [shape[0], 1, 1, shape[1]])
    }
}

/// `RobertaForSequenceClassification`: the encoder and a classification head on `<s>`.
///
/// Parameter names are transformers' (`roberta.encoder.layer.0.attention.self.query.weight`,
/// `classifier.out_proj.bias`), so checkpoints load by name.
public final class RobertaForSequenceClassification: Module {
    public let config: RobertaConfig
    /// The stream the dropout layers draw from.
    public let dropoutSource: RandomSource

    /// A new model with BERT's init (N(0, initializer_range) weights, zero biases, unit LayerNorms)
    /// drawn from `weights`, or shapes only with a meta initializer; dropout draws from `dropoutSeed`.
    public init(_ config: RobertaConfig, weights: WeightInitializer = WeightInitializer(seed: 0), dropoutSeed: UInt64 = 0) throws {
        try config.validate(file: "RobertaConfig")
        self.config = config
        dropoutSource = RandomSource(seed: dropoutSeed)
        var weights = weights
        super.init()
        registerModule("roberta", try RobertaModel(config, weights: &weights, dropoutSource: dropoutSource))
        registerModule("classifier", try RobertaClassificationHead(config, weights: &weights, dropoutSource: dropoutSource))
    }

    /// Logits `[B, num_labels]` for `inputIDs [B, T]`.
    public func callAsFunction(inputIDs: Tensor, attentionMask: Tensor? = nil, tokenTypeIDs: Tensor? = nil) throws -> Tensor {
        guard let roberta = child("roberta") as? RobertaModel,
              let classifier = child("classifier") as? RobertaClassificationHead else {
            fatalError("RobertaForSequenceClassification lost a child")
        }
        let hidden = try roberta(inputIDs: inputIDs, attentionMask: attentionMask, tokenTypeIDs: tokenTypeIDs)
        return try classifier(hidden)
    }
}
