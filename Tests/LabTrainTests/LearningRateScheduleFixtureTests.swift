import Foundation
import XCTest
@testable import LabTrain

/// Replays the schedules of Fixtures/lr_schedules.json (recorded with PyTorch by
/// scripts/fixtures/torch/lr_schedules.py) over two groups at 0.1 and 0.05, and checks every rate
/// and momentum bit for bit.
final class LearningRateScheduleFixtureTests: XCTestCase {
    private struct Fixture: Decodable {
        let cases: [Case]
    }

    private struct Case: Decodable {
        let scheduler: String
        let arguments: [String: Argument]
        let optimizer: String
        let rates: [[Double]]
        let momenta: [[Double]]
        let epochs: [Int]?
    }

    /// A scheduler argument: a number, a flag, a word, or a list of numbers.
    private enum Argument: Decodable {
        case number(Double), flag(Bool), word(String), numbers([Double])

        init(from decoder: Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let b = try? c.decode(Bool.self) { self = .flag(b) }
            else if let d = try? c.decode(Double.self) { self = .number(d) }
            else if let s = try? c.decode(String.self) { self = .word(s) }
            else { self = .numbers(try c.decode([Double].self)) }
        }
    }

    private static let baseRates = [0.1, 0.05]

    func testEveryRecordedScheduleMatchesPyTorchBitForBit() throws {
        let url = try XCTUnwrap(Bundle.module.url(forResource: "lr_schedules", withExtension: "json", subdirectory: "Fixtures"))
        let fixture = try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
        XCTAssertEqual(fixture.cases.count, 16)
        for (n, recorded) in fixture.cases.enumerated() {
            let label = "case \(n) \(recorded.scheduler)"
            var scheduler = LearningRateScheduler(schedule: try schedule(recorded), baseRates: Self.baseRates)
            var rates = Self.baseRates
            var momenta = Array(repeating: 0.9, count: rates.count)
            func apply(_ updates: [LearningRateScheduler.Update]) {
                rates = updates.map(\.rate)
                for (i, update) in updates.enumerated() { if let m = update.momentum { momenta[i] = m } }
            }
            apply(try scheduler.initialStep(currentRates: rates))
            XCTAssertEqual(rates, recorded.rates[0], "\(label) at construction")
            for step in 1..<recorded.rates.count {
                apply(try scheduler.step(currentRates: rates, epoch: recorded.epochs?[step - 1]))
                XCTAssertEqual(rates, recorded.rates[step], "\(label) step \(step)")
                XCTAssertEqual(momenta, recorded.momenta[step], "\(label) momentum at step \(step)")
                XCTAssertEqual(scheduler.lastRates, rates)
            }
        }
    }

    /// The schedule a case names, with PyTorch's defaults for the arguments it leaves out.
    private func schedule(_ c: Case) throws -> LearningRateSchedule {
        func number(_ key: String, _ fallback: Double) -> Double {
            if case .number(let d)? = c.arguments[key] { return d }
            return fallback
        }
        func flag(_ key: String, _ fallback: Bool) -> Bool {
            if case .flag(let b)? = c.arguments[key] { return b }
            return fallback
        }
        switch c.scheduler {
        case "StepLR": return StepSchedule(stepSize: Int(number("step_size", 0)), gamma: number("gamma", 0.1))
        case "MultiStepLR":
            guard case .numbers(let milestones)? = c.arguments["milestones"] else { throw ScheduleError("no milestones") }
            return MultiStepSchedule(milestones: milestones.map { Int($0) }, gamma: number("gamma", 0.1))
        case "ExponentialLR": return ExponentialSchedule(gamma: number("gamma", 0))
        case "CosineAnnealingLR": return CosineAnnealingSchedule(tMax: Int(number("T_max", 0)), etaMin: number("eta_min", 0))
        case "LinearLR":
            return try LinearSchedule(startFactor: number("start_factor", 1.0 / 3), endFactor: number("end_factor", 1),
                                      totalIterations: Int(number("total_iters", 5)))
        case "OneCycleLR":
            let maxRates: [Double]
            switch c.arguments["max_lr"] {
            case .numbers(let given)?: maxRates = given
            default: maxRates = Array(repeating: number("max_lr", 0), count: Self.baseRates.count)
            }
            let cycles = flag("cycle_momentum", true)
            let groups = maxRates.map {
                OneCycleSchedule.Group(maxRate: $0, divFactor: number("div_factor", 25), finalDivFactor: number("final_div_factor", 1e4),
                                       maxMomentum: cycles ? number("max_momentum", 0.95) : nil,
                                       baseMomentum: cycles ? number("base_momentum", 0.85) : nil)
            }
            var anneal = OneCycleSchedule.Anneal.cos
            if case .word(let word)? = c.arguments["anneal_strategy"] { anneal = try XCTUnwrap(OneCycleSchedule.Anneal(rawValue: word)) }
            return try OneCycleSchedule(totalSteps: Int(number("total_steps", 0)), pctStart: number("pct_start", 0.3), anneal: anneal,
                                        threePhase: flag("three_phase", false), cycleMomentum: cycles, groups: groups)
        default: throw ScheduleError("no scheduler \(c.scheduler)")
        }
    }
}
