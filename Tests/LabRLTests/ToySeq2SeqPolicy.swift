import LabRL
import LabTensor

/// A tiny encoder-decoder language model with a value head, the same as the toy model of
/// scripts/fixtures/ppo/make_step_fixtures.py:
/// ```
/// context = masked mean of encEmb[input_ids]                       [B, H]
/// h       = tanh(decEmb[decoder_input_ids] + context)              [B, T, H]
/// logits  = h·lmWᵀ + lmB,   values = h·vWᵀ + vB                    [B, T, V], [B, T]
/// ```
final class ToySeq2SeqPolicy: PPOPolicy {
    static let parameterNames = ["enc_emb", "dec_emb", "lm_w", "lm_b", "v_w", "v_b"]
    let weights: [String: Parameter]

    init(weights: [String: Tensor]) {
        self.weights = weights.mapValues { Parameter($0) }
    }

    /// Random weights drawn from `generator`.
    convenience init(vocabulary: Int, hidden: Int, generator: inout RandomGenerator) throws {
        let shapes = ["enc_emb": [vocabulary, hidden], "dec_emb": [vocabulary, hidden], "lm_w": [vocabulary, hidden],
                      "lm_b": [vocabulary], "v_w": [1, hidden], "v_b": [1]]
        var weights: [String: Tensor] = [:]
        for name in Self.parameterNames { weights[name] = try generator.normal(shapes[name]!, std: 0.5) }
        self.init(weights: weights)
    }

    var trainableParameters: [Parameter] { Self.parameterNames.map { weights[$0]! } }

    func forward(_ inputs: PPOModelInputs) throws -> (logits: Tensor, values: Tensor) {
        let w = weights.mapValues(\.value)
        let mask = try inputs.attentionMask.float().unsqueeze(-1)
        let context = try (w["enc_emb"]!.embedding(inputs.inputIds) * mask).sum(dim: 1) / mask.sum(dim: 1)
        let h = try (w["dec_emb"]!.embedding(inputs.decoderInputIds) + context.unsqueeze(1)).tanh()
        let logits = try h.linear(weight: w["lm_w"]!, bias: w["lm_b"]!)
        let values = try h.linear(weight: w["v_w"]!, bias: w["v_b"]!).squeeze(-1)
        return (logits, values)
    }
}
