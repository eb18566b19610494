import LabScript
import LabRL

/// The trainer in the REPL's snapshots and `:who`.
///
/// As with models, a snapshot of a live trainer shares the engine trainer and carries its state
/// (optimizer moments, KL controller, running moments, shuffling stream); copying the snapshot
/// (a restore) writes that state back. The model and dataloader go through `copier`, so the
/// trainer's model is the very copy bound to the model's name.
extension PPOTrainerObject: NativeSummarizing {
    func snapshot(_ copier: DeepCopier) -> NativeObject {
        guard case .native(let modelCopy as ModelObject) = copier.copy(.native(model)),
              case .native(let loaderCopy as DataLoaderObject) = copier.copy(.native(dataloader)) else {
            fatalError("copies of a model and a dataloader are a model and a dataloader")
        }
        let state: PPOTrainer.Snapshot?
        if let saved {
            trainer.restore(saved)
            state = nil
        } else {
            state = trainer.snapshot()
        }
        let copy = PPOTrainerObject(trainer: trainer, model: modelCopy, tokenizer: tokenizer, dataloader: loaderCopy, saved: state)
        copy.history = history.map(copier.copy)
        copy.version = version
        copy.arguments = arguments.map { ($0.0, copier.copy($0.1)) }
        return copy
    }

    /// `PPOTrainer over AutoModelForSeq2SeqLMWithValueHead, 3 steps`.
    func summary(_ interpreter: Interpreter) -> String {
        "PPOTrainer over \(model.pyClass.name), \(version) step\(version == 1 ? "" : "s")"
    }
}
