import LabTensor

/// Running mean and standard deviation of a stream of scores (trl's `RunningMoments`, after
/// MOSS-RLHF), used by score scaling.
///
/// Merging a batch of `n` values with mean `m_b` and population variance `v_b` into `count` values:
/// ```
/// δ = m_b − mean,  N = count + n
/// var ← (var·count + δ²·count·n/N + v_b·n) / N
/// mean ← mean + δ·n/N,  std ← sqrt(var · N/(N − 1)),  count ← N
/// ```
/// The batch statistics are float32, as in trl; the running values are doubles (Python floats).
public struct RunningMoments: Equatable, Sendable, Codable {
    public var mean: Double = 0
    public var std: Double = 1
    public var variance: Double = 1
    public var count: Double = 1e-24

    public init() {}

    /// Adds a batch of values and returns the batch's mean and unbiased standard deviation.
    /// - Parameter values: any shape, at least one element.
    @discardableResult
    public mutating func update(_ values: Tensor) throws -> (mean: Double, std: Double) {
        let n = Float(values.scalarCount)
        let batchVariance = Float(try values.variance(unbiased: false).item()), batchMean = Float(try values.mean().item())
        let delta = batchMean - Float(mean)
        let total = count + Double(n)
        let newSum = batchVariance * n
        let oldSum = Float(variance * count) + delta * delta * Float(count) * n / Float(total)
        let merged = (oldSum + newSum) / Float(total)
        mean += Double(delta * n / Float(total))
        std = Double((merged * Float(total) / Float(total - 1)).squareRoot())
        variance = Double(merged)
        count = total
        return (Double(batchMean), Double((batchVariance * n / (n - 1)).squareRoot()))
    }
}
