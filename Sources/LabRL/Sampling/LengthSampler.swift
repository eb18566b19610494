import LabTensor

/// Draws lengths uniformly from `min ..< max` (trl.core's `LengthSampler`: `np.random.choice` of
/// `range(min_value, max_value)`, so `max` itself is never drawn), from numpy's legacy stream.
public struct LengthSampler {
    public let range: Range<Int>
    /// The stream the lengths come from; copy to save, assign to restore.
    public var generator: NumPyRandomState

    /// Fails, as trl does when it draws, if the range is empty.
    public init(min: Int, max: Int, generator: NumPyRandomState) throws {
        guard min < max else {
            throw PPOError.invalidInput("LengthSampler(\(min), \(max)) has no length to draw: 'a' cannot be empty unless no samples are taken")
        }
        range = min ..< max
        self.generator = generator
    }

    /// The next length.
    public mutating func callAsFunction() -> Int {
        range.lowerBound + generator.index(below: range.count)
    }
}
