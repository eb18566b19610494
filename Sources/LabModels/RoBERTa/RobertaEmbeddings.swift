import LabNN
import LabTensor

/// Word + learned position + token type embeddings, then LayerNorm and dropout.
///
/// Positions carry RoBERTa's padding offset: a real token's position id is `padding_idx` plus its
/// rank among the row's real tokens (so the first is `padding_idx + 1`), and padding gets `padding_idx`.
public final class RobertaEmbeddings: Module {
    public let config: RobertaConfig

    public init(_ config: RobertaConfig, weights: inout WeightInitializer, dropoutSource: RandomSource) throws {
        self.config = config
        super.init()
        let std = config.initializerRange
        let words = Embedding(weight: try weights.normal([config.vocabSize, config.hiddenSize], std: std))
        let positions = Embedding(weight: try weights.normal([config.maxPositionEmbeddings, config.hiddenSize], std: std))
        for table in [words, positions] { table.paddingIndex = config.padTokenId }
        registerModule("word_embeddings", words)
        registerModule("position_embeddings", positions)
        registerModule("token_type_embeddings",
                       Embedding(weight: try weights.normal([config.typeVocabSize, config.hiddenSize], std: std)))
        registerModule("LayerNorm", try LayerNorm(config.hiddenSize, eps: config.layerNormEps))
        registerModule("dropout", Dropout(p: config.hiddenDropoutProb, source: dropoutSource))
    }

    private func table(_ name: String) -> Embedding {
        guard let embedding = child(name) as? Embedding else { fatalError("RobertaEmbeddings lost its \(name)") }
        return embedding
    }

    /// `inputIDs [B, T]`, `tokenTypeIDs [B, T]` (zeros when `nil`) → `[B, T, C]`.
    public func callAsFunction(inputIDs: Tensor, tokenTypeIDs: Tensor?) throws -> Tensor {
        let positions = try positionIDs(inputIDs)
        let types = try tokenTypeIDs ?? Tensor(int64: [Int64](repeating: 0, count: inputIDs.scalarCount), shape: inputIDs.shape)
        var x = try table("word_embeddings")(inputIDs)                    // [B, T, C]
        x = try x + table("token_type_embeddings")(types)
        x = try x + table("position_embeddings")(positions)
        x = try layer("LayerNorm").forward(x)
        return try layer("dropout").forward(x)
    }

    /// `cumsum(ids != pad) * (ids != pad) + pad`, row by row: `[B, T]` int64.
    public func positionIDs(_ inputIDs: Tensor) throws -> Tensor {
        guard inputIDs.rank == 2 else {
            throw TensorError("RobertaEmbeddings", "input_ids must be [batch, length], got \(inputIDs.shape)")
        }
        let ids = inputIDs.toInt64Array(), length = inputIDs.shape[1], pad = Int64(config.padTokenId)
        var positions = [Int64](repeating: pad, count: ids.count)
        for row in 0..<inputIDs.shape[0] {
            var rank: Int64 = 0
            for t in 0..<length where ids[row * length + t] != pad {
                rank += 1
                positions[row * length + t] = pad + rank
            }
            if pad + rank >= config.maxPositionEmbeddings {
                throw TensorError("RobertaEmbeddings", "row \(row) has \(rank) tokens; this model takes at most \(config.maxPositionEmbeddings - config.padTokenId - 1)")
            }
        }
        return try Tensor(int64: positions, shape: inputIDs.shape)
    }
}
