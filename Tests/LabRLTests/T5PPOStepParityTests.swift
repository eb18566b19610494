import Foundation
import LabModels
import LabNN
import LabRL
import LabTensor
import XCTest

/// One PPO step on a tiny random T5 with trl's value head against trl 0.11's PPOTrainer.step on
/// the same weights, rollouts and scores (Fixtures/t5_ppo_step, written by
/// scripts/fixtures/ppo/make_t5_step_fixtures.py): every stat and every trainable weight after the step.
///
/// Cases: `full` trains the whole T5 and the value head; `lora_qv` trains LoRA adapters on q and v
/// plus the value head, with the adapter-free policy as the reference, as trl does for a PEFT model.
///
/// Tolerance: 1e-5, absolute or relative to values above 1. Both sides compute in float32 but sum
/// in different orders (matmuls, softmax, whitening); those roundings pass through the T5, the
/// ratios `exp(Δlogprob)` and several Adam steps. Measured, the largest difference is about 3e-6
/// (approxkl, relative; log-probabilities about 1e-6; weights within 1e-6), so 1e-5 leaves room for
/// other summation orders while still catching any semantic difference (dropout left on in the
/// minibatch passes, for one, moves the losses by 1e-3).
final class T5PPOStepParityTests: XCTestCase {
    private static let tolerance: Float = 1e-5

    func testFullFineTuneStepMatchesTRL() throws { try checkStep("full", lora: false) }

    func testLoRAStepMatchesTRL() throws { try checkStep("lora_qv", lora: true) }

    private func checkStep(_ name: String, lora: Bool) throws {
        let root = try XCTUnwrap(Bundle.module.url(forResource: "t5_ppo_step", withExtension: nil, subdirectory: "Fixtures"))
        let folder = root.appendingPathComponent(name)
        let fixture = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("step.json"))) as? [String: Any])

        let t5 = try T5ForConditionalGeneration(folder: root.appendingPathComponent("base"))
        let peft = lora ? try PeftModel(t5, adapterFolder: folder.appendingPathComponent("adapter"), isTrainable: true) : nil
        let model = try Seq2SeqLMWithValueHead(policy: peft ?? t5)
        XCTAssertTrue(try model.loadValueHead(from: folder.appendingPathComponent("initial.safetensors")))
        let initial = try weights(folder.appendingPathComponent("initial.safetensors"))
        let trainable = Dictionary(uniqueKeysWithValues: model.namedParameters().filter(\.parameter.requiresGrad).map { ($0.name, $0.parameter) })
        XCTAssertEqual(Set(trainable.keys), Set(initial.keys), "\(name): trainable weights")
        for (weightName, parameter) in trainable {
            assertClose(parameter.value, try XCTUnwrap(initial[weightName]), tolerance: 0, "\(name) initial \(weightName)")
        }

        let policy = Seq2SeqValueHeadPolicy(model)
        // The full case's reference is the untrained T5 (its value head is never read), as create_reference_model copies it.
        let reference: PPOModel = try peft.map { AdapterFreeReference(policy, peft: $0) }
            ?? Seq2SeqValueHeadPolicy(Seq2SeqLMWithValueHead(policy: T5ForConditionalGeneration(folder: root.appendingPathComponent("base"))))
        let trainer = try PPOTrainer(config: try config(fixture), policy: policy, reference: reference, padTokenId: 0)
        let queries = try XCTUnwrap(fixture["queries"] as? [[Int]]).map { try Tensor(indices: $0) }
        let responses = try XCTUnwrap(fixture["responses"] as? [[Int]]).map { try Tensor(indices: $0) }
        let scores = try XCTUnwrap(fixture["scores"] as? [Double]).map { Tensor(Float($0)) }

        let stats = try trainer.step(queries: queries, responses: responses, scores: scores)

        let expected = try XCTUnwrap(fixture["stats"] as? [String: Any])
        let expectedKeys = try XCTUnwrap(fixture["stats_keys"] as? [String])
        XCTAssertEqual(stats.keys.filter { !$0.hasPrefix("time/") }, expectedKeys, name)
        for key in expectedKeys {
            switch stats[key] {
            case .scalar(let value)?: assertClose(value, try expected.double(key), tolerance: Double(Self.tolerance), "\(name) \(key)")
            case .array(let value)?: assertClose(value, try expected.tensor(key), tolerance: Self.tolerance, "\(name) \(key)")
            case nil: XCTFail("\(name): no stat \(key)")
            }
        }
        XCTAssertEqual(trainer.klController.value, try fixture.double("kl_coef_after"), accuracy: 1e-6, name)
        XCTAssertTrue(model.isTraining, "\(name): trl's train_minibatch leaves the model in train mode")
        let updated = try weights(folder.appendingPathComponent("updated.safetensors"))
        for (weightName, parameter) in trainable {
            assertClose(parameter.value, try XCTUnwrap(updated[weightName]), tolerance: Self.tolerance, "\(name) updated \(weightName)")
        }
    }

    private func weights(_ url: URL) throws -> [String: Tensor] {
        let file = try SafeTensorsFile(url: url)
        return try Dictionary(uniqueKeysWithValues: file.names.map { ($0, try Tensor(file.floats($0), shape: file.info($0).shape)) })
    }

    /// trl's defaults with the fixture's batch of 4 in one minibatch, seed 3 and its overrides.
    private func config(_ fixture: [String: Any]) throws -> PPOConfig {
        let overrides = try XCTUnwrap(fixture["config"] as? [String: Any])
        var config = PPOConfig()
        config.batchSize = 4
        config.miniBatchSize = 4
        config.seed = 3
        config.learningRate = try overrides.double("learning_rate")
        config.ppoEpochs = try XCTUnwrap(overrides["ppo_epochs"] as? Int)
        if let value = overrides["init_kl_coef"] as? Double { config.initKLCoef = value }
        return config
    }
}
