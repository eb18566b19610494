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
        let schedule = TrainerSchedule(loggingInterval: 1, checkpoints: CheckpointSchedule(strategy: "no", interval: 0, totalLimit: nil))
        let loop = TrainingLoop(plan: plan, gradientAccumulationSteps: 2, schedule: schedule)
        let (steps, trainingLoss) = try loop.run(TrainingLoop.Callbacks(
            batches: { epoch in [[epoch * 10], [epoch * 10 + 1], [epoch * 10 + 2]] },
            trainingStep: { batch in events.append("batch \(batch[0])"); return 1 },
            update: { step, epoch in events.append("update \(step) at \(epoch)") },
            log: { loss, _ in events.append("log \(loss)") }))
        XCTAssertEqual(steps, 4)
        XCTAssertEqual(events, ["batch 0", "batch 1", "update 1 at 0.6666666666666666", "log 2.0", "batch 2", "update 2 at 1.0", "log 1.0",
                                "batch 10", "batch 11", "update 3 at 1.6666666666666665", "log 2.0", "batch 12", "update 4 at 2.0", "log 1.0"])
        XCTAssertEqual(trainingLoss, 1.5)
    }

    /// transformers' order of events: a step's log, evaluation and checkpoint, then a pass's; the
    /// last step always saves under "steps", and an "epoch" log only follows unlogged steps.
    func testScheduleLogsEvaluatesAndSavesInTransformersOrder() throws {
        func run(_ schedule: TrainerSchedule, maxSteps: Int) throws -> [String] {
            var events: [String] = []
            let loop = TrainingLoop(plan: TrainingPlan(maxSteps: maxSteps, epochs: 2, samples: 0), gradientAccumulationSteps: 1, schedule: schedule)
            let result = try loop.run(TrainingLoop.Callbacks(
                batches: { _ in [[0], [1], [2]] }, trainingStep: { _ in 0.5 }, update: { _, _ in },
                stepEnd: { events.append("step \($0)") }, log: { loss, step in events.append("log \(step): \(loss)") },
                evaluate: { events.append("eval \($0)") }, saveCheckpoint: { events.append("save \($0)") }))
            events.append("train_loss \(result.trainingLoss)")
            return events
        }
        let steps = TrainerSchedule(loggingInterval: 2, loggingFirstStep: true, evalStrategy: "steps", evalInterval: 3,
                                    checkpoints: CheckpointSchedule(strategy: "steps", interval: 4, totalLimit: nil))
        XCTAssertEqual(try run(steps, maxSteps: 5), ["step 1", "log 1: 0.5", "step 2", "log 2: 0.5", "step 3", "eval 3",
                                                     "step 4", "log 4: 0.5", "save 4", "step 5", "save 5", "train_loss 0.5"])
        let epochs = TrainerSchedule(loggingStrategy: "epoch", evalStrategy: "epoch",
                                     checkpoints: CheckpointSchedule(strategy: "epoch", interval: 0, totalLimit: nil))
        XCTAssertEqual(try run(epochs, maxSteps: 4), ["step 1", "step 2", "step 3", "log 3: 0.5", "eval 3", "save 3",
                                                      "step 4", "log 4: 0.5", "eval 4", "save 4", "train_loss 0.5"])
    }

    func testBatchesCutAShuffleAndDropAShortLastBatchOnlyWhenAsked() {
        XCTAssertEqual(TrainingPlan.batches(order: [4, 0, 3, 1, 2], batchSize: 2, dropLast: false), [[4, 0], [3, 1], [2]])
        XCTAssertEqual(TrainingPlan.batches(order: [4, 0, 3, 1, 2], batchSize: 2, dropLast: true), [[4, 0], [3, 1]])
    }

    func testAnInterruptStopsBeforeTheNextBatch() {
        struct Stop: Error {}
        var batches = 0
        let loop = TrainingLoop(plan: TrainingPlan(maxSteps: 10, epochs: 1, samples: 0), gradientAccumulationSteps: 1,
                                schedule: TrainerSchedule(checkpoints: CheckpointSchedule(strategy: "no", interval: 0, totalLimit: nil)))
        XCTAssertThrowsError(try loop.run(TrainingLoop.Callbacks(
            batches: { _ in [[0], [1], [2]] }, trainingStep: { _ in batches += 1; return 0 },
            update: { _, _ in }, log: { _, _ in },
            checkInterrupt: { if batches == 2 { throw Stop() } })))
        XCTAssertEqual(batches, 2)
    }
}
