/// A training run's length as transformers 4.46 computes it: optimizer steps, passes over the
/// data, and the samples they see.
public struct TrainingPlan: Equatable, Sendable {
    public var maxSteps: Int
    public var epochs: Int
    public var samples: Double

    public init(maxSteps: Int, epochs: Int, samples: Double) {
        (self.maxSteps, self.epochs, self.samples) = (maxSteps, epochs, samples)
    }

    /// `maxSteps` when positive, else `numTrainEpochs` passes of
    /// `ceil(rows / batchSize) / gradientAccumulationSteps` updates each (at least one).
    public init(rows: Int, batchSize: Int, dropLast: Bool, gradientAccumulationSteps: Int, maxSteps: Int, numTrainEpochs: Double) throws {
        let batches = TrainingPlan.batchCount(rows: rows, batchSize: batchSize, dropLast: dropLast)
        guard batches > 0 else { throw TrainingError.noFullBatch(batchSize: batchSize) }
        let updatesPerEpoch = max(batches / gradientAccumulationSteps, 1)
        let samplesPerStep = batchSize * gradientAccumulationSteps
        if maxSteps > 0 {
            let epochs = maxSteps / updatesPerEpoch + (maxSteps % updatesPerEpoch > 0 ? 1 : 0)
            self.init(maxSteps: maxSteps, epochs: epochs, samples: Double(maxSteps * samplesPerStep))
        } else {
            let steps = Int((numTrainEpochs * Double(updatesPerEpoch)).rounded(.up))
            self.init(maxSteps: steps, epochs: Int(numTrainEpochs.rounded(.up)), samples: Double(rows) * numTrainEpochs)
        }
    }

    /// One pass's batches of row indices: `order` (a shuffle of the rows) cut into batches of
    /// `batchSize`, the last one short unless `dropLast`.
    public static func batches(order: [Int], batchSize: Int, dropLast: Bool) -> [[Int]] {
        let count = batchCount(rows: order.count, batchSize: batchSize, dropLast: dropLast)
        return (0..<count).map { Array(order[$0 * batchSize ..< min(($0 + 1) * batchSize, order.count)]) }
    }

    /// Batches in one pass over `rows` rows (`len(train_dataloader)`).
    public static func batchCount(rows: Int, batchSize: Int, dropLast: Bool) -> Int {
        dropLast ? rows / batchSize : (rows + batchSize - 1) / batchSize
    }
}

/// A run that cannot start.
public enum TrainingError: Error, Equatable, CustomStringConvertible {
    case noFullBatch(batchSize: Int)

    public var description: String {
        switch self {
        case .noFullBatch(let size): return "The train dataset has no full batch of \(size) rows to train on"
        }
    }
}
