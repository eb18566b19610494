/// `Trainer.evaluate()`'s loss as transformers 4.46 reports it: the rows in order, in batches of
/// `batchSize`, each batch's mean loss weighted by its rows, and the float32 mean per row.
public struct EvaluationLoop: Equatable, Sendable {
    public var rows: Int
    public var batchSize: Int

    public init(rows: Int, batchSize: Int) {
        (self.rows, self.batchSize) = (rows, max(batchSize, 1))
    }

    /// How many batches a pass takes.
    public var batchCount: Int { (rows + batchSize - 1) / batchSize }

    /// Runs `batchLoss` on each batch of row indices, calling `checkInterrupt` before each; returns
    /// the mean loss per row (NaN for no rows).
    public func meanLoss(checkInterrupt: () throws -> Void = {}, batchLoss: (Range<Int>) throws -> Float) throws -> Double {
        var sum = 0.0
        for first in stride(from: 0, to: rows, by: batchSize) {
            try checkInterrupt()
            let batch = first..<min(first + batchSize, rows)
            sum += Double(try batchLoss(batch)) * Double(batch.count)
        }
        return rows > 0 ? Double(Float(sum / Double(rows))) : .nan
    }
}
