/// `MultiStepLR`: the rate times `gamma` at each milestone (times `gamma`ⁿ at a milestone listed n times).
public struct MultiStepSchedule: LearningRateSchedule {
    /// Each milestone with how often it was given, in first-seen order (a Python `Counter`).
    public let milestones: [(step: Int, count: Int)]
    public let gamma: Double

    public init(milestones: [Int], gamma: Double) {
        var counted: [(step: Int, count: Int)] = []
        for step in milestones {
            if let i = counted.firstIndex(where: { $0.step == step }) { counted[i].count += 1 } else { counted.append((step, 1)) }
        }
        self.milestones = counted
        self.gamma = gamma
    }

    public func chainedRate(group: Int, current: Double, base: Double, at step: ScheduleStep) throws -> Double {
        guard let hit = milestones.first(where: { $0.step == step.epoch }) else { return current }
        return current * (try pythonPower(gamma, hit.count))
    }

    /// The milestones passed, counted with repeats (`bisect_right` over the sorted list).
    public func closedFormRate(group: Int, base: Double, epoch: Int) throws -> Double? {
        base * (try pythonPower(gamma, milestones.filter { $0.step <= epoch }.reduce(0) { $0 + $1.count }))
    }
}
