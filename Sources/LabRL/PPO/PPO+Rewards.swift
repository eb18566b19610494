import LabTensor

extension PPO {
    /// The per-token KL penalty between the policy and the reference (trl's `_kl_penalty`).
    ///
    /// - Parameters:
    ///   - logprobs: the policy's log-probabilities of the sampled tokens, `[B, T]`; for `.full`,
    ///     its log-softmax over the vocabulary, `[B, T, V]`.
    ///   - refLogprobs: the reference's, shaped like `logprobs`.
    /// - Returns: `[B, T]`.
    public static func klPenalty(_ mode: PPOConfig.KLPenalty, logprobs: Tensor, refLogprobs: Tensor) throws -> Tensor {
        let difference = try logprobs - refLogprobs
        switch mode {
        case .kl: return difference
        case .abs: return difference.abs()
        case .mse: return 0.5 * difference.square()
        case .full:
            // KL(π‖π_ref) = Σ_v π(v)·(log π(v) − log π_ref(v)), as F.kl_div(ref, logp, log_target=True).
            return try (logprobs.exp() * difference).sum(dim: -1)
        }
    }

    /// Per-token rewards: the KL penalty `−β·kl` at every position, plus the score at the last
    /// position the mask keeps (trl's `compute_rewards`).
    ///
    /// - Parameters:
    ///   - scores: one score per sample, `[B]`.
    ///   - logprobs, refLogprobs: as in ``klPenalty(_:logprobs:refLogprobs:)``.
    ///   - masks: `[B, T]`.
    ///   - klCoef: β, the KL controller's current value.
    /// - Returns: rewards, non-score rewards (`−β·kl`) and the KL penalties, each `[B, T]`.
    public static func computeRewards(scores: Tensor, logprobs: Tensor, refLogprobs: Tensor, masks: Tensor,
                                      klCoef: Double, klPenalty mode: PPOConfig.KLPenalty) throws
        -> (rewards: Tensor, nonScoreRewards: Tensor, kls: Tensor)
    {
        let kls = try klPenalty(mode, logprobs: logprobs, refLogprobs: refLogprobs)
        guard kls.shape == masks.shape, scores.shape == [masks.shape[0]] else {
            throw PPOError.invalidInput("compute_rewards: scores \(scores.shape), KL \(kls.shape) and masks \(masks.shape) do not fit together")
        }
        let nonScoreRewards = kls * Float(-klCoef)
        let length = masks.shape[1], maskValues = masks.toFloatArray(), scoreValues = scores.toFloatArray()
        var rewards = nonScoreRewards.toFloatArray()
        for sample in 0..<masks.shape[0] {
            // Reward is the preference model's score at the last kept token, plus the KL penalty.
            let row = sample * length
            guard let last = (0..<length).last(where: { maskValues[row + $0] != 0 }) else {
                throw PPOError.emptyResponseMask(sample: sample)
            }
            rewards[row + last] += scoreValues[sample]
        }
        return (try Tensor(rewards, shape: masks.shape), nonScoreRewards, kls)
    }
}
