import LabTensor

/// Draws lengths uniformly from `min ..< max` (trl.core's `LengthSampler`: `np.random.choice` of
/// `range(min_value, max_value)`, so `max` itself is never drawn), from numpy's legacy stream.
public struct LengthSampler {
    public let range: Range<Int>
    /// The stream the lengths come from; copy to save, assign to restore.
    public var generator: NumPyRandomState

    /// Fails if the range is empty, with numpy's words (trl fails at the first draw).
    public init(min: Int, max: Int, generator: NumPyRandomState) throws {
        guard min < max else {
            throw PPOError.invalidInput("'a' cannot be empty unless no samples are taken (LengthSampler(\(min), \(max)) draws from range(\(min), \(max)))")
        }
        range = min ..< max
        self.generator = generator
    }

    /// The next length.
    public mutating func callAsFunction() -> Int {
        range.lowerBound + generator.index(below: range.count)
    }
}
