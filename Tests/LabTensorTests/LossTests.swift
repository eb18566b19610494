import XCTest
@testable import LabTensor

final class LossTests: XCTestCase {
    let logits = try! Tensor([1, 2, 3, 1, 1, 1], shape: [2, 3])

    func testCrossEntropyValues() throws {
        // −log softmax: row 0 target 2 → 0.40760596, row 1 target 0 → log 3.
        let targets = try Tensor(int64: [2, 0])
        assertClose(try Tensor.crossEntropy(logits: logits, targets: targets), [(0.40760596 + 1.0986123) / 2])
        assertClose(try Tensor.crossEntropy(logits: logits, targets: targets, reduction: .sum), [0.40760596 + 1.0986123])
        assertClose(try Tensor.crossEntropy(logits: logits, targets: targets, reduction: .none), [0.40760596, 1.0986123])
        let ignoring = try Tensor(int64: [-100, 0])
        assertClose(try Tensor.crossEntropy(logits: logits, targets: ignoring), [1.0986123], tolerance: 1e-6)
        XCTAssertTrue(try Tensor.crossEntropy(logits: logits, targets: Tensor(int64: [-100, -100])).item().isNaN)
        XCTAssertThrowsError(try Tensor.crossEntropy(logits: logits, targets: Tensor(int64: [3, 0])))
        XCTAssertThrowsError(try Tensor.crossEntropy(logits: logits, targets: Tensor(int64: [1])))
        assertClose(try Tensor.crossEntropy(logits: Tensor([1, 2, 3]), targets: Tensor(int64: [2], shape: [])), [0.40760596])
    }

    func testCrossEntropyGradients() throws {
        let targets = try Tensor(int64: [2, -100, 0, 1], shape: [4])
        try checkGradients([sample([4, 3])]) { try Tensor.crossEntropy(logits: $0[0], targets: targets) }
        // Class dim 1 of a [N, C, T] input, with targets [N, T].
        let sequenceTargets = try Tensor(int64: [0, 2, 1, -100], shape: [2, 2])
        try checkGradients([sample([2, 3, 2])]) { try Tensor.crossEntropy(logits: $0[0], targets: sequenceTargets, reduction: .sum) }
    }

    func testLogProbabilitiesMatchLogSoftmaxThenGather() throws {
        let logits = try sample([2, 3, 5]), labels = try Tensor(int64: [4, 0, 2, 1, 1, 3], shape: [2, 3])
        let fused = try logits.logProbabilities(of: labels)
        let plain = try logits.logSoftmax(dim: -1).gather(dim: -1, index: labels.unsqueeze(-1)).squeeze(-1)
        XCTAssertEqual(fused.shape, [2, 3])
        assertClose(fused, plain.toFloatArray())
        try checkGradients([logits]) { try $0[0].logProbabilities(of: labels) }
        XCTAssertThrowsError(try logits.logProbabilities(of: Tensor(int64: [0, 1])))
    }

    func testEntropyFromLogits() throws {
        assertClose(try Tensor([0, 0, 0, 0]).entropyFromLogits(), [Float(Foundation.log(4.0))])
        assertClose(try Tensor([0, -1000]).entropyFromLogits(), [0], tolerance: 1e-5)
        try checkGradients([sample([2, 5])]) { try $0[0].entropyFromLogits() }
    }

    func testMaskedStatisticsAsTrl() throws {
        let values = try Tensor([1, 2, 3, 100], shape: [1, 4]), mask = try Tensor([1, 1, 1, 0], shape: [1, 4])
        assertClose(try Tensor.maskedMean(values, mask: mask), [2])
        assertClose(try Tensor.maskedMean(values, mask: mask, dim: 1), [2])
        assertClose(try Tensor.maskedVariance(values, mask: mask), [1])
        assertClose(try Tensor.maskedVariance(values, mask: mask, unbiased: false), [2.0 / 3])
        XCTAssertThrowsError(try Tensor.maskedVariance(values, mask: Tensor.zeros([1, 4])))
        let whitened = try Tensor.maskedWhiten(values, mask: mask)
        assertClose(try whitened.slice(dim: 1, end: 3), [-1, 0, 1], tolerance: 1e-4)
        let boolMask = try Tensor(bools: [true, true, true, false], shape: [1, 4])
        try checkGradients([sample([1, 4])]) { try Tensor.maskedMean($0[0], mask: boolMask) }
        try checkGradients([sample([1, 4])]) { try Tensor.maskedVariance($0[0], mask: boolMask) }
        try checkGradients([sample([1, 4])]) { try Tensor.maskedWhiten($0[0], mask: boolMask, shiftMean: false) }
    }
}
