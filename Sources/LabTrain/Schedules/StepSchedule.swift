/// `StepLR`: the rate times `gamma` every `stepSize` steps.
public struct StepSchedule: LearningRateSchedule {
    public let stepSize: Int
    public let gamma: Double

    public init(stepSize: Int, gamma: Double) {
        self.stepSize = stepSize
        self.gamma = gamma
    }

    public func chainedRate(group: Int, current: Double, base: Double, at step: ScheduleStep) throws -> Double {
        if step.epoch == 0 { return current }
        return try pythonModulo(step.epoch, stepSize) != 0 ? current : current * gamma
    }

    public func closedFormRate(group: Int, base: Double, epoch: Int) throws -> Double? {
        base * (try pythonPower(gamma, try pythonFloorDivide(epoch, stepSize)))
    }
}
