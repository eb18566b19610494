import Foundation
import LabScript

/// Where a training run reports: tqdm's bar over the steps (on stderr), and each logged dict,
/// kept in `state.log_history` and printed as transformers' progress callback prints it (epoch
/// rounded to 2 digits, `total_flos` left out). Dicts with timings (`train_runtime`, ...) go to
/// stderr beside the bar, so a lab's stdout stays the same from run to run.
final class TrainerLog {
    private let trainer: TrainerObject
    private let interpreter: Interpreter
    private let bar: ProgressBar?
    private let isTerminal = isatty(2) == 1

    init(trainer: TrainerObject, interpreter: Interpreter, total: Int) {
        self.trainer = trainer
        self.interpreter = interpreter
        let made = trainer.settings.showsProgress ? try? interpreter.call(ProgressBar.cls.value, [], [("total", .int(total))]) : nil
        if case .native(let bar as ProgressBar)? = made { self.bar = bar } else { bar = nil }
    }

    /// One more optimizer step on the bar.
    func advance() { try? bar?.advance(by: 1) }

    func close() throws { try bar?.close() }

    /// Logs the training loss since the last log, the gradient norm and the learning rate.
    func write(_ loss: Double, gradNorm: Float?) throws {
        let logs = PyDict()
        try logs.set(.str("loss"), .float(loss))
        if let gradNorm { try logs.set(.str("grad_norm"), .float(Double(gradNorm))) }
        try logs.set(.str("learning_rate"), .float(trainer.scheduler?.lastLearningRates.first ?? trainer.settings.learningRate))
        try write(logs)
    }

    /// Adds the epoch to `logs`, records them with the step, and prints them.
    func write(_ logs: PyDict) throws {
        let state = trainer.state
        if let epoch = state.epoch { try logs.set(.str("epoch"), .float(epoch)) }
        try state.record(logs)
        let shown = PyDict(logs.storage)
        shown.storage.removeValue(forKey: try HashKey(.str("total_flos")))
        if bar != nil, let epoch = state.epoch {
            try shown.set(.str("epoch"), .float(Double(String(format: "%.2f", epoch)) ?? epoch))
        }
        let line = interpreter.repr(.dict(shown)) + "\n"
        let hasTimings = logs.keys.contains { if case .str(let key) = $0 { return key.hasSuffix("_runtime") } else { return false } }
        if isTerminal, bar != nil { interpreter.configuration.stderr("\r\u{1B}[K") }
        if hasTimings { interpreter.configuration.stderr(line) } else { interpreter.configuration.stdout(line) }
        bar?.draw(force: true)
    }

    /// transformers' `speed_metrics`: the runtime in seconds and the samples and steps per second.
    static func speedMetrics(_ split: String, since start: Date, samples: Double, steps: Int?) -> PyDict {
        let runtime = Date().timeIntervalSince(start)
        let metrics = PyDict()
        func rounded(_ x: Double, _ digits: Int) -> Value { .float(Double(String(format: "%.\(digits)f", x)) ?? x) }
        try? metrics.set(.str("\(split)_runtime"), rounded(runtime, 4))
        guard runtime > 0 else { return metrics }
        try? metrics.set(.str("\(split)_samples_per_second"), rounded(samples / runtime, 3))
        if let steps { try? metrics.set(.str("\(split)_steps_per_second"), rounded(Double(steps) / runtime, 3)) }
        return metrics
    }
}
