/// Masked statistics with trl's definitions (trl.core masked_mean, masked_var, masked_whiten).
extension Tensor {
    /// Σ(values·mask) / Σ mask, over `dim` when given, else over everything.
    public static func maskedMean(_ values: Tensor, mask: Tensor, dim: Int? = nil) throws -> Tensor {
        let weights = mask.float()
        guard let dim else { return try (values * weights).sum() / weights.sum() }
        return try (values * weights).sum(dim: dim) / weights.sum(dim: dim)
    }

    /// The masked variance about the masked mean; `unbiased` multiplies by n/(n−1), n = Σ mask.
    /// Like trl, fails when the mask is empty (and gives inf when n is 1).
    public static func maskedVariance(_ values: Tensor, mask: Tensor, unbiased: Bool = true) throws -> Tensor {
        let mean = try maskedMean(values, mask: mask)
        let variance = try maskedMean((values - mean).square(), mask: mask)
        guard unbiased else { return variance }
        let count = try mask.float().sum().item()
        guard count != 0 else {
            throw TensorError("masked_var", "The sum of the mask is zero, which can happen when `mini_batch_size=1`;try increase the `mini_batch_size` or `gradient_accumulation_steps`")
        }
        return variance * Float(count / (count - 1))
    }

    /// `(values − mean) / sqrt(var + 1e-8)` with masked statistics; adds the mean back when
    /// `shiftMean` is false.
    public static func maskedWhiten(_ values: Tensor, mask: Tensor, shiftMean: Bool = true) throws -> Tensor {
        let mean = try maskedMean(values, mask: mask), variance = try maskedVariance(values, mask: mask)
        let whitened = try (values - mean) * (variance + 1e-8).rsqrt()
        return shiftMean ? whitened : try whitened + mean
    }
}
