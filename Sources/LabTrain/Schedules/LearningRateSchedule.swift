/// Where a scheduler stands when it asks its schedule for the next rates (PyTorch's `last_epoch`,
/// `_step_count` and `_is_initial`).
public struct ScheduleStep: Sendable {
    /// The step count after this step (`last_epoch`): 0 for the step taken on construction.
    public let epoch: Int
    /// How many times `step()` has run, counting this one (`_step_count`).
    public let stepCount: Int
    /// Whether this is the step taken on construction.
    public let isInitial: Bool
}

/// A `torch.optim.lr_scheduler` schedule: the formulas only; ``LearningRateScheduler`` keeps the
/// count and the rates.
///
/// PyTorch computes most rates recursively from each group's current rate (its "chainable" form),
/// so two schedulers on one optimizer compose, and a rate set by hand is what the next step
/// scales. `step(epoch)` uses the closed form instead where a schedule has one.
public protocol LearningRateSchedule {
    /// Group `group`'s rate at `step`, from its current rate and its initial rate (`get_lr`).
    func chainedRate(group: Int, current: Double, base: Double, at step: ScheduleStep) throws -> Double
    /// Group `group`'s rate at `epoch` from its initial rate alone (`_get_closed_form_lr`); nil
    /// when the schedule has no closed form (then `step(epoch)` uses the chainable form).
    func closedFormRate(group: Int, base: Double, epoch: Int) throws -> Double?
    /// The momentum (SGD's `momentum`, or Adam's first beta) group `group` gets at `epoch`; nil
    /// when the schedule leaves momentum alone.
    func momentum(group: Int, epoch: Int) throws -> Double?
}

extension LearningRateSchedule {
    public func closedFormRate(group: Int, base: Double, epoch: Int) throws -> Double? { nil }
    public func momentum(group: Int, epoch: Int) throws -> Double? { nil }
}

/// A schedule refused, with PyTorch's (or CPython's) message.
public struct ScheduleError: Error, Equatable, CustomStringConvertible {
    /// A bad argument or step; a zero divisor; a param-group key the schedule needs (the message is the key).
    public enum Kind: Sendable { case invalidValue, zeroDivision, missingKey }
    public let kind: Kind
    public let message: String
    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }
    public init(_ message: String) { self.init(.invalidValue, message) }
    public var description: String { message }
}
