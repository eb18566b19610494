import LabScript

/// `trainer.state`: the step and epoch reached, the total steps, the floating-point operations
/// spent, and every logged dict with its `step` (`log_history`).
final class TrainerStateObject: NativeObject {
    var globalStep = 0
    var maxSteps = 0
    /// Passes over the data the run plans (`num_train_epochs`).
    var epochs = 0
    var epoch: Double?
    var totalFlos = 0.0
    var logHistory = PyList()

    var pyClass: PyType { TrainerStateObject.cls.type }

    /// A new run's state, as each `train()` starts one.
    func reset(maxSteps: Int, epochs: Int) {
        (globalStep, self.maxSteps, self.epochs, epoch, totalFlos) = (0, maxSteps, epochs, 0, 0)
        logHistory = PyList()
    }

    static let cls = NativeClass("TrainerState", module: "transformers.trainer_callback")

    /// Adds `logs` with the current step to the history, as `Trainer.log` does.
    func record(_ logs: PyDict) throws {
        let entry = PyDict(logs.storage)
        try entry.set(.str("step"), .int(globalStep))
        logHistory.items.append(.dict(entry))
    }

    func getAttribute(_ name: String, _ interpreter: Interpreter) throws -> Value? {
        switch name {
        case "global_step": return .int(globalStep)
        case "max_steps": return .int(maxSteps)
        case "epoch": return epoch.map { Value.float($0) } ?? Value.none
        case "total_flos": return .float(totalFlos)
        case "log_history": return .list(logHistory)
        default: return nil
        }
    }

    var attributeNames: [String] { ["global_step", "max_steps", "epoch", "total_flos", "log_history"] }

    func snapshot(_ copier: DeepCopier) -> NativeObject {
        let copy = TrainerStateObject()
        (copy.globalStep, copy.maxSteps, copy.epochs, copy.epoch, copy.totalFlos) = (globalStep, maxSteps, epochs, epoch, totalFlos)
        if case .list(let history) = copier.copy(.list(logHistory)) { copy.logHistory = history }
        return copy
    }
}
