import XCTest
@testable import LabTrain

/// The scheduler's bookkeeping and refusals, beside the recorded rates of
/// ``LearningRateScheduleFixtureTests``.
final class LearningRateSchedulerTests: XCTestCase {
    func testLambdaScalesTheInitialRateAndIgnoresTheCurrentOne() throws {
        var scheduler = LearningRateScheduler(schedule: LambdaSchedule(factors: [{ 1.0 / Double($0 + 1) }]), baseRates: [0.3])
        XCTAssertEqual(try scheduler.initialStep(currentRates: [0.3]).map(\.rate), [0.3])
        XCTAssertEqual(try scheduler.step(currentRates: [99]).map(\.rate), [0.15])
        XCTAssertEqual(scheduler.lastEpoch, 1)
        XCTAssertEqual(scheduler.stepCount, 2)
    }

    func testTheChainableFormScalesARateSetByHand() throws {
        var scheduler = LearningRateScheduler(schedule: ExponentialSchedule(gamma: 0.5), baseRates: [0.1])
        _ = try scheduler.initialStep(currentRates: [0.1])
        XCTAssertEqual(try scheduler.step(currentRates: [1.0]).map(\.rate), [0.5])
    }

    func testOnlyTheFirstStepBeforeAnyOptimizerStepIsFlagged() throws {
        var scheduler = LearningRateScheduler(schedule: StepSchedule(stepSize: 2, gamma: 0.1), baseRates: [0.1])
        _ = try scheduler.initialStep(currentRates: [0.1])
        XCTAssertTrue(scheduler.stepsBeforeOptimizer(optimizerHasStepped: false))
        XCTAssertFalse(scheduler.stepsBeforeOptimizer(optimizerHasStepped: true))
        _ = try scheduler.step(currentRates: [0.1])
        XCTAssertFalse(scheduler.stepsBeforeOptimizer(optimizerHasStepped: false))
    }

    func testOneCyclePastItsEndIsRefusedAfterCounting() throws {
        let group = OneCycleSchedule.Group(maxRate: 1, divFactor: 25, finalDivFactor: 1e4, maxMomentum: nil, baseMomentum: nil)
        let schedule = try OneCycleSchedule(totalSteps: 2, pctStart: 0.3, anneal: .cos, threePhase: false, cycleMomentum: false, groups: [group])
        var scheduler = LearningRateScheduler(schedule: schedule, baseRates: [0.04])
        _ = try scheduler.initialStep(currentRates: [0.04])
        _ = try scheduler.step(currentRates: [0.04])
        _ = try scheduler.step(currentRates: [0.04])
        XCTAssertThrowsError(try scheduler.step(currentRates: [0.04])) { error in
            XCTAssertEqual(error as? ScheduleError, ScheduleError("Tried to step 3 times. The specified number of total steps is 2"))
        }
        XCTAssertEqual(scheduler.lastEpoch, 3)
    }

    func testZeroDivisorsFailAsPythonFails() throws {
        var stepping = LearningRateScheduler(schedule: StepSchedule(stepSize: 0, gamma: 0.1), baseRates: [0.1])
        _ = try stepping.initialStep(currentRates: [0.1])
        XCTAssertThrowsError(try stepping.step(currentRates: [0.1])) { error in
            XCTAssertEqual(error as? ScheduleError, ScheduleError(.zeroDivision, "integer modulo by zero"))
        }
        var cosine = LearningRateScheduler(schedule: CosineAnnealingSchedule(tMax: 0, etaMin: 0), baseRates: [0.1])
        _ = try cosine.initialStep(currentRates: [0.1])
        XCTAssertThrowsError(try cosine.step(currentRates: [0.1])) { error in
            XCTAssertEqual((error as? ScheduleError)?.kind, .zeroDivision)
        }
    }

    func testLinearFactorsOutsideTheirRangesAreRefused() {
        XCTAssertThrowsError(try LinearSchedule(startFactor: 0, endFactor: 1, totalIterations: 5))
        XCTAssertThrowsError(try LinearSchedule(startFactor: 0.5, endFactor: 1.5, totalIterations: 5))
    }

    func testMultiStepCountsRepeatedMilestones() throws {
        let schedule = MultiStepSchedule(milestones: [3, 1, 3], gamma: 0.5)
        XCTAssertEqual(schedule.milestones.map(\.step), [3, 1])
        XCTAssertEqual(schedule.milestones.map(\.count), [2, 1])
        XCTAssertEqual(try schedule.closedFormRate(group: 0, base: 1, epoch: 3), 0.125)
    }
}
