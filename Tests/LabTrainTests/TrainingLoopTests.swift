import XCTest
@testable import LabTrain

/// The Trainer's loop and its plan, without a model or an interpreter: what the loop calls, in order.
final class TrainingLoopTests: XCTestCase {
    func testPlanFollowsTransformersArithmetic() throws {
        // 10 rows in batches of 3: 4 batches, 2 updates per pass with accumulation 2; 1.5 passes round up.
        XCTAssertEqual(try TrainingPlan(rows: 10, batchSize: 3, dropLast: false, gradientAccumulationSteps: 2, maxSteps: 0, numTrainEpochs: 1.5),
                       TrainingPlan(maxSteps: 3, epochs: 2, samples: 15))
        XCTAssertEqual(try TrainingPlan(rows: 10, batchSize: 3, dropLast: true, gradientAccumulationSteps: 1, maxSteps: 7, numTrainEpochs: 3),
                       TrainingPlan(maxSteps: 7, epochs: 3, samples: 21))
        XCTAssertThrowsError(try TrainingPlan(rows: 2, batchSize: 3, dropLast: true, gradientAccumulationSteps: 1, maxSteps: 0, numTrainEpochs: 1)) {
            XCTAssertEqual($0 as? TrainingError, .noFullBatch(batchSize: 3))
        }
    }

    func testAccumulatesUpdatesAtPassEndsAndStopsAtMaxSteps() throws {
        let plan = TrainingPlan(maxSteps: 4, epochs: 2, samples: 0)
        var events: [String] = []
        let loop = TrainingLoop(plan: plan, gradientAccumulationSteps: 2)
        let (steps, running) = try loop.run(TrainingLoop.Callbacks(
            batches: { epoch in [[epoch * 10], [epoch * 10 + 1], [epoch * 10 + 2]] },
            trainingStep: { batch in events.append("batch \(batch[0])"); return 1 },
            update: { step, epoch in events.append("update \(step) at \(epoch)") },
            stepEnd: { step, running in events.append("log \(running.take(steps: step))") },
            epochEnd: { step, _ in events.append("epoch end at \(step)") }))
        XCTAssertEqual(steps, 4)
        XCTAssertEqual(events, ["batch 0", "batch 1", "update 1 at 0.6666666666666666", "log 2.0", "batch 2", "update 2 at 1.0", "log 1.0", "epoch end at 2",
                                "batch 10", "batch 11", "update 3 at 1.6666666666666665", "log 2.0", "batch 12", "update 4 at 2.0", "log 1.0", "epoch end at 4"])
        var total = running
        XCTAssertEqual(total.total(steps: steps), 1.5)
    }

    func testAnInterruptStopsBeforeTheNextBatch() {
        struct Stop: Error {}
        var batches = 0
        let loop = TrainingLoop(plan: TrainingPlan(maxSteps: 10, epochs: 1, samples: 0), gradientAccumulationSteps: 1)
        XCTAssertThrowsError(try loop.run(TrainingLoop.Callbacks(
            batches: { _ in [[0], [1], [2]] }, trainingStep: { _ in batches += 1; return 0 },
            update: { _, _ in }, stepEnd: { _, _ in }, epochEnd: { _, _ in },
            checkInterrupt: { if batches == 2 { throw Stop() } })))
        XCTAssertEqual(batches, 2)
    }
}
