/// The Trainer's loop as transformers 4.46 runs it on one device, apart from what a step does:
/// per pass, the batches a source gives; per batch, a forward and backward pass; per
/// `gradientAccumulationSteps` batches (and at a pass's last batch), an update and the step's
/// events (logs, evaluations, checkpoints, as ``TrainerSchedule`` decides); per pass, the pass's
/// events; stopping at `plan.maxSteps`. It keeps the running loss and gives the logged means to
/// the log callback.
public struct TrainingLoop {
    /// What the loop calls; the caller supplies the model, data, optimizer and logging.
    public struct Callbacks {
        /// The batch source: the batches of one pass (`epoch` counts from 0), as row indices.
        public var batches: (_ epoch: Int) throws -> [[Int]]
        /// One forward and backward pass; returns the (accumulation-scaled) loss.
        public var trainingStep: (_ batch: [Int]) throws -> Float
        /// One update: clipping, the optimizer and scheduler steps. `step` is the global step it
        /// makes (from 1), `epoch` how far through the run it is in passes (`1.5` halfway through the second).
        public var update: (_ step: Int, _ epoch: Double) throws -> Void
        /// After each update, before its events (a progress bar's tick).
        public var stepEnd: (_ step: Int) throws -> Void
        /// The log callback: the mean loss per step since the last log, rounded as transformers logs it.
        public var log: (_ loss: Double, _ step: Int) throws -> Void
        /// An evaluation, when the schedule asks for one.
        public var evaluate: (_ step: Int) throws -> Void
        /// A checkpoint, when the schedule asks for one.
        public var saveCheckpoint: (_ step: Int) throws -> Void
        /// Checked before each batch; throws to stop (an interrupt).
        public var checkInterrupt: () throws -> Void

        public init(batches: @escaping (Int) throws -> [[Int]], trainingStep: @escaping ([Int]) throws -> Float,
                    update: @escaping (Int, Double) throws -> Void, stepEnd: @escaping (Int) throws -> Void = { _ in },
                    log: @escaping (Double, Int) throws -> Void, evaluate: @escaping (Int) throws -> Void = { _ in },
                    saveCheckpoint: @escaping (Int) throws -> Void = { _ in }, checkInterrupt: @escaping () throws -> Void = {}) {
            (self.batches, self.trainingStep, self.update, self.stepEnd) = (batches, trainingStep, update, stepEnd)
            (self.log, self.evaluate, self.saveCheckpoint, self.checkInterrupt) = (log, evaluate, saveCheckpoint, checkInterrupt)
        }
    }

    public let plan: TrainingPlan
    public let gradientAccumulationSteps: Int
    public let schedule: TrainerSchedule

    public init(plan: TrainingPlan, gradientAccumulationSteps: Int, schedule: TrainerSchedule) {
        self.plan = plan
        self.gradientAccumulationSteps = max(gradientAccumulationSteps, 1)
        self.schedule = schedule
    }

    /// Runs the loop; returns the steps taken and the run's mean loss per step (`train_loss`).
    public func run(_ callbacks: Callbacks) throws -> (steps: Int, trainingLoss: Double) {
        var running = RunningLoss()
        var step = 0
        func perform(_ events: [TrainerSchedule.Event]) throws {
            for event in events {
                switch event {
                case .log: try callbacks.log(running.take(steps: step), step)
                case .evaluate: try callbacks.evaluate(step)
                case .checkpoint: try callbacks.saveCheckpoint(step)
                }
            }
        }
        for epoch in 0..<plan.epochs {
            let batches = try callbacks.batches(epoch)
            for (index, batch) in batches.enumerated() {
                try callbacks.checkInterrupt()
                running.add(try callbacks.trainingStep(batch))
                guard (index + 1) % gradientAccumulationSteps == 0 || index + 1 == batches.count else { continue }
                step += 1
                try callbacks.update(step, Double(epoch) + Double(index + 1) / Double(batches.count))
                try callbacks.stepEnd(step)
                try perform(schedule.events(afterStep: step, maxSteps: plan.maxSteps))
                if step >= plan.maxSteps { break }
            }
            try perform(schedule.eventsAtEpochEnd(hasUnloggedSteps: running.hasUnlogged(steps: step)))
            if step >= plan.maxSteps { break }
        }
        return (step, running.total(steps: step))
    }
}
