/// A learning-rate scheduler's state over one optimizer's param groups: PyTorch's `LRScheduler`
/// (`last_epoch`, `_step_count`, `base_lrs`, `_last_lr`) around a ``LearningRateSchedule``.
///
/// The optimizer stays outside: each step takes the groups' current rates and returns the rates
/// (and momenta) to set, so the caller applies them to whatever holds its param groups.
public struct LearningRateScheduler {
    /// What one step sets in one param group.
    public struct Update: Equatable, Sendable {
        public let rate: Double
        /// SGD's `momentum` or Adam's first beta; nil to leave it.
        public let momentum: Double?
    }

    public var schedule: LearningRateSchedule
    /// Each group's initial rate (`base_lrs`).
    public var baseRates: [Double]
    /// The step count (`last_epoch`): -1 before the construction step.
    public var lastEpoch: Int
    /// How many times `step()` has run (`_step_count`), the construction step included.
    public var stepCount = 0
    /// The rates the last step set (`get_last_lr()`).
    public var lastRates: [Double] = []

    /// A scheduler that has not yet taken its construction step (see ``initialStep(currentRates:)``).
    public init(schedule: LearningRateSchedule, baseRates: [Double], lastEpoch: Int = -1) {
        self.schedule = schedule
        self.baseRates = baseRates
        self.lastEpoch = lastEpoch
    }

    /// The step taken on construction: the count goes from `lastEpoch` to the next, with
    /// ``ScheduleStep/isInitial`` set.
    public mutating func initialStep(currentRates: [Double]) throws -> [Update] {
        stepCount = 0
        return try advance(currentRates: currentRates, epoch: nil, isInitial: true)
    }

    /// One `step()`: the next count, or `epoch` (PyTorch's deprecated form, which uses the
    /// schedule's closed form where it has one).
    public mutating func step(currentRates: [Double], epoch: Int? = nil) throws -> [Update] {
        try advance(currentRates: currentRates, epoch: epoch, isInitial: false)
    }

    /// Whether this `step()` is the first after construction while the optimizer has never
    /// stepped, which PyTorch warns of (the schedule's first value would be skipped).
    public func stepsBeforeOptimizer(optimizerHasStepped: Bool) -> Bool {
        stepCount == 1 && !optimizerHasStepped
    }

    /// The count and `stepCount` move first, so a schedule that refuses the step (OneCycleLR past
    /// its end) leaves them moved, as in PyTorch.
    private mutating func advance(currentRates: [Double], epoch: Int?, isInitial: Bool) throws -> [Update] {
        stepCount += 1
        lastEpoch = epoch ?? lastEpoch + 1
        let position = ScheduleStep(epoch: lastEpoch, stepCount: stepCount, isInitial: isInitial)
        var updates: [Update] = []
        for (group, (current, base)) in zip(currentRates, baseRates).enumerated() {
            let closed = try epoch.flatMap { try schedule.closedFormRate(group: group, base: base, epoch: $0) }
            let rate = try closed ?? schedule.chainedRate(group: group, current: current, base: base, at: position)
            updates.append(Update(rate: rate, momentum: try schedule.momentum(group: group, epoch: lastEpoch)))
        }
        lastRates = updates.map(\.rate)
        return updates
    }
}
