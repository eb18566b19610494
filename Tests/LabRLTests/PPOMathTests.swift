import LabRL
import LabTensor
import XCTest

/// The PPO formulas against values computed by trl 0.11 (Fixtures/ppo_math.json).
final class PPOMathTests: XCTestCase {
    private var fixtures: [String: Any] = [:]

    override func setUpWithError() throws {
        fixtures = try Fixtures.load("ppo_math")
    }

    func testKLControllers() throws {
        for c in try fixtures.cases("kl_controllers") {
            var controller = try c.bool("adaptive")
                ? KLController.adaptive(initKLCoef: c.double("init"), target: c.double("target"), horizon: c.double("horizon"))
                : KLController.fixed(c.double("init"))
            let updates = try XCTUnwrap(c["updates"] as? [[Double]]), expected = try XCTUnwrap(c["values"] as? [Double])
            for (update, value) in zip(updates, expected) {
                controller.update(current: update[0], nSteps: Int(update[1]))
                XCTAssertEqual(controller.value, value, accuracy: 1e-15)
            }
        }
    }

    func testMaskedStatisticsAndEntropy() throws {
        for c in try fixtures.cases("masked_stats") {
            let values = try c.tensor("values"), masks = try c.tensor("masks")
            assertClose(try Tensor.maskedMean(values, mask: masks).item(), try c.double("mean"))
            assertClose(try Tensor.maskedMean(values, mask: masks, dim: 1), try c.tensor("mean_axis1"))
            assertClose(try Tensor.maskedVariance(values, mask: masks).item(), try c.double("var"))
            assertClose(try Tensor.maskedVariance(values, mask: masks, unbiased: false).item(), try c.double("var_biased"))
            assertClose(try Tensor.maskedWhiten(values, mask: masks), try c.tensor("whiten"))
            assertClose(try Tensor.maskedWhiten(values, mask: masks, shiftMean: false), try c.tensor("whiten_keep_mean"))
            assertClose(try c.tensor("logits").entropyFromLogits(), try c.tensor("entropy"))
        }
    }

    func testRunningMoments() throws {
        var running = RunningMoments()
        for step in try fixtures.cases("running_moments") {
            let batch = try running.update(try step.tensor("scores"))
            assertClose(batch.mean, try step.double("batch_mean"))
            assertClose(batch.std, try step.double("batch_std"))
            assertClose(running.mean, try step.double("mean"))
            assertClose(running.std, try step.double("std"))
            assertClose(running.variance, try step.double("var"))
            assertClose(running.count, try step.double("count"))
        }
    }

    func testScoreScalingNormalizationAndClipping() throws {
        for c in try fixtures.cases("score_transforms") {
            var running = RunningMoments()
            for step in try c.cases("steps") {
                let scores = try PPO.transformScores(try step.tensor("raw"), running: &running, useScoreScaling: c.bool("use_score_scaling"),
                                                     useScoreNorm: c.bool("use_score_norm"), scoreClip: c.optionalDouble("score_clip"))
                assertClose(scores, try step.tensor("scores"), "\(c)")
            }
        }
    }

    func testRewardsForEachKLPenaltyMode() throws {
        for c in try fixtures.cases("rewards") {
            let mode = try XCTUnwrap(PPOConfig.KLPenalty(rawValue: try c.string("kl_penalty")))
            let out = try PPO.computeRewards(scores: c.tensor("scores"), logprobs: c.tensor("logprobs"), refLogprobs: c.tensor("ref_logprobs"),
                                             masks: c.tensor("masks"), klCoef: c.double("kl_coef"), klPenalty: mode)
            assertClose(out.rewards, try c.tensor("rewards"), "rewards \(mode)")
            assertClose(out.nonScoreRewards, try c.tensor("non_score_rewards"), "non-score rewards \(mode)")
            assertClose(out.kls, try c.tensor("kls"), "kls \(mode)")
        }
    }

    func testRewardsRejectAResponseWithNothingToScore() throws {
        let masks = try Tensor([0, 1, 0, 0, 0, 0], shape: [2, 3]), logprobs = try Tensor.zeros([2, 3])
        XCTAssertThrowsError(try PPO.computeRewards(scores: try Tensor([1, 2]), logprobs: logprobs, refLogprobs: logprobs,
                                                    masks: masks, klCoef: 0.2, klPenalty: .kl)) { error in
            XCTAssertEqual(error as? PPOError, .emptyResponseMask(sample: 1))
        }
    }

    func testAdvantagesWithAndWithoutRewardWhitening() throws {
        for c in try fixtures.cases("advantages") {
            let out = try PPO.computeAdvantages(values: c.tensor("values"), rewards: c.tensor("rewards"), masks: c.tensor("masks"),
                                                gamma: c.double("gamma"), lam: c.double("lam"), whitenRewards: c.bool("whiten_rewards"))
            assertClose(out.values, try c.tensor("out_values"), "values")
            assertClose(out.advantages, try c.tensor("advantages"), "advantages")
            assertClose(out.returns, try c.tensor("returns"), "returns")
        }
    }

    func testLossStatsAndGradientsAcrossClipRanges() throws {
        for c in try fixtures.cases("losses") {
            var logprobs = try c.tensor("logprobs"), vpreds = try c.tensor("vpreds")
            logprobs.requiresGrad = true
            vpreds.requiresGrad = true
            let settings = PPO.LossSettings(cliprange: try c.double("cliprange"), cliprangeValue: try c.double("cliprange_value"),
                                            vfCoef: try c.double("vf_coef"), ratioThreshold: try c.double("ratio_threshold"))
            let out = try PPO.loss(oldLogprobs: c.tensor("old_logprobs"), values: c.tensor("values"), logits: c.tensor("logits"),
                                   vpreds: vpreds, logprobs: logprobs, masks: c.tensor("masks"), advantages: c.tensor("advantages"),
                                   returns: c.tensor("returns"), settings: settings)
            assertClose(try out.policyLoss.item(), try c.double("pg_loss"))
            assertClose(try out.valueLoss.item(), try c.double("vf_loss"))
            let expectedStats = try XCTUnwrap(c["stats"] as? [String: Any])
            XCTAssertEqual(Set(out.stats.map(\.key)), Set(expectedStats.keys))
            for (key, value) in out.stats { assertClose(value, try expectedStats.tensor(key), key) }
            try (out.policyLoss + out.valueLoss).backward()
            assertClose(try XCTUnwrap(logprobs.grad), try c.tensor("grad_logprobs"), "d loss / d logprobs")
            assertClose(try XCTUnwrap(vpreds.grad), try c.tensor("grad_vpreds"), "d loss / d vpreds")
        }
    }
}
