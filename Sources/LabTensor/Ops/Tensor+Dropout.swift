/// Dropout with inverted scaling: in training, each element is zeroed with probability `p` and the
/// survivors are scaled by 1/(1−p), so the expected value is unchanged; in eval it is the identity.
extension Tensor {
    /// Dropout drawing its mask from `generator` (one uniform per element, row-major).
    public func dropout(p: Float, training: Bool, generator: inout RandomGenerator) throws -> Tensor {
        try Self.checkDropout(Double(p))
        guard training, p > 0 else { return self }
        if p == 1 { return self * 0 }
        return try scaled(keeping: try generator.bernoulli(shape, p: 1 - p), by: 1 / (1 - p))
    }

    /// Dropout as PyTorch computes it on a CPU (`F.dropout`): a keep mask from `bernoulli_(1 − p)`,
    /// one double uniform per element, and survivors scaled by the float32 quotient 1 / (1 − p).
    public func dropout(p: Double, training: Bool, generator: inout TorchGenerator) throws -> Tensor {
        try Self.checkDropout(p)
        guard training, p > 0 else { return self }
        if p == 1 { return self * 0 }
        return try scaled(keeping: try generator.bernoulli(shape, p: 1 - p), by: 1 / Float(1 - p))
    }

    private static func checkDropout(_ p: Double) throws {
        guard p >= 0, p <= 1 else { throw TensorError("dropout", "dropout probability has to be between 0 and 1, but got \(p)") }
    }

    /// `self` times `scale` where `keep` is true and times 0 elsewhere.
    private func scaled(keeping keep: Tensor, by scale: Float) throws -> Tensor {
        let factors = Tensor.makeFloat(shape) { f in
            let mask = keep.storage.bools
            for i in 0..<keep.scalarCount { f[i] = mask[i] ? scale : 0 }
        }
        return try self * factors
    }
}
