import LabScript

/// Schedulers in the REPL's snapshots: the state and settings are values, and the optimizer and
/// script functions go through `copier`, so a restored scheduler drives the restored optimizer.
extension LRSchedulerObject: NativeSummarizing {
    func snapshot(_ copier: DeepCopier) -> NativeObject {
        guard case .native(let optimizerCopy as OptimizerObject) = copier.copy(.native(optimizer)) else {
            fatalError("a copied optimizer is an optimizer")
        }
        let copiedLambdas = lambdas.map { lambda -> LearningRateLambda in
            if case .script(let f) = lambda { return .script(copier.copy(f)) }
            return lambda
        }
        let copy = LRSchedulerObject(kind: kind, optimizer: optimizerCopy, settings: settings.map { ($0.0, copier.copy($0.1)) },
                                     lambdas: copiedLambdas, engine: engine, baseValues: baseValues)
        copy.lastValues = lastValues
        return copy
    }

    /// `StepLR at step 3, lr [4.5e-05]`.
    func summary(_ interpreter: Interpreter) -> String {
        "\(kind.rawValue) at step \(engine.lastEpoch), lr [" + lastValues.map { interpreter.repr($0) }.joined(separator: ", ") + "]"
    }
}
