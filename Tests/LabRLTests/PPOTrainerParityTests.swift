import LabRL
import LabTensor
import XCTest

/// Whole PPO steps against trl 0.11's PPOTrainer.step on the same toy policy, reference, rollouts
/// and scores (Fixtures/ppo_step.json): stats and updated weights.
final class PPOTrainerParityTests: XCTestCase {
    func testStepMatchesTRL() throws {
        for c in try Fixtures.load("ppo_step").cases("cases") {
            try checkStep(c)
        }
    }

    private func checkStep(_ c: [String: Any]) throws {
        let name = try c.string("name")
        let policy = ToySeq2SeqPolicy(weights: try weights(c, "policy"))
        let reference = ToySeq2SeqPolicy(weights: try weights(c, "reference"))
        let trainer = try PPOTrainer(config: try config(c), policy: policy, reference: reference, padTokenId: 0)
        let queries = try XCTUnwrap(c["queries"] as? [[Int]]).map { try Tensor(indices: $0) }
        let responses = try XCTUnwrap(c["responses"] as? [[Int]]).map { try Tensor(indices: $0) }
        let scores = try XCTUnwrap(c["scores"] as? [Double]).map { Tensor(Float($0)) }

        let stats = try trainer.step(queries: queries, responses: responses, scores: scores)

        let expected = try XCTUnwrap(c["stats"] as? [String: Any])
        let expectedKeys = try XCTUnwrap(c["stats_keys"] as? [String])
        XCTAssertEqual(stats.keys.filter { !$0.hasPrefix("time/") }, expectedKeys, name)
        XCTAssertEqual(stats.keys.filter { $0.hasPrefix("time/") },
                       ["forward_pass", "compute_rewards", "compute_advantages", "optimize_step", "calc_stats", "total"].map { "time/ppo/" + $0 })
        for key in expectedKeys {
            switch stats[key] {
            case .scalar(let value)?: assertClose(value, try expected.double(key), tolerance: 1e-5, "\(name) \(key)")
            case .array(let value)?: assertClose(value, try expected.tensor(key), "\(name) \(key)")
            case nil: XCTFail("\(name): no stat \(key)")
            }
        }
        XCTAssertEqual(Float(trainer.klController.value), Float(try c.double("kl_coef_after")), "\(name): β is float32 after its first update")
        let updated = try weights(c, "updated")
        for (parameterName, parameter) in policy.weights {
            assertClose(parameter.value, try XCTUnwrap(updated[parameterName]), tolerance: 1e-5, "\(name) updated \(parameterName)")
        }
    }

    private func weights(_ c: [String: Any], _ key: String) throws -> [String: Tensor] {
        let table = try XCTUnwrap(c[key] as? [String: Any])
        return try Dictionary(uniqueKeysWithValues: ToySeq2SeqPolicy.parameterNames.map { ($0, try table.tensor($0)) })
    }

    private func config(_ c: [String: Any]) throws -> PPOConfig {
        let o = try XCTUnwrap(c["config"] as? [String: Any])
        var config = PPOConfig()
        config.batchSize = 4
        config.miniBatchSize = o["mini_batch_size"] as? Int ?? 4
        config.gradientAccumulationSteps = o["gradient_accumulation_steps"] as? Int ?? 1
        config.seed = try XCTUnwrap(c["seed"] as? UInt64)
        config.learningRate = try o.double("learning_rate")
        config.ppoEpochs = try XCTUnwrap(o["ppo_epochs"] as? Int)
        if let mode = o["kl_penalty"] as? String { config.klPenalty = try XCTUnwrap(PPOConfig.KLPenalty(rawValue: mode)) }
        if let value = o["whiten_rewards"] as? Bool { config.whitenRewards = value }
        if let value = o["adap_kl_ctrl"] as? Bool { config.adapKLCtrl = value }
        if let value = o["early_stopping"] as? Bool { config.earlyStopping = value }
        if let value = o["init_kl_coef"] as? Double { config.initKLCoef = value }
        if let value = o["max_grad_norm"] as? Double { config.maxGradNorm = value }
        if let value = o["gamma"] as? Double { config.gamma = value }
        if let value = o["lam"] as? Double { config.lam = value }
        if let value = o["cliprange"] as? Double { config.cliprange = value }
        if let value = o["cliprange_value"] as? Double { config.cliprangeValue = value }
        if let value = o["vf_coef"] as? Double { config.vfCoef = value }
        if let value = o["score_clip"] as? Double { config.scoreClip = value }
        if let value = o["target_kl"] as? Double { config.targetKL = value }
        return config
    }
}
