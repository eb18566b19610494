import LabTensor

extension PPO {
    /// Generalized advantage estimation over the response tokens (trl's `compute_advantages`).
    ///
    /// Values and rewards are masked first (and the rewards whitened, keeping their mean, when
    /// `whitenRewards`). Then, backwards over t with `V_T = 0`:
    /// ```
    /// δ_t = r_t + γ·V_{t+1} − V_t
    /// A_t = δ_t + γλ·A_{t+1}
    /// ```
    /// Returns are `A + V`; the advantages are then whitened over the mask.
    ///
    /// - Parameters: values, rewards, masks: `[B, T]`.
    /// - Returns: the masked values, the whitened advantages and the returns, each `[B, T]`.
    public static func computeAdvantages(values: Tensor, rewards: Tensor, masks: Tensor, gamma: Double, lam: Double,
                                         whitenRewards: Bool) throws -> (values: Tensor, advantages: Tensor, returns: Tensor)
    {
        guard values.shape == masks.shape, rewards.shape == masks.shape, masks.rank == 2 else {
            throw PPOError.invalidInput("compute_advantages: values \(values.shape), rewards \(rewards.shape) and masks \(masks.shape) must share one [B, T] shape")
        }
        let maskedValues = try values * masks
        var maskedRewards = try rewards * masks
        if whitenRewards { maskedRewards = try Tensor.maskedWhiten(maskedRewards, mask: masks, shiftMean: false) }

        let (batch, length) = (masks.shape[0], masks.shape[1])
        let v = maskedValues.toFloatArray(), r = maskedRewards.toFloatArray()
        let discount = Float(gamma), trace = Float(gamma * lam)
        var advantages = [Float](repeating: 0, count: batch * length)
        for sample in 0..<batch {
            let row = sample * length
            var lastGAE: Float = 0
            for t in stride(from: length - 1, through: 0, by: -1) {
                let nextValue = t < length - 1 ? v[row + t + 1] : 0
                let delta = r[row + t] + discount * nextValue - v[row + t]
                lastGAE = delta + trace * lastGAE
                advantages[row + t] = lastGAE
            }
        }
        let rawAdvantages = try Tensor(advantages, shape: masks.shape)
        let returns = try rawAdvantages + maskedValues
        let whitened = try Tensor.maskedWhiten(rawAdvantages, mask: masks)
        return (maskedValues, whitened, returns)
    }
}
