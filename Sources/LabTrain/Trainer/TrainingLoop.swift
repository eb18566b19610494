/// The Trainer's loop as transformers 4.46 runs it on one device, apart from what a step does:
/// per pass, the batches a source gives; per batch, a forward and backward pass; per
/// `gradientAccumulationSteps` batches (and at a pass's last batch), an update and the step's
/// end (logs, evaluations, checkpoints); per pass, the pass's end; stopping at `plan.maxSteps`.
public struct TrainingLoop {
    /// What the loop calls; the caller supplies the model, data, optimizer and logging.
    public struct Callbacks {
        /// The batches of one pass (`epoch` counts from 0), as row indices.
        public var batches: (_ epoch: Int) throws -> [[Int]]
        /// One forward and backward pass; returns the (accumulation-scaled) loss.
        public var trainingStep: (_ batch: [Int]) throws -> Float
        /// One update: clipping, the optimizer and scheduler steps. `step` is the global step it
        /// makes (from 1), `epoch` how far through the run it is in passes (`1.5` halfway through the second).
        public var update: (_ step: Int, _ epoch: Double) throws -> Void
        /// After each update (the log callback).
        public var stepEnd: (_ step: Int, _ running: inout RunningLoss) throws -> Void
        /// After each pass, including a last one cut short by `maxSteps`.
        public var epochEnd: (_ step: Int, _ running: inout RunningLoss) throws -> Void
        /// Checked before each batch; throws to stop (an interrupt).
        public var checkInterrupt: () throws -> Void

        public init(batches: @escaping (Int) throws -> [[Int]], trainingStep: @escaping ([Int]) throws -> Float,
                    update: @escaping (Int, Double) throws -> Void, stepEnd: @escaping (Int, inout RunningLoss) throws -> Void,
                    epochEnd: @escaping (Int, inout RunningLoss) throws -> Void, checkInterrupt: @escaping () throws -> Void = {}) {
            (self.batches, self.trainingStep, self.update, self.stepEnd, self.epochEnd, self.checkInterrupt)
                = (batches, trainingStep, update, stepEnd, epochEnd, checkInterrupt)
        }
    }

    public let plan: TrainingPlan
    public let gradientAccumulationSteps: Int

    public init(plan: TrainingPlan, gradientAccumulationSteps: Int) {
        self.plan = plan
        self.gradientAccumulationSteps = max(gradientAccumulationSteps, 1)
    }

    /// Runs the loop; returns the steps taken and the running loss (for `train_loss`).
    public func run(_ callbacks: Callbacks) throws -> (steps: Int, running: RunningLoss) {
        var running = RunningLoss()
        var step = 0
        for epoch in 0..<plan.epochs {
            let batches = try callbacks.batches(epoch)
            for (index, batch) in batches.enumerated() {
                try callbacks.checkInterrupt()
                running.add(try callbacks.trainingStep(batch))
                guard (index + 1) % gradientAccumulationSteps == 0 || index + 1 == batches.count else { continue }
                step += 1
                try callbacks.update(step, Double(epoch) + Double(index + 1) / Double(batches.count))
                try callbacks.stepEnd(step, &running)
                if step >= plan.maxSteps { break }
            }
            try callbacks.epochEnd(step, &running)
            if step >= plan.maxSteps { break }
        }
        return (step, running)
    }
}
