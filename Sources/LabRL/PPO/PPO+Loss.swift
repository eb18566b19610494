import LabTensor

extension PPO {
    /// The clip ranges and weights the loss uses (from ``PPOConfig``).
    public struct LossSettings: Equatable, Sendable {
        public var cliprange: Double
        public var cliprangeValue: Double
        public var vfCoef: Double
        public var ratioThreshold: Double

        public init(cliprange: Double = 0.2, cliprangeValue: Double = 0.2, vfCoef: Double = 0.1, ratioThreshold: Double = 10) {
            (self.cliprange, self.cliprangeValue, self.vfCoef, self.ratioThreshold) = (cliprange, cliprangeValue, vfCoef, ratioThreshold)
        }

        public init(_ config: PPOConfig) {
            self.init(cliprange: config.cliprange, cliprangeValue: config.cliprangeValue, vfCoef: config.vfCoef,
                      ratioThreshold: config.ratioThreshold)
        }
    }

    /// The two loss terms of a minibatch and the statistics trl reports for it.
    public struct LossOutput {
        /// The clipped policy loss (scalar, differentiable).
        public var policyLoss: Tensor
        /// `vf_coef ×` the clipped value loss (scalar, differentiable).
        public var valueLoss: Tensor
        /// trl's per-minibatch stats (detached), keyed `loss/policy`, `policy/entropy`, `val/vpred`, ...
        public var stats: [(key: String, value: Tensor)]
        /// The minibatch's mean ratio, when it exceeded the threshold and the loss was zeroed.
        public var skippedRatio: Double?
    }

    /// The PPO loss of one minibatch (trl's `PPOTrainer.loss`).
    ///
    /// - Parameters:
    ///   - oldLogprobs, values: the rollout's log-probabilities and values, `[B, T]`.
    ///   - logits: the current policy's logits, `[B, T, V]` (for the entropy stat).
    ///   - vpreds, logprobs: the current values and log-probabilities, `[B, T]`, differentiable.
    ///   - masks, advantages, returns: `[B, T]`.
    /// - Returns: the loss terms; both are multiplied by 0 when the minibatch's mean ratio exceeds
    ///   `ratioThreshold` (trl skips such outlier batches this way, and warns).
    public static func loss(oldLogprobs: Tensor, values: Tensor, logits: Tensor, vpreds: Tensor, logprobs: Tensor,
                            masks: Tensor, advantages: Tensor, returns: Tensor, settings: LossSettings) throws -> LossOutput
    {
        // Value loss: the worse of the unclipped and clipped squared errors.
        let vpredClipped = try Tensor.maximum(Tensor.minimum(vpreds, values + Float(settings.cliprangeValue)),
                                              values - Float(settings.cliprangeValue))
        let vfLosses1 = try (vpreds - returns).square()
        let vfLosses2 = try (vpredClipped - returns).square()
        var vfLoss = try 0.5 * Tensor.maskedMean(Tensor.maximum(vfLosses1, vfLosses2), mask: masks)
        let vfClipfrac = try Tensor.maskedMean(vfLosses2.compare(.greater, vfLosses1).float(), mask: masks)

        // Policy loss: the worse of the unclipped and clipped ratio objectives.
        let ratio = try (logprobs - oldLogprobs).exp()
        let pgLosses = try -advantages * ratio
        let pgLosses2 = try -advantages * ratio.clamp(min: Float(1 - settings.cliprange), max: Float(1 + settings.cliprange))
        var pgLoss = try Tensor.maskedMean(Tensor.maximum(pgLosses, pgLosses2), mask: masks)
        let pgClipfrac = try Tensor.maskedMean(pgLosses2.compare(.greater, pgLosses).float(), mask: masks)

        var loss = try pgLoss + Float(settings.vfCoef) * vfLoss

        // Ratio guard: an outlier minibatch contributes nothing.
        let averageRatio = try Tensor.maskedMean(ratio, mask: masks).item()
        if averageRatio > settings.ratioThreshold {
            pgLoss = pgLoss * 0
            vfLoss = vfLoss * 0
            loss = loss * 0
        }

        let stats: [(key: String, value: Tensor)] = try withNoGrad {
            let entropy = try Tensor.maskedMean(logits.entropyFromLogits(), mask: masks)
            let approxKL = try 0.5 * Tensor.maskedMean((logprobs - oldLogprobs).square(), mask: masks)
            let policyKL = try Tensor.maskedMean(oldLogprobs - logprobs, mask: masks)
            return [
                ("loss/policy", pgLoss), ("loss/value", vfLoss), ("loss/total", loss),
                ("policy/entropy", entropy), ("policy/approxkl", approxKL), ("policy/policykl", policyKL),
                ("policy/clipfrac", pgClipfrac), ("policy/advantages", advantages),
                ("policy/advantages_mean", try Tensor.maskedMean(advantages, mask: masks)), ("policy/ratio", ratio),
                ("returns/mean", try Tensor.maskedMean(returns, mask: masks)),
                ("returns/var", try Tensor.maskedVariance(returns, mask: masks)),
                ("val/vpred", try Tensor.maskedMean(vpreds, mask: masks)),
                ("val/error", try Tensor.maskedMean((vpreds - returns).square(), mask: masks)),
                ("val/clipfrac", vfClipfrac),
                ("val/mean", try Tensor.maskedMean(values, mask: masks)),
                ("val/var", try Tensor.maskedVariance(values, mask: masks)),
            ].map { ($0.0, $0.1.detached()) }
        }
        return LossOutput(policyLoss: pgLoss, valueLoss: Float(settings.vfCoef) * vfLoss, stats: stats,
                          skippedRatio: averageRatio > settings.ratioThreshold ? averageRatio : nil)
    }
}
