import LabTensor

/// rouge_score's `BootstrapAggregator`: 1000 resamples (with replacement) of the per-example
/// scores, the mean of each, and the 2.5th, 50th and 97.5th percentiles of those means.
/// `evaluate`'s ROUGE reports the 50th percentile ("mid") F-measure.
public struct RougeBootstrap {
    public var samples = 1000
    public var confidenceInterval = 0.95

    public init() {}

    /// (low, mid, high) for each measure. Draws come from `random` in numpy's order: for each
    /// sample, `count` indices from `randint(0, count)`.
    /// - Precondition: `scores` is not empty.
    public func aggregate(_ scores: [RougeScore], random: inout NumPyRandomState) -> (low: RougeScore, mid: RougeScore, high: RougeScore) {
        var means: [[Double]] = [[], [], []]
        let count = scores.count
        for _ in 0..<samples {
            var (precision, recall, fmeasure) = (0.0, 0.0, 0.0)
            for _ in 0..<count {
                let score = scores[random.index(below: count)]
                precision += score.precision
                recall += score.recall
                fmeasure += score.fmeasure
            }
            means[0].append(precision / Double(count))
            means[1].append(recall / Double(count))
            means[2].append(fmeasure / Double(count))
        }
        let delta = (1 - confidenceInterval) / 2
        let sorted = means.map { $0.sorted() }
        func at(_ q: Double) -> RougeScore {
            RougeScore(precision: Self.percentile(sorted[0], q), recall: Self.percentile(sorted[1], q),
                       fmeasure: Self.percentile(sorted[2], q))
        }
        return (at(delta), at(0.5), at(1 - delta))
    }

    /// numpy's default (linear) percentile of sorted values, `q` in [0, 1].
    static func percentile(_ sorted: [Double], _ q: Double) -> Double {
        let position = q * Double(sorted.count - 1)
        let lower = Int(position.rounded(.down))
        let upper = min(lower + 1, sorted.count - 1)
        let t = position - Double(lower)
        let (a, b) = (sorted[lower], sorted[upper])
        return t >= 0.5 ? b - (b - a) * (1 - t) : a + (b - a) * t
    }
}
