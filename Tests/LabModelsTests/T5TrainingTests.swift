import XCTest
import LabNN
import LabTensor
@testable import LabModels

/// Gradients reach every weight and one optimizer step lowers the loss.
final class T5TrainingTests: XCTestCase {
    private func tinyConfig() -> T5Config {
        var config = T5Config()
        (config.vocabSize, config.dModel, config.dKV, config.numHeads, config.dFF) = (50, 16, 4, 2, 24)
        (config.numLayers, config.numDecoderLayers, config.decoderStartTokenId) = (2, 2, 0)
        config.feedForwardProj = "gated-gelu"
        return config
    }

    func testOneAdamStepLowersTheLoss() throws {
        let model = try T5ForConditionalGeneration(config: tinyConfig(), weights: WeightInitializer(seed: 3))
        model.eval()
        let ids = try Tensor(indices: [5, 6, 7, 8, 1, 9, 10, 1, 0, 0], shape: [2, 5])
        let mask = try Tensor(indices: [1, 1, 1, 1, 1, 1, 1, 1, 0, 0], shape: [2, 5])
        let labels = try Tensor(indices: [11, 12, 1, 13, -100, -100], shape: [2, 3])
        let optimizer = Adam(model.parameters(), learningRate: 1e-2)
        let before = try XCTUnwrap(model(inputIds: ids, attentionMask: mask, labels: labels).loss)
        try before.backward()
        for (name, parameter) in model.namedParameters() { XCTAssertNotNil(parameter.grad, name) }
        try optimizer.step()
        let after = try withNoGrad { try XCTUnwrap(model(inputIds: ids, attentionMask: mask, labels: labels).loss) }
        XCTAssertLessThan(try after.item(), try before.item())
    }

    func testDropoutIsSeededAndOffInEval() throws {
        let model = try T5ForConditionalGeneration(config: tinyConfig(), weights: WeightInitializer(seed: 3), dropoutSeed: 5)
        let ids = try Tensor(indices: [5, 6, 7], shape: [1, 3])
        let run = { try withNoGrad { try model(inputIds: ids, decoderInputIds: ids).logits.toFloatArray() } }
        let saved = model.randomSource.generator
        let first = try run()
        model.randomSource.generator = saved
        XCTAssertEqual(first, try run())
        XCTAssertNotEqual(first, try run())
        model.eval()
        XCTAssertEqual(try run(), try run())
    }

    func testNoGradForwardKeepsNoGraph() throws {
        let model = try T5ForConditionalGeneration(config: tinyConfig(), weights: WeightInitializer(seed: 3))
        let ids = try Tensor(indices: [5, 6, 7], shape: [1, 3])
        let logits = try withNoGrad { try model(inputIds: ids, decoderInputIds: ids).logits }
        XCTAssertFalse(logits.requiresGrad)
        XCTAssertTrue(logits.isLeaf)
        XCTAssertTrue(try model(inputIds: ids, decoderInputIds: ids).logits.requiresGrad)
    }
}
