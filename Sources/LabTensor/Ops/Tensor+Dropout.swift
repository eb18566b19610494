/// Dropout with inverted scaling: in training, each element is zeroed with probability `p` and the
/// survivors are scaled by 1/(1−p), so the expected value is unchanged; in eval it is the identity.
extension Tensor {
    /// Dropout drawing its mask from `generator` (one uniform per element, row-major).
    public func dropout(p: Float, training: Bool, generator: inout RandomGenerator) throws -> Tensor {
        guard p >= 0, p <= 1 else { throw TensorError("dropout", "dropout probability has to be between 0 and 1, but got \(p)") }
        guard training, p > 0 else { return self }
        if p == 1 { return self * 0 }
        let keep = try generator.bernoulli(shape, p: 1 - p)
        let scale = 1 / (1 - p)
        let factors = Tensor.makeFloat(shape) { f in
            let mask = keep.storage.bools
            for i in 0..<keep.scalarCount { f[i] = mask[i] ? scale : 0 }
        }
        return try self * factors
    }
}
