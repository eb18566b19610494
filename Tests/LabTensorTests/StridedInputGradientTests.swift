import XCTest
@testable import LabTensor

/// Gradient checks with inputs that are views (transposed, stepped, broadcast), so every op is
/// exercised on strided operands as well as dense ones.
final class StridedInputGradientTests: XCTestCase {
    func testPointwiseAndArithmeticOnTransposedViews() throws {
        let x = try sample([3, 4], seed: 1), y = try sample([4, 3], seed: 2)
        try checkGradients([x, y]) { try $0[0].mT() * $0[1].gelu() }
        try checkGradients([x, y]) { try $0[0].mT().exp() / ($0[1].square() + 1) }
        try checkGradients([x]) { try $0[0].slice(dim: 1, step: 2).sigmoid() }
    }

    func testNormsAndSoftmaxOnTransposedViews() throws {
        let x = try sample([4, 3, 2])
        try checkGradients([x]) { try $0[0].transposed(0, 2).softmax(dim: -1) }
        try checkGradients([x]) { try $0[0].transposed(0, 2).logSoftmax(dim: 1) }
        try checkGradients([x, try sample([4], seed: 2)]) { try $0[0].transposed(0, 2).layerNorm(normalizedShape: [4], weight: $0[1]) }
        try checkGradients([x, try sample([4], seed: 2)]) { try $0[0].transposed(0, 2).rmsNorm(weight: $0[1]) }
    }

    func testMatmulLinearAndReductionsOnViews() throws {
        let x = try sample([4, 3], seed: 1), w = try sample([2, 4], seed: 2)
        try checkGradients([x, w]) { try $0[0].mT().linear(weight: $0[1].mT().contiguous().mT()) }
        try checkGradients([x, w]) { try $0[1].matmul($0[0].slice(dim: 1, step: 2)) }
        try checkGradients([x]) { try $0[0].mT().sum(dim: 0) }
        try checkGradients([x]) { try $0[0].mT().max(dim: 1).values }
        try checkGradients([try sample([3], seed: 3)]) { try $0[0].expand([2, 3]).logsumexp(dim: 0) }
    }

    func testIndexingAndLossesOnViews() throws {
        let logits = try sample([3, 4])
        try checkGradients([logits]) { try Tensor.crossEntropy(logits: $0[0].mT(), targets: Tensor(int64: [0, 2, 1, 1])) }
        try checkGradients([logits]) { try $0[0].mT().gather(dim: 1, index: Tensor(int64: [2, 0, 1, 1], shape: [4, 1])) }
        try checkGradients([logits]) { try $0[0].mT().embedding(Tensor(int64: [1, 1, 3])) }
        try checkGradients([logits]) { try $0[0].mT().entropyFromLogits() }
    }
}
