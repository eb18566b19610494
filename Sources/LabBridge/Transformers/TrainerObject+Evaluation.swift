import Foundation
import LabScript
import LabTensor

extension TrainerObject {
    /// `evaluate()`: the mean loss per example over `dataset` in eval mode, in order, without
    /// gradients, with transformers' speed metrics and the epoch reached: `{'eval_loss': ..., ...}`.
    func evaluate(_ dataset: Value, prefix: String, _ interpreter: Interpreter) throws -> PyDict {
        guard !dataset.isNone else { throw PyException.valueError("Trainer: evaluation requires an eval_dataset.") }
        let start = Date()
        let rows = try interpreter.length(dataset)
        let size = settings.evalBatchSize
        var lossSum = 0.0
        model.module.eval()
        for first in stride(from: 0, to: rows, by: size) {
            try interpreter.checkInterrupt()
            let indices = Array(first..<min(first + size, rows))
            let batch = try collator.batch(try indices.map { try interpreter.getItem(dataset, .int($0)) }, interpreter)
            let loss = try withNoGrad { try model.trainingLoss(batch) }
            lossSum += Double(Float(try loss.item())) * Double(indices.count)
        }
        let metrics = PyDict()
        try metrics.set(.str("\(prefix)_loss"), .float(rows > 0 ? Double(Float(lossSum / Double(rows))) : .nan))
        let speed = TrainerLog.speedMetrics(prefix, since: start, samples: Double(rows), steps: (rows + size - 1) / size)
        for (key, value) in speed.storage { metrics.storage[key] = value }
        if let epoch = state.epoch { try metrics.set(.str("epoch"), .float(epoch)) }
        return metrics
    }
}
