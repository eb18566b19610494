import XCTest
@testable import LabTrain

/// When checkpoints are written and pruned, and how `evaluate()` averages its loss, as
/// transformers 4.46's Trainer does, without the interpreter.
final class CheckpointAndEvaluationTests: XCTestCase {
    func testStepsStrategySavesEveryIntervalAndAtTheLastStep() {
        let schedule = CheckpointSchedule(strategy: "steps", interval: 3, totalLimit: nil)
        let saved = (1...7).filter { schedule.savesCheckpoint(afterStep: $0, isLastStep: $0 == 7) }
        XCTAssertEqual(saved, [3, 6, 7])
        XCTAssertFalse(schedule.savesAtEpochEnd)
    }

    func testNoAndEpochStrategiesSaveNoStepCheckpoints() {
        let never = CheckpointSchedule(strategy: "no", interval: 1, totalLimit: nil)
        let epoch = CheckpointSchedule(strategy: "epoch", interval: 1, totalLimit: nil)
        XCTAssertFalse((1...4).contains { never.savesCheckpoint(afterStep: $0, isLastStep: $0 == 4) || epoch.savesCheckpoint(afterStep: $0, isLastStep: $0 == 4) })
        XCTAssertTrue(epoch.savesAtEpochEnd)
        XCTAssertFalse(never.savesAtEpochEnd)
        // save_steps=0 under "steps" still saves the last step.
        XCTAssertEqual((1...3).filter { CheckpointSchedule(strategy: "steps", interval: 0, totalLimit: nil).savesCheckpoint(afterStep: $0, isLastStep: $0 == 3) }, [3])
    }

    func testTotalLimitKeepsTheNewestCheckpointsByStepNotByName() {
        let names = ["checkpoint-10", "checkpoint-9", "runs", "checkpoint-100", "checkpoint-x", "checkpoint-20"]
        XCTAssertEqual(CheckpointSchedule(strategy: "steps", interval: 1, totalLimit: 2).stepsToRemove(among: names), [9, 10])
        XCTAssertEqual(CheckpointSchedule(strategy: "steps", interval: 1, totalLimit: nil).stepsToRemove(among: names), [])
        XCTAssertEqual(CheckpointSchedule(strategy: "steps", interval: 1, totalLimit: 0).stepsToRemove(among: names), [])
        XCTAssertEqual(CheckpointSchedule.folderName(step: 12), "checkpoint-12")
    }

    /// Each batch's mean loss weighs by its rows; the last, short batch counts less.
    func testEvaluationWeighsBatchesByTheirRows() throws {
        let loop = EvaluationLoop(rows: 5, batchSize: 2)
        var batches: [Range<Int>] = []
        let losses: [Float] = [1, 2, 4]
        let mean = try loop.meanLoss { rows in
            batches.append(rows)
            return losses[batches.count - 1]
        }
        XCTAssertEqual(batches, [0..<2, 2..<4, 4..<5])
        XCTAssertEqual(mean, Double(Float((1.0 * 2 + 2.0 * 2 + 4.0 * 1) / 5)))
        XCTAssertEqual(loop.batchCount, 3)
        XCTAssertTrue(try EvaluationLoop(rows: 0, batchSize: 4).meanLoss { _ in 1 }.isNaN)
    }

    func testAnInterruptStopsEvaluationBeforeTheNextBatch() {
        struct Interrupted: Error {}
        var calls = 0
        XCTAssertThrowsError(try EvaluationLoop(rows: 6, batchSize: 2).meanLoss(checkInterrupt: { if calls == 1 { throw Interrupted() } }) { _ in
            calls += 1
            return 0
        })
        XCTAssertEqual(calls, 1)
    }
}
