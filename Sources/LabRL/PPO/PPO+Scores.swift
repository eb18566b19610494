import LabTensor

extension PPO {
    /// Score scaling, normalization and clipping, as `PPOTrainer.step` applies them before the rewards.
    ///
    /// With `useScoreScaling`, the running moments take in the batch first; the scores are then
    /// divided by `running.std + ε` (float32 machine epsilon), after subtracting `running.mean` when
    /// `useScoreNorm`. With `scoreClip` c, they are clipped to `[−c, c]`.
    /// (trl 0.11.4 raises an AttributeError on the scaling path, since its RunningMoments keeps
    /// Python floats; this is the computation those lines describe.)
    ///
    /// - Parameter scores: `[B]`.
    /// - Returns: the transformed scores, `[B]`.
    public static func transformScores(_ scores: Tensor, running: inout RunningMoments, useScoreScaling: Bool,
                                       useScoreNorm: Bool, scoreClip: Double?) throws -> Tensor
    {
        var scores = scores
        if useScoreScaling {
            try running.update(scores)
            let factor = Float(running.std) + Float.ulpOfOne
            scores = useScoreNorm ? (scores - Float(running.mean)) / factor : scores / factor
        }
        if let scoreClip { scores = scores.clamp(min: Float(-scoreClip), max: Float(scoreClip)) }
        return scores
    }
}
