/// `ExponentialLR`: the rate times `gamma` every step.
public struct ExponentialSchedule: LearningRateSchedule {
    public let gamma: Double

    public init(gamma: Double) { self.gamma = gamma }

    /// The construction step keeps the rate, so a resumed scheduler does not step ahead of itself.
    public func chainedRate(group: Int, current: Double, base: Double, at step: ScheduleStep) throws -> Double {
        step.isInitial ? current : current * gamma
    }

    public func closedFormRate(group: Int, base: Double, epoch: Int) throws -> Double? {
        base * (try pythonPower(gamma, epoch))
    }
}
