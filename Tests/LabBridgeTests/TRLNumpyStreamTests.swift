import Foundation
import XCTest

/// trl 0.11 draws LengthSampler's lengths and each PPO epoch's minibatch order from numpy's one
/// global stream, which a new PPOTrainer reseeds. The lengths drawn before, between and after two
/// steps match trl's (scripts/fixtures/trl/numpy_stream.py), so the steps draw what trl's draw.
final class TRLNumpyStreamTests: BridgeTestCase {
    func testLengthSamplerAndStepsShareNumpysStreamAsInTrl() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/trl_numpy_stream.json")
        let fixture = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let lengths = try XCTUnwrap(fixture["lengths"] as? [String: [Int]])
        let out = run(TRLTests.setup + """
        import numpy as np
        tok = AutoTokenizer.from_pretrained("\(TRLTests.roberta)")
        config = PPOConfig(batch_size=4, mini_batch_size=2, ppo_epochs=2, seed=7, learning_rate=1e-5)
        trainer = PPOTrainer(config=config, model=ppo_model, tokenizer=tok)
        sampler = LengthSampler(3, 40)
        def batch():
            queries = [torch.tensor([3 + i, 4, 5, 1]) for i in range(4)]
            responses = [torch.tensor([0, 6, 7 + i, 1]) for i in range(4)]
            return queries, responses, [torch.tensor(float(i) - 1.5) for i in range(4)]
        print([sampler() for _ in range(3)])
        trainer.step(*batch())
        print([sampler() for _ in range(2)])
        trainer.step(*batch())
        print([sampler() for _ in range(2)])
        """)
        let expected = ["after_init", "after_step_1", "after_step_2"].map { "\(lengths[$0]!)\n" }.joined()
        XCTAssertEqual(out, expected)
    }
}
