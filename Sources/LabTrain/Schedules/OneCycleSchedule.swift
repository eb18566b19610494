import Foundation

/// `OneCycleLR`: the 1cycle policy. The rate climbs from `maxRate / divFactor` to `maxRate`, then
/// anneals to `initial / finalDivFactor` (with `threePhase`, first back down to the initial rate);
/// the momentum moves the other way, between `maxMomentum` and `baseMomentum`.
public struct OneCycleSchedule: LearningRateSchedule {
    public enum Anneal: String, Sendable { case cos, linear }

    /// The values a phase runs between, named by their param-group keys.
    public enum Point: String, Sendable {
        case initialRate = "initial_lr", maxRate = "max_lr", minRate = "min_lr"
        case maxMomentum = "max_momentum", baseMomentum = "base_momentum"
    }

    /// One phase, ending at step `endStep` (fractional, as PyTorch computes it from `pct_start`).
    public struct Phase: Sendable {
        public let endStep: Double
        public let startRate: Point, endRate: Point
        public let startMomentum: Point, endMomentum: Point

        public init(endStep: Double, startRate: Point, endRate: Point, startMomentum: Point, endMomentum: Point) {
            (self.endStep, self.startRate, self.endRate, self.startMomentum, self.endMomentum) = (endStep, startRate, endRate, startMomentum, endMomentum)
        }
    }

    /// A param group's end points (its `initial_lr`, `max_lr`, `min_lr`, `max_momentum`, `base_momentum`).
    public struct Group: Sendable {
        public var values: [Point: Double]
        public init(values: [Point: Double]) { self.values = values }

        /// The points a new schedule writes into a fresh group: `maxRate` over `divFactor`, and that over `finalDivFactor`.
        public init(maxRate: Double, divFactor: Double, finalDivFactor: Double, maxMomentum: Double?, baseMomentum: Double?) {
            let initial = maxRate / divFactor
            values = [.initialRate: initial, .maxRate: maxRate, .minRate: initial / finalDivFactor]
            if let maxMomentum, let baseMomentum { (values[.maxMomentum], values[.baseMomentum]) = (maxMomentum, baseMomentum) }
        }
    }

    public let totalSteps: Int
    public let phases: [Phase]
    public let anneal: Anneal
    public let cycleMomentum: Bool
    public let groups: [Group]

    /// Checks `totalSteps` and `pctStart` with PyTorch's messages.
    public init(totalSteps: Int, pctStart: Double, anneal: Anneal, threePhase: Bool, cycleMomentum: Bool, groups: [Group]) throws {
        guard totalSteps > 0 else { throw ScheduleError(.invalidValue, "Expected positive integer total_steps, but got \(totalSteps)") }
        let total = Double(totalSteps), warmupEnd = pctStart * total - 1
        if threePhase {
            phases = [Phase(endStep: warmupEnd, startRate: .initialRate, endRate: .maxRate, startMomentum: .maxMomentum, endMomentum: .baseMomentum),
                      Phase(endStep: 2 * pctStart * total - 2, startRate: .maxRate, endRate: .initialRate, startMomentum: .baseMomentum, endMomentum: .maxMomentum),
                      Phase(endStep: total - 1, startRate: .initialRate, endRate: .minRate, startMomentum: .maxMomentum, endMomentum: .maxMomentum)]
        } else {
            phases = [Phase(endStep: warmupEnd, startRate: .initialRate, endRate: .maxRate, startMomentum: .maxMomentum, endMomentum: .baseMomentum),
                      Phase(endStep: total - 1, startRate: .maxRate, endRate: .minRate, startMomentum: .baseMomentum, endMomentum: .maxMomentum)]
        }
        (self.totalSteps, self.anneal, self.cycleMomentum, self.groups) = (totalSteps, anneal, cycleMomentum, groups)
    }

    public func chainedRate(group: Int, current: Double, base: Double, at step: ScheduleStep) throws -> Double {
        let (phase, pct) = try position(step.epoch)
        return try value(group, from: phase.startRate, to: phase.endRate, pct)
    }

    public func momentum(group: Int, epoch: Int) throws -> Double? {
        guard cycleMomentum else { return nil }
        let (phase, pct) = try position(epoch)
        return try value(group, from: phase.startMomentum, to: phase.endMomentum, pct)
    }

    /// The phase `epoch` falls in and how far through it (0 at its start, 1 at its end).
    private func position(_ epoch: Int) throws -> (Phase, Double) {
        guard epoch <= totalSteps else {
            throw ScheduleError(.invalidValue, "Tried to step \(epoch) times. The specified number of total steps is \(totalSteps)")
        }
        var start = 0.0
        for (i, phase) in phases.enumerated() {
            if Double(epoch) <= phase.endStep || i == phases.count - 1 {
                return (phase, try pythonDivide(Double(epoch) - start, phase.endStep - start))
            }
            start = phase.endStep
        }
        fatalError("the last phase always matches")
    }

    private func value(_ group: Int, from start: Point, to end: Point, _ pct: Double) throws -> Double {
        guard let a = groups[group].values[start] else { throw ScheduleError(.missingKey, start.rawValue) }
        guard let b = groups[group].values[end] else { throw ScheduleError(.missingKey, end.rawValue) }
        switch anneal {
        case .cos: return b + (a - b) / 2.0 * (cos(Double.pi * pct) + 1)
        case .linear: return (b - a) * pct + a
        }
    }
}
