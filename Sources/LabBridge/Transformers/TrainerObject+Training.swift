import Foundation
import LabScript
import LabTensor
import LabTrain

/// `Trainer.train()` over the engine's ``TrainingLoop``: the batches come from the train dataset
/// through the collator, and the updates, logs, evaluations and checkpoints from this trainer.
extension TrainerObject {
    /// The run's length from the settings (``TrainingPlan``).
    func plan(rows: Int) throws -> TrainingPlan {
        do {
            return try TrainingPlan(rows: rows, batchSize: settings.trainBatchSize, dropLast: settings.dropLast,
                                    gradientAccumulationSteps: settings.gradientAccumulationSteps, maxSteps: settings.maxSteps,
                                    numTrainEpochs: settings.numTrainEpochs)
        } catch let error as TrainingError {
            throw PyException.valueError(error.description)
        }
    }

    /// `train()`: epochs of seeded shuffles; per batch a forward and backward pass in train mode,
    /// then per update gradient clipping, an optimizer and a scheduler step; logs every
    /// `logging_steps`, saves checkpoints, stops at `max_steps`. Returns the `TrainOutput`.
    func train(_ interpreter: Interpreter) throws -> Value {
        guard !trainDataset.isNone else { throw PyException.valueError("Trainer: training requires a train_dataset.") }
        let start = Date()
        let rows = try interpreter.length(trainDataset)
        let plan = try plan(rows: rows)
        if madeScheduler { scheduler = nil }
        try prepareOptimizer(totalSteps: plan.maxSteps, interpreter)
        guard let optimizer, let scheduler else { fatalError("prepareOptimizer makes both") }
        state.reset(maxSteps: plan.maxSteps, epochs: plan.epochs)
        let log = TrainerLog(trainer: self, interpreter: interpreter, total: plan.maxSteps)
        for parameter in model.module.parameters() { parameter.grad = nil }
        let loop = TrainingLoop(plan: plan, gradientAccumulationSteps: settings.gradientAccumulationSteps)
        var (_, running) = try loop.run(TrainingLoop.Callbacks(
            batches: { [unowned self] _ in epochBatches(rows: rows) },
            trainingStep: { [unowned self] batch in try trainingStep(batch, interpreter) },
            update: { [unowned self] step, epoch in try update(optimizer, scheduler, step: step, epoch: epoch, interpreter) },
            stepEnd: { [unowned self] _, running in try stepEnd(plan, log: log, running: &running, interpreter) },
            epochEnd: { [unowned self] _, running in try epochEnd(log: log, running: &running, interpreter) },
            checkInterrupt: { try interpreter.checkInterrupt() }))
        let trainingLoss = running.total(steps: state.globalStep)
        let metrics = TrainerLog.speedMetrics("train", since: start, samples: plan.samples, steps: plan.maxSteps)
        try metrics.set(.str("total_flos"), .float(state.totalFlos))
        try metrics.set(.str("train_loss"), .float(trainingLoss))
        try log.write(metrics)
        try log.close()
        return .native(TrainOutputObject(globalStep: state.globalStep, trainingLoss: trainingLoss, metrics: metrics))
    }

    /// Clips the gradients, steps the optimizer and the schedule, and clears the gradients.
    private func update(_ optimizer: OptimizerObject, _ scheduler: LRSchedulerObject, step: Int, epoch: Double, _ interpreter: Interpreter) throws {
        let parameters = model.module.parameters()
        lastGradNorm = settings.maxGradNorm > 0 ? clipGradNorm(parameters, maxNorm: Float(settings.maxGradNorm)) : nil
        try optimizer.step()
        try scheduler.step(interpreter)
        for parameter in parameters { parameter.grad = nil }
        state.globalStep = step
        state.epoch = epoch
        version += 1
    }

    /// What follows an optimizer step: the bar, a log every `logging_steps`, an evaluation every
    /// `eval_steps`, a checkpoint every `save_steps` and at the last step.
    private func stepEnd(_ plan: TrainingPlan, log: TrainerLog, running: inout RunningLoss, _ interpreter: Interpreter) throws {
        log.advance()
        let step = state.globalStep, isLast = step >= plan.maxSteps
        let logsNow = settings.loggingStrategy == "steps" && step % max(settings.loggingInterval(total: plan.maxSteps), 1) == 0
        if logsNow || (step == 1 && settings.loggingFirstStep) { try log.write(running.take(steps: step), gradNorm: lastGradNorm) }
        if settings.evalStrategy == "steps", step % max(settings.evalInterval(total: plan.maxSteps), 1) == 0 {
            try log.write(evaluate(evalDataset, prefix: "eval", interpreter))
        }
        if checkpoints.savesCheckpoint(afterStep: step, isLastStep: isLast) { try saveCheckpoint(interpreter) }
    }

    /// What ends a pass over the data (also the last, cut short by `max_steps`): with the "epoch"
    /// strategies, a log, an evaluation and a checkpoint.
    private func epochEnd(log: TrainerLog, running: inout RunningLoss, _ interpreter: Interpreter) throws {
        if settings.loggingStrategy == "epoch", running.hasUnlogged(steps: state.globalStep) {
            try log.write(running.take(steps: state.globalStep), gradNorm: lastGradNorm)
        }
        if settings.evalStrategy == "epoch" { try log.write(evaluate(evalDataset, prefix: "eval", interpreter)) }
        if checkpoints.savesAtEpochEnd { try saveCheckpoint(interpreter) }
    }

    /// One forward and backward pass in train mode; the loss (scaled for accumulation) as a float.
    private func trainingStep(_ indices: [Int], _ interpreter: Interpreter) throws -> Float {
        let batch = try collator.batch(indices.map { try interpreter.getItem(trainDataset, .int($0)) }, interpreter)
        model.module.train()
        var loss = try model.trainingLoss(batch)
        if settings.gradientAccumulationSteps > 1 { loss = loss / Float(settings.gradientAccumulationSteps) }
        try torchCall { try loss.backward() }
        state.totalFlos += model.floatingPointOperations(tokens: batch["input_ids"]?.scalarCount ?? 0)
        return Float(try loss.item())
    }

    /// One pass's batches of row indices: a shuffle from the trainer's stream, cut into batches
    /// (the last one short unless `dataloader_drop_last`).
    private func epochBatches(rows: Int) -> [[Int]] {
        let order = shuffling.permutationIndices(rows)
        let size = settings.trainBatchSize
        let count = TrainingPlan.batchCount(rows: rows, batchSize: size, dropLast: settings.dropLast)
        return (0..<count).map { Array(order[$0 * size ..< min(($0 + 1) * size, rows)]) }
    }
}
