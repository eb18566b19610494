import Foundation
import LabScript
import LabTensor
import LabTrain

extension TrainerObject {
    /// `evaluate()`: the mean loss per example over `dataset` in eval mode (``EvaluationLoop``),
    /// without gradients, with transformers' speed metrics and the epoch reached: `{'eval_loss': ..., ...}`.
    func evaluate(_ dataset: Value, prefix: String, _ interpreter: Interpreter) throws -> PyDict {
        guard !dataset.isNone else { throw PyException.valueError("Trainer: evaluation requires an eval_dataset.") }
        let start = Date()
        let loop = EvaluationLoop(rows: try interpreter.length(dataset), batchSize: settings.evalBatchSize)
        model.module.eval()
        let loss = try loop.meanLoss(checkInterrupt: interpreter.checkInterrupt) { rows in
            let batch = try collator.batch(try rows.map { try interpreter.getItem(dataset, .int($0)) }, interpreter)
            return Float(try withNoGrad { try model.trainingLoss(batch) }.item())
        }
        let metrics = PyDict()
        try metrics.set(.str("\(prefix)_loss"), .float(loss))
        let speed = TrainerLog.speedMetrics(prefix, since: start, samples: Double(loop.rows), steps: loop.batchCount)
        for (key, value) in speed.storage { metrics.storage[key] = value }
        if let epoch = state.epoch { try metrics.set(.str("epoch"), .float(epoch)) }
        return metrics
    }
}
