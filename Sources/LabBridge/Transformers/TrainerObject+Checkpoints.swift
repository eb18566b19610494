import Foundation
import LabScript
import LabModels
import LabTrain

/// Checkpoints as transformers writes them during training: `output_dir/checkpoint-<step>/` with
/// the model (or adapter), the tokenizer and `trainer_state.json`, every `save_steps` steps (or
/// each epoch) and at the last step, keeping at most `save_total_limit` of them. Optimizer and
/// scheduler states (PyTorch pickles) are not written.
extension TrainerObject {
    /// When checkpoints are written and which are removed (``CheckpointSchedule``).
    var checkpoints: CheckpointSchedule {
        CheckpointSchedule(strategy: settings.saveStrategy, interval: settings.saveSteps, totalLimit: settings.saveTotalLimit)
    }

    /// Writes `checkpoint-<global step>` and removes the oldest ones beyond the limit.
    func saveCheckpoint(_ interpreter: Interpreter) throws {
        let root = URL(fileURLWithPath: settings.outputDir, isDirectory: true)
        let folder = root.appendingPathComponent(CheckpointSchedule.folderName(step: state.globalStep), isDirectory: true)
        try saveModel(.str(folder.path), interpreter)
        try hubCall { try stateJSON().write(to: folder.appendingPathComponent("trainer_state.json")) }
        let existing = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        for step in checkpoints.stepsToRemove(among: existing) {
            try? FileManager.default.removeItem(at: root.appendingPathComponent(CheckpointSchedule.folderName(step: step)))
        }
    }

    /// `trainer_state.json`: the step, epoch, totals and the log history so far.
    private func stateJSON() throws -> ConfigJSON {
        let history = try state.logHistory.items.map { try PythonJSON.value($0) }
        return ConfigJSON([
            "best_metric": NSNull(), "best_model_checkpoint": NSNull(), "epoch": state.epoch ?? 0, "eval_steps": settings.evalInterval(total: state.maxSteps),
            "global_step": state.globalStep, "is_hyper_param_search": false, "is_local_process_zero": true, "is_world_process_zero": true,
            "log_history": history, "logging_steps": settings.loggingInterval(total: state.maxSteps), "max_steps": state.maxSteps,
            "num_input_tokens_seen": 0, "num_train_epochs": state.epochs, "save_steps": settings.saveSteps, "total_flos": state.totalFlos,
            "train_batch_size": settings.trainBatchSize, "trial_name": NSNull(), "trial_params": NSNull(),
        ])
    }
}
