import LabRL
import XCTest

final class PPOConfigTests: XCTestCase {
    func testConfigChecksUseTRLWording() throws {
        var config = PPOConfig()
        (config.batchSize, config.miniBatchSize, config.gradientAccumulationSteps) = (10, 4, 1)
        XCTAssertThrowsError(try config.validated()) { error in
            XCTAssertEqual("\(error)", "`batch_size` must be a multiple of `mini_batch_size * gradient_accumulation_steps`, inexact division: 10 / 4 = 2.5")
        }
        (config.batchSize, config.miniBatchSize, config.gradientAccumulationSteps, config.forwardBatchSize) = (12, 4, 3, 2)
        let valid = try config.validated()
        XCTAssertEqual(valid.miniBatchSize, 2)
        XCTAssertEqual(valid.backwardBatchSize, 6)
        let defaults = PPOConfig()
        XCTAssertEqual([defaults.learningRate, defaults.initKLCoef, defaults.target, defaults.horizon, defaults.gamma, defaults.lam,
                        defaults.cliprange, defaults.cliprangeValue, defaults.vfCoef, defaults.targetKL, defaults.ratioThreshold],
                       [1.41e-5, 0.2, 6, 10000, 1, 0.95, 0.2, 0.2, 0.1, 1, 10])
        XCTAssertEqual([defaults.batchSize, defaults.miniBatchSize, defaults.gradientAccumulationSteps, defaults.ppoEpochs], [128, 128, 1, 4])
        XCTAssertEqual(defaults.klPenalty, .kl)
        XCTAssertTrue(defaults.adapKLCtrl)
        XCTAssertNil(defaults.maxGradNorm)
        XCTAssertNil(defaults.scoreClip)
    }

    func testKeywordsUseTRLNames() throws {
        var config = PPOConfig()
        try config.set("model_name", .string("google/flan-t5-base"))
        try config.set("learning_rate", .double(1.41e-5))
        try config.set("ppo_epochs", .int(1))
        try config.set("mini_batch_size", .int(4))
        try config.set("batch_size", .int(16))
        try config.set("kl_penalty", .string("full"))
        try config.set("max_grad_norm", .int(1))
        try config.set("score_clip", .none)
        try config.set("log_with", .none)
        XCTAssertEqual(config.modelName, "google/flan-t5-base")
        XCTAssertEqual([config.ppoEpochs, config.miniBatchSize, config.batchSize], [1, 4, 16])
        XCTAssertEqual(config.klPenalty, .full)
        XCTAssertEqual(config.maxGradNorm, 1)
        XCTAssertNil(config.scoreClip)
    }

    func testUnknownFieldsAndWrongKindsAreErrors() {
        var config = PPOConfig()
        XCTAssertThrowsError(try config.set("batchsize", .int(3))) { error in
            XCTAssertEqual("\(error)", "PPOConfig.__init__() got an unexpected keyword argument 'batchsize'")
        }
        XCTAssertThrowsError(try config.set("kl_penalty", .string("l2")))
        XCTAssertThrowsError(try config.set("ppo_epochs", .double(2.5))) { error in
            XCTAssertEqual("\(error)", "PPOConfig field `ppo_epochs` must be an int, got 2.5")
        }
    }
}
