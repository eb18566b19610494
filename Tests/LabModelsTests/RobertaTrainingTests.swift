import XCTest
import LabNN
import LabTensor
@testable import LabModels

/// The RoBERTa classifier trains end to end: gradients reach every weight, Adam steps lower the
/// loss, dropout is seeded and active only in train mode, and the loss follows the problem type.
final class RobertaTrainingTests: XCTestCase {
    private func tinyConfig(labels: Int = 2) -> RobertaConfig {
        var config = RobertaConfig()
        (config.vocabSize, config.hiddenSize, config.numHiddenLayers, config.numAttentionHeads) = (40, 16, 2, 2)
        (config.intermediateSize, config.maxPositionEmbeddings, config.typeVocabSize) = (32, 20, 1)
        config.initializerRange = 0.2  // logits far enough from 0 that a few steps show progress
        config.id2label = Dictionary(uniqueKeysWithValues: (0..<labels).map { ($0, "LABEL_\($0)") })
        return config
    }

    private let ids = try! Tensor(indices: [0, 5, 6, 7, 2, 1, 0, 9, 10, 11, 12, 2], shape: [2, 6])
    private let mask = try! Tensor(indices: [1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1], shape: [2, 6])

    func testAdamStepsLowerTheLossAndReachEveryWeight() throws {
        let model = try RobertaForSequenceClassification(tinyConfig(), weights: WeightInitializer(seed: 4))
        model.eval()
        let labels = try Tensor(indices: [1, 0], shape: [2])
        let optimizer = AdamW(model.parameters(), learningRate: 1e-2)
        func loss() throws -> Tensor { try model.loss(logits: model(inputIDs: ids, attentionMask: mask), labels: labels) }
        let first = try loss()
        try first.backward()
        for (name, parameter) in model.namedParameters() { XCTAssertNotNil(parameter.grad, name) }
        var last = try first.item()
        try optimizer.step()
        for _ in 0..<3 {
            optimizer.zeroGrad()
            let current = try loss()
            XCTAssertLessThan(try current.item(), last)
            last = try current.item()
            try current.backward()
            try optimizer.step()
        }
    }

    func testDropoutIsSeededAndOffInEval() throws {
        let model = try RobertaForSequenceClassification(tinyConfig(), weights: WeightInitializer(seed: 4), dropoutSeed: 7)
        let run = { try withNoGrad { try model(inputIDs: self.ids, attentionMask: self.mask).toFloatArray() } }
        let saved = model.dropoutSource.generator
        let first = try run()
        model.dropoutSource.generator = saved
        XCTAssertEqual(first, try run())
        XCTAssertNotEqual(first, try run())
        model.eval()
        XCTAssertEqual(try run(), try run())
    }

    func testLossFollowsTheProblemType() throws {
        let logits = try Tensor([0.5, -1, 2, 0], shape: [2, 2])
        let classifier = try RobertaForSequenceClassification(tinyConfig(), weights: WeightInitializer(seed: 4))
        // Integer labels: cross-entropy, mean of −log softmax at the label.
        let ce = try classifier.loss(logits: logits, labels: try Tensor(indices: [0, 1], shape: [2])).item()
        let expectedCE = (Foundation.log(1 + Foundation.exp(-1.5)) + Foundation.log(Foundation.exp(2) + 1)) / 2
        XCTAssertEqual(ce, expectedCE, accuracy: 1e-6)
        // Float multi-hot labels: binary cross-entropy on logits.
        let bce = try classifier.loss(logits: logits, labels: try Tensor([1, 0, 0, 1], shape: [2, 2])).item()
        let sigmoid = { (x: Double) in 1 / (1 + Foundation.exp(-x)) }
        let expectedBCE = -(Foundation.log(sigmoid(0.5)) + Foundation.log(1 - sigmoid(-1)) + Foundation.log(1 - sigmoid(2)) + Foundation.log(sigmoid(0))) / 4
        XCTAssertEqual(bce, expectedBCE, accuracy: 1e-6)
        // One label: mean squared error against the squeezed logits.
        let regressor = try RobertaForSequenceClassification(tinyConfig(labels: 1), weights: WeightInitializer(seed: 4))
        let mse = try regressor.loss(logits: try Tensor([0.5, 2], shape: [2, 1]), labels: try Tensor([1, 1], shape: [2])).item()
        XCTAssertEqual(mse, (0.25 + 1) / 2, accuracy: 1e-6)
        XCTAssertThrowsError(try regressor.loss(logits: try Tensor([0.5, 2], shape: [2, 1]), labels: try Tensor([1, 1, 1], shape: [3])))
    }
}
