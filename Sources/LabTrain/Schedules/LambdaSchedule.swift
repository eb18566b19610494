/// `LambdaLR`: each group's initial rate times its own factor of the step count.
public struct LambdaSchedule: LearningRateSchedule {
    /// One factor per group, called with the step count.
    public let factors: [(Int) throws -> Double]

    public init(factors: [(Int) throws -> Double]) { self.factors = factors }

    public func chainedRate(group: Int, current: Double, base: Double, at step: ScheduleStep) throws -> Double {
        base * (try factors[group](step.epoch))
    }
}
