import Foundation
import LabScript
import LabTensor
import LabTrain

/// `Trainer.train()` over the engine's ``TrainingLoop``, which decides when to update, log, evaluate
/// and save; this adapter supplies the batches (the train dataset through the collator), the model's
/// forward and backward pass, the optimizer and scheduler objects, and the log's output.
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

    /// `train()`: epochs of seeded shuffles run by ``TrainingLoop``. Returns the `TrainOutput`.
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
        let loop = TrainingLoop(plan: plan, gradientAccumulationSteps: settings.gradientAccumulationSteps, schedule: schedule(total: plan.maxSteps))
        let (_, trainingLoss) = try loop.run(TrainingLoop.Callbacks(
            batches: { [unowned self] _ in
                TrainingPlan.batches(order: shuffling.permutationIndices(rows), batchSize: settings.trainBatchSize, dropLast: settings.dropLast)
            },
            trainingStep: { [unowned self] batch in try trainingStep(batch, interpreter) },
            update: { [unowned self] step, epoch in try update(optimizer, scheduler, step: step, epoch: epoch, interpreter) },
            stepEnd: { _ in log.advance() },
            log: { [unowned self] loss, _ in try log.write(loss, gradNorm: lastGradNorm) },
            evaluate: { [unowned self] _ in try log.write(evaluate(evalDataset, prefix: "eval", interpreter)) },
            saveCheckpoint: { [unowned self] _ in try saveCheckpoint(interpreter) },
            checkInterrupt: { try interpreter.checkInterrupt() }))
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

    /// When to log, evaluate and save, from the settings, for a run of `total` steps.
    private func schedule(total: Int) -> TrainerSchedule {
        TrainerSchedule(loggingStrategy: settings.loggingStrategy, loggingInterval: settings.loggingInterval(total: total),
                        loggingFirstStep: settings.loggingFirstStep, evalStrategy: settings.evalStrategy,
                        evalInterval: settings.evalInterval(total: total), checkpoints: checkpoints)
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
}
