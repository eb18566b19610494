import LabTensor

/// One statistic of a PPO step: a number, or an array (per-sample KLs, log-probabilities,
/// advantages, ratios, lengths), as trl's step returns them after `convert_to_scalar`.
public enum PPOStatValue {
    case scalar(Double)
    case array(Tensor)

    /// The number, for a scalar statistic.
    public var scalar: Double? {
        if case .scalar(let value) = self { return value }
        return nil
    }
}

/// The statistics of a PPO step under trl's keys (`objective/kl`, `ppo/loss/total`, ...), in trl's order.
public struct PPOStats {
    /// The keys in the order trl's step dict has them.
    public private(set) var keys: [String] = []
    private var values: [String: PPOStatValue] = [:]

    public init() {}

    public subscript(key: String) -> PPOStatValue? {
        get { values[key] }
        set {
            if values[key] == nil, newValue != nil { keys.append(key) }
            if newValue == nil { keys.removeAll { $0 == key } }
            values[key] = newValue
        }
    }

    /// The value of a scalar statistic.
    public func scalar(_ key: String) -> Double? { values[key]?.scalar }
}

extension PPO {
    /// Averages per-minibatch loss stats as trl's `stack_dicts` then `mean(axis=0)` do: each stat
    /// is flattened and averaged across minibatches element by element (a one-element stat gives a
    /// scalar). Advantages and ratios are instead concatenated over all minibatches, the advantages
    /// through `torch.nan_to_num(·, -1)`.
    static func averageMinibatchStats(_ minibatches: [[(key: String, value: Tensor)]]) throws -> [(key: String, value: PPOStatValue)] {
        guard let first = minibatches.first else { return [] }
        return try first.map(\.key).map { key in
            let rows = try minibatches.map { stats -> [Float] in
                guard let value = stats.first(where: { $0.key == key })?.value else {
                    throw PPOError.invalidInput("minibatch stats disagree on key \(key)")
                }
                return value.toFloatArray()
            }
            if key == "policy/advantages" { return (key, .array(try Tensor(rows.flatMap { $0 }.map(nanToNum)))) }
            if key == "policy/ratio" { return (key, .array(try Tensor(rows.flatMap { $0 }))) }
            let width = rows.map(\.count).max() ?? 0
            let means = (0..<width).map { column in
                // stack_dicts pads shorter rows with trl's WANDB_PADDING (−1).
                rows.map { column < $0.count ? $0[column] : -1 }.reduce(0, +) / Float(rows.count)
            }
            return (key, width == 1 ? .scalar(Double(means[0])) : .array(try Tensor(means)))
        }
    }

    /// `torch.nan_to_num(x, WANDB_PADDING)`: NaN becomes −1, ±inf the largest finite floats.
    private static func nanToNum(_ x: Float) -> Float {
        x.isNaN ? -1 : x.isInfinite ? (x > 0 ? .greatestFiniteMagnitude : -.greatestFiniteMagnitude) : x
    }

    /// What `record_step_stats` gathers from a step.
    struct StepRecord {
        var scores: Tensor, logprobs: Tensor, refLogprobs: Tensor, nonScoreReward: Tensor, kls: Tensor, masks: Tensor
        var queryLengths: [Int], responseLengths: [Int]
        var trainStats: [(key: String, value: PPOStatValue)]
        var klCoef: Double
    }

    /// trl's `record_step_stats`: objective, score, token and training statistics under trl's keys.
    static func recordStepStats(_ r: StepRecord) throws -> PPOStats {
        var stats = PPOStats()
        let klPerSample = try (r.kls * r.masks).sum(dim: -1)
        stats["objective/kl"] = .scalar(try klPerSample.mean().item())
        stats["objective/kl_dist"] = .array(klPerSample)
        stats["objective/logprobs"] = .array(r.logprobs)
        stats["objective/ref_logprobs"] = .array(r.refLogprobs)
        stats["objective/kl_coef"] = .scalar(r.klCoef)
        stats["objective/entropy"] = .scalar(try (-r.logprobs * r.masks).sum(dim: -1).mean().item())
        stats["ppo/mean_non_score_reward"] = .scalar(try Tensor.maskedMean(r.nonScoreReward, mask: r.masks).item())
        stats["ppo/mean_scores"] = .scalar(try r.scores.mean().item())
        stats["ppo/std_scores"] = .scalar(try unbiasedStd(r.scores))
        for (name, lengths) in [("queries", r.queryLengths), ("responses", r.responseLengths)] {
            let values = try Tensor(lengths.map(Float.init))
            stats["tokens/\(name)_len_mean"] = .scalar(try values.mean().item())
            stats["tokens/\(name)_len_std"] = .scalar(try unbiasedStd(values))
            stats["tokens/\(name)_dist"] = .array(values)
        }
        for (key, value) in r.trainStats { stats["ppo/\(key)"] = value }
        if let error = stats.scalar("ppo/val/error"), let variance = stats.scalar("ppo/returns/var") {
            stats["ppo/val/var_explained"] = .scalar(Double(1 - Float(error) / Float(variance)))
        }
        return stats
    }

    /// torch's `std()` (N − 1 in the denominator): NaN for a single value, as in torch.
    private static func unbiasedStd(_ values: Tensor) throws -> Double {
        values.scalarCount < 2 ? .nan : try values.standardDeviation().item()
    }
}
