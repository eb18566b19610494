import LabScript
import LabTensor

/// `F.scaled_dot_product_attention`: PyTorch's masks (`attn_mask` bool, where True takes part, or
/// float, added to the scores; `is_causal`) turned into the engine's additive bias.
enum Attention {
    /// Shapes: query `[..., L, E]`, key `[..., S, E]`, value `[..., S, Ev]`; result `[..., L, Ev]`.
    static func scaledDotProduct(_ a: Args, _ random: SessionRandom) throws -> Value {
        let q = try Functional.tensor(a["query"]), k = try Functional.tensor(a["key"]), v = try Functional.tensor(a["value"])
        guard q.rank >= 2, k.rank >= 2 else { throw PyException.runtimeError("scaled_dot_product_attention: query and key need at least 2 dimensions") }
        let (queries, keys) = (q.shape[q.rank - 2], k.shape[k.rank - 2])
        let scale = a.optional("scale") != nil ? Float(try a.double("scale")) : 1 / Float(q.shape[q.rank - 1]).squareRoot()
        var bias: Tensor?
        if try a.bool("is_causal") {
            guard a.optional("attn_mask") == nil else {
                throw PyException.runtimeError("_scaled_dot_product_attention: Explicit attn_mask should not be set when is_causal=True")
            }
            bias = try torchCall { try additive(Tensor.full([queries, keys], 1).converted(to: .bool).tril()) }
        } else if let mask = a.optional("attn_mask") {
            let m = try Functional.tensor(mask)
            bias = m.dtype == .bool ? try torchCall { try additive(m) } : m.floatingPoint()
        }
        let dropout = Float(try a.double("dropout_p"))
        return .tensor(try torchCall {
            let out = try Tensor.scaledDotProductAttention(query: q.floatingPoint(), key: k.floatingPoint(), value: v.floatingPoint(), bias: bias, scale: scale,
                                                           dropout: dropout, training: dropout > 0, generator: &random.models)
            // PyTorch's CPU kernel takes 4-d input; other ranks are viewed to 4-d and back.
            return out.recordedAs(q.rank == 4 ? "ScaledDotProductFlashAttentionForCpuBackward0" : "SqueezeBackward1")
        })
    }

    /// 0 where `mask` is true, -inf where it is false.
    private static func additive(_ mask: Tensor) throws -> Tensor {
        try Tensor.where(mask, Tensor(0), Tensor(-Float.infinity))
    }
}
