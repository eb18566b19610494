import LabScript

/// Trainers in the REPL's snapshots and `:who`.
///
/// The model, optimizer, scheduler and datasets go through `copier`, so a restored trainer holds
/// the very copies bound to their own names (and the optimizer's restored moments); the shuffling
/// stream and the state are values, so a re-run `train()` draws the same batches.
extension TrainerObject: NativeSummarizing {
    func snapshot(_ copier: DeepCopier) -> NativeObject {
        func copy<T: NativeObject>(_ object: T) -> T {
            guard case .native(let copied as T) = copier.copy(.native(object)) else { fatalError("a copied \(T.self) is a \(T.self)") }
            return copied
        }
        guard let state = state.snapshot(copier) as? TrainerStateObject else { fatalError("a copied state is a state") }
        let copied = TrainerObject(model: copy(model), arguments: arguments, settings: settings, trainDataset: copier.copy(trainDataset),
                                   evalDataset: copier.copy(evalDataset), tokenizer: copier.copy(tokenizer), collator: collator,
                                   optimizer: optimizer.map(copy), scheduler: scheduler.map(copy), shuffling: shuffling, state: state)
        (copied.version, copied.madeScheduler) = (version, madeScheduler)
        return copied
    }

    /// `Trainer over RobertaForSequenceClassification, 6 steps`.
    func summary(_ interpreter: Interpreter) -> String {
        "Trainer over \(model.pyClass.name), \(state.globalStep) step\(state.globalStep == 1 ? "" : "s")"
    }
}
