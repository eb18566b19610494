import LabTensor

/// The batches of indices behind trl's `PPOTrainer.dataloader` (a torch DataLoader with
/// `shuffle=True, drop_last=True`): every pass over the data draws a fresh permutation and cuts it
/// into full batches, leaving out the incomplete last one. Whoever holds the dataset collates the
/// samples of each batch.
///
/// A value: copy it to save its stream, assign the copy back to restore it.
public struct ShuffledBatchSampler {
    public let count: Int
    public let batchSize: Int
    /// The stream permutations are drawn from.
    public var generator: RandomGenerator

    public init(count: Int, batchSize: Int, generator: RandomGenerator) throws {
        guard count >= 0, batchSize > 0 else {
            throw PPOError.invalidInput("batch_size should be a positive integer value, but got batch_size=\(batchSize)")
        }
        (self.count, self.batchSize, self.generator) = (count, batchSize, generator)
    }

    /// The number of batches in a pass (`len(dataloader)`).
    public var batchesPerPass: Int { count / batchSize }

    /// The index batches of the next pass over the data.
    public mutating func nextPass() -> [[Int]] {
        let order = generator.permutationIndices(count)
        return (0..<batchesPerPass).map { Array(order[$0 * batchSize ..< ($0 + 1) * batchSize]) }
    }
}
