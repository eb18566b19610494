/// When the Trainer logs the running loss, evaluates and saves a checkpoint, as transformers 4.46
/// decides after each update and at the end of each pass (`_maybe_log_save_evaluate`).
public struct TrainerSchedule: Equatable, Sendable {
    /// What the loop asks its caller to do, in this order when several fall on one step.
    public enum Event: Equatable, Sendable { case log, evaluate, checkpoint }

    /// `logging_strategy`: `"no"`, `"steps"` or `"epoch"`.
    public var loggingStrategy: String
    /// Steps between logs (already resolved from a fraction of the run).
    public var loggingInterval: Int
    /// `logging_first_step`: also log after step 1.
    public var loggingFirstStep: Bool
    /// `eval_strategy`: `"no"`, `"steps"` or `"epoch"`.
    public var evalStrategy: String
    /// Steps between evaluations.
    public var evalInterval: Int
    public var checkpoints: CheckpointSchedule

    public init(loggingStrategy: String = "steps", loggingInterval: Int = 500, loggingFirstStep: Bool = false,
                evalStrategy: String = "no", evalInterval: Int = 500, checkpoints: CheckpointSchedule) {
        (self.loggingStrategy, self.loggingInterval, self.loggingFirstStep) = (loggingStrategy, loggingInterval, loggingFirstStep)
        (self.evalStrategy, self.evalInterval, self.checkpoints) = (evalStrategy, evalInterval, checkpoints)
    }

    /// What follows the update that made `step` (from 1) of a run of `maxSteps`.
    public func events(afterStep step: Int, maxSteps: Int) -> [Event] {
        var events: [Event] = []
        let logsNow = loggingStrategy == "steps" && step % max(loggingInterval, 1) == 0
        if logsNow || (step == 1 && loggingFirstStep) { events.append(.log) }
        if evalStrategy == "steps", step % max(evalInterval, 1) == 0 { events.append(.evaluate) }
        if checkpoints.savesCheckpoint(afterStep: step, isLastStep: step >= maxSteps) { events.append(.checkpoint) }
        return events
    }

    /// What ends a pass (also the last, cut short by `max_steps`); the "epoch" log only when
    /// steps were taken since the last log.
    public func eventsAtEpochEnd(hasUnloggedSteps: Bool) -> [Event] {
        var events: [Event] = []
        if loggingStrategy == "epoch", hasUnloggedSteps { events.append(.log) }
        if evalStrategy == "epoch" { events.append(.evaluate) }
        if checkpoints.savesAtEpochEnd { events.append(.checkpoint) }
        return events
    }
}
