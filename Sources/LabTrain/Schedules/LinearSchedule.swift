/// `LinearLR`: the rate scaled by a factor moving linearly from `startFactor` to `endFactor` over
/// `totalIterations` steps, then left alone.
public struct LinearSchedule: LearningRateSchedule {
    public let startFactor: Double
    public let endFactor: Double
    public let totalIterations: Int

    /// Checks the factors with PyTorch's messages.
    public init(startFactor: Double, endFactor: Double, totalIterations: Int) throws {
        guard startFactor > 0 && startFactor <= 1 else {
            throw ScheduleError(.invalidValue, "Starting multiplicative factor expected to be greater than 0 and less or equal to 1.")
        }
        guard endFactor >= 0 && endFactor <= 1 else { throw ScheduleError(.invalidValue, "Ending multiplicative factor expected to be between 0 and 1.") }
        self.startFactor = startFactor
        self.endFactor = endFactor
        self.totalIterations = totalIterations
    }

    /// Step 0 scales by `startFactor`; each later step by the ratio of this step's factor to the last one's.
    public func chainedRate(group: Int, current: Double, base: Double, at step: ScheduleStep) throws -> Double {
        if step.epoch == 0 { return current * startFactor }
        if step.isInitial || step.epoch > totalIterations { return current }
        let slope = endFactor - startFactor
        return current * (1.0 + (try pythonDivide(slope, Double(totalIterations) * startFactor + Double(step.epoch - 1) * slope)))
    }

    public func closedFormRate(group: Int, base: Double, epoch: Int) throws -> Double? {
        base * (startFactor + (try pythonDivide((endFactor - startFactor) * Double(min(totalIterations, epoch)), Double(totalIterations))))
    }
}
