import Foundation

/// `CosineAnnealingLR`: half a cosine from the initial rate down to `etaMin` over `tMax` steps,
/// then back up, and so on.
public struct CosineAnnealingSchedule: LearningRateSchedule {
    public let tMax: Int
    public let etaMin: Double

    public init(tMax: Int, etaMin: Double) {
        self.tMax = tMax
        self.etaMin = etaMin
    }

    /// PyTorch's recursive form: the ratio of this step's cosine factor to the last one's scales
    /// the distance from `etaMin`; at the bottom of a period, where that ratio is 0/0, the rate
    /// climbs by the first step's amount instead.
    public func chainedRate(group: Int, current: Double, base: Double, at step: ScheduleStep) throws -> Double {
        let t = Double(tMax), epoch = step.epoch
        if step.isInitial { return current }
        if step.stepCount == 1 && epoch > 0 {
            return etaMin + (base - etaMin) * (1 + cos(try pythonDivide(Double(epoch) * Double.pi, t))) / 2
        }
        if try pythonModulo(epoch - 1 - tMax, 2 * tMax) == 0 {
            return current + (base - etaMin) * (1 - cos(try pythonDivide(Double.pi, t))) / 2
        }
        let ratio = try pythonDivide(1 + cos(try pythonDivide(Double.pi * Double(epoch), t)),
                                     1 + cos(try pythonDivide(Double.pi * Double(epoch - 1), t)))
        return ratio * (current - etaMin) + etaMin
    }

    public func closedFormRate(group: Int, base: Double, epoch: Int) throws -> Double? {
        etaMin + (base - etaMin) * (1 + cos(try pythonDivide(Double.pi * Double(epoch), Double(tMax)))) / 2
    }
}
