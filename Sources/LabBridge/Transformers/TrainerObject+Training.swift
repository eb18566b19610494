import Foundation
import LabScript
import LabTensor

/// The training loop, as transformers 4.46 runs it on one device.
extension TrainerObject {
    /// The run's length: optimizer steps, passes over the data, and the samples they see.
    struct Plan {
        var maxSteps: Int
        var epochs: Int
        var samples: Double
    }

    /// transformers' arithmetic: `max_steps` when positive, else `num_train_epochs` passes of
    /// `ceil(rows / batch) / gradient_accumulation_steps` updates each.
    func plan(rows: Int) throws -> Plan {
        let batches = batchCount(rows: rows)
        guard batches > 0 else { throw PyException.valueError("The train dataset has no full batch of \(settings.trainBatchSize) rows to train on") }
        let updatesPerEpoch = max(batches / settings.gradientAccumulationSteps, 1)
        let batchSize = settings.trainBatchSize * settings.gradientAccumulationSteps
        if settings.maxSteps > 0 {
            let epochs = settings.maxSteps / updatesPerEpoch + (settings.maxSteps % updatesPerEpoch > 0 ? 1 : 0)
            return Plan(maxSteps: settings.maxSteps, epochs: epochs, samples: Double(settings.maxSteps * batchSize))
        }
        let steps = Int((settings.numTrainEpochs * Double(updatesPerEpoch)).rounded(.up))
        return Plan(maxSteps: steps, epochs: Int(settings.numTrainEpochs.rounded(.up)), samples: Double(rows) * settings.numTrainEpochs)
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
        var running = RunningLoss()
        for parameter in model.module.parameters() { parameter.grad = nil }
        for epoch in 0..<plan.epochs {
            let batches = epochBatches(rows: rows)
            for (index, batch) in batches.enumerated() {
                try interpreter.checkInterrupt()
                running.add(try trainingStep(batch, interpreter))
                guard (index + 1) % settings.gradientAccumulationSteps == 0 || index + 1 == batches.count else { continue }
                try update(optimizer, scheduler, epoch: Double(epoch) + Double(index + 1) / Double(batches.count), interpreter)
                try stepEnd(plan, log: log, running: &running, interpreter)
                if state.globalStep >= plan.maxSteps { break }
            }
            try epochEnd(log: log, running: &running, interpreter)
            if state.globalStep >= plan.maxSteps { break }
        }
        let trainingLoss = running.total(steps: state.globalStep)
        let metrics = TrainerLog.speedMetrics("train", since: start, samples: plan.samples, steps: plan.maxSteps)
        try metrics.set(.str("total_flos"), .float(state.totalFlos))
        try metrics.set(.str("train_loss"), .float(trainingLoss))
        try log.write(metrics)
        try log.close()
        return .native(TrainOutputObject(globalStep: state.globalStep, trainingLoss: trainingLoss, metrics: metrics))
    }

    /// Clips the gradients, steps the optimizer and the schedule, and clears the gradients.
    private func update(_ optimizer: OptimizerObject, _ scheduler: LRSchedulerObject, epoch: Double, _ interpreter: Interpreter) throws {
        let parameters = model.module.parameters()
        lastGradNorm = settings.maxGradNorm > 0 ? clipGradNorm(parameters, maxNorm: Float(settings.maxGradNorm)) : nil
        try optimizer.step()
        try scheduler.step(interpreter)
        for parameter in parameters { parameter.grad = nil }
        state.globalStep += 1
        state.epoch = epoch
        version += 1
    }

    /// What follows an optimizer step: the bar, a log every `logging_steps`, an evaluation every
    /// `eval_steps`, a checkpoint every `save_steps` and at the last step.
    private func stepEnd(_ plan: Plan, log: TrainerLog, running: inout RunningLoss, _ interpreter: Interpreter) throws {
        log.advance()
        let step = state.globalStep, isLast = step >= plan.maxSteps
        let logsNow = settings.loggingStrategy == "steps" && step % max(settings.loggingInterval(total: plan.maxSteps), 1) == 0
        if logsNow || (step == 1 && settings.loggingFirstStep) { try log.write(running.take(steps: step), gradNorm: lastGradNorm) }
        if settings.evalStrategy == "steps", step % max(settings.evalInterval(total: plan.maxSteps), 1) == 0 {
            try log.write(evaluate(evalDataset, prefix: "eval", interpreter))
        }
        if savesCheckpoint(isLastStep: isLast) { try saveCheckpoint(interpreter) }
    }

    /// What ends a pass over the data (also the last, cut short by `max_steps`): with the "epoch"
    /// strategies, a log, an evaluation and a checkpoint.
    private func epochEnd(log: TrainerLog, running: inout RunningLoss, _ interpreter: Interpreter) throws {
        if settings.loggingStrategy == "epoch", running.hasUnlogged(steps: state.globalStep) {
            try log.write(running.take(steps: state.globalStep), gradNorm: lastGradNorm)
        }
        if settings.evalStrategy == "epoch" { try log.write(evaluate(evalDataset, prefix: "eval", interpreter)) }
        if settings.saveStrategy == "epoch" { try saveCheckpoint(interpreter) }
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
        return (0..<batchCount(rows: rows)).map { Array(order[$0 * size ..< min(($0 + 1) * size, rows)]) }
    }

    /// Batches in one pass over `rows` rows (`len(train_dataloader)`).
    private func batchCount(rows: Int) -> Int {
        let size = settings.trainBatchSize
        return settings.dropLast ? rows / size : (rows + size - 1) / size
    }
}

/// The training loss as transformers accumulates it: a float32 sum since the last log, and the
/// float64 total of the logged sums.
struct RunningLoss {
    private var sinceLog: Float = 0
    private var logged = 0.0
    private var lastLoggedStep = 0

    mutating func add(_ loss: Float) { sinceLog += loss }

    func hasUnlogged(steps: Int) -> Bool { steps > lastLoggedStep }

    /// The mean loss per step since the last log, rounded to 4 digits as transformers logs it.
    mutating func take(steps: Int) -> Double {
        let mean = Double(sinceLog) / Double(steps - lastLoggedStep)
        logged += Double(sinceLog)
        (sinceLog, lastLoggedStep) = (0, steps)
        return Double(String(format: "%.4f", mean)) ?? mean
    }

    /// The run's mean loss per step (`train_loss`).
    mutating func total(steps: Int) -> Double {
        logged += Double(sinceLog)
        sinceLog = 0
        return logged / max(Double(steps), 0.001)
    }
}
