/// Scaled dot-product attention for the transformer blocks, composed from the strided matmul and
/// fused softmax so its backward comes from theirs.
extension Tensor {
    /// `softmax(q·kᵀ·scale + bias) · v`, optionally with dropout on the attention weights.
    ///
    /// Shapes: query `[B, H, Tq, D]`, key `[B, H, Tk, D]`, value `[B, H, Tk, Dv]`; `bias` is additive
    /// and broadcasts to `[B, H, Tq, Tk]` (T5's position bias plus the padding mask; a large negative
    /// value masks a key). Result `[B, H, Tq, Dv]`. `kᵀ` is read through strides, not copied.
    /// T5 uses `scale` 1; BERT-style models use 1/√D.
    public static func scaledDotProductAttention(query: Tensor, key: Tensor, value: Tensor, bias: Tensor? = nil,
                                                 scale: Float = 1) throws -> Tensor {
        try attentionWeights(query: query, key: key, bias: bias, scale: scale).matmul(value)
    }

    /// As above, with dropout of probability `dropout` on the attention weights when `training`.
    public static func scaledDotProductAttention(query: Tensor, key: Tensor, value: Tensor, bias: Tensor? = nil,
                                                 scale: Float = 1, dropout: Float, training: Bool,
                                                 generator: inout RandomGenerator) throws -> Tensor {
        let weights = try attentionWeights(query: query, key: key, bias: bias, scale: scale)
        return try weights.dropout(p: dropout, training: training, generator: &generator).matmul(value)
    }

    /// softmax(q·kᵀ·scale + bias) over the keys.
    private static func attentionWeights(query: Tensor, key: Tensor, bias: Tensor?, scale: Float) throws -> Tensor {
        guard query.rank >= 2, key.rank >= 2, query.shape.last == key.shape.last else {
            throw TensorError("attention", "query \(query.shape) and key \(key.shape) must end in the same head dim")
        }
        return try query.matmul(key.mT()).scaledSoftmax(scale: scale, bias: bias)
    }

    /// softmax(self·scale + bias) over the last dim as one op: the scaled, biased scores are a
    /// temporary, and only the output is kept for backward (dz = y·(g − Σ g·y); dself = scale·dz;
    /// dbias = dz summed to the bias's shape).
    func scaledSoftmax(scale: Float, bias: Tensor?) throws -> Tensor {
        var scores = detached()
        if scale != 1 { scores = scores * scale }
        if let bias { scores = try scores + bias.detached() }
        let out = try scores.softmax(dim: -1)
        let biasShape = bias?.shape
        var inputs = [self]
        if let bias { inputs.append(bias) }
        return Tensor.record(out, "softmax", inputs) { g, needs in
            let dz = softmaxBackward(g, out)
            var grads: [Tensor?] = [needs[0] ? (scale == 1 ? dz : dz * scale) : nil]
            if let biasShape { grads.append(needs[1] ? try dz.sumToShape(biasShape) : nil) }
            return grads
        }
    }
}
