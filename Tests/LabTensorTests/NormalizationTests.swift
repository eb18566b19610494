import XCTest
@testable import LabTensor

final class NormalizationTests: XCTestCase {
    func testSoftmaxValues() throws {
        assertClose(try Tensor([1, 2, 3]).softmax(dim: 0), [0.09003057, 0.24472847, 0.66524096])
        assertClose(try Tensor([1, 2, 3]).logSoftmax(dim: 0), [-2.4076059, -1.4076059, -0.40760596])
        assertClose(try Tensor([1000, 1000]).softmax(dim: 0), [0.5, 0.5])
        assertClose(try Tensor([-.infinity, 0]).softmax(dim: 0), [0, 1])
        let m = try Tensor([1, 1, 2, 4], shape: [2, 2])
        assertClose(try m.softmax(dim: 0), [0.26894143, 0.04742587, 0.7310586, 0.95257413])
    }

    func testLayerNormValues() throws {
        let x = try Tensor([1, 2, 3, 2, 2, 2], shape: [2, 3])
        assertClose(try x.layerNorm(normalizedShape: [3]), [-1.2247357, 0, 1.2247357, 0, 0, 0], tolerance: 1e-5)
        let y = try x.layerNorm(normalizedShape: [3], weight: Tensor([1, 2, 3]), bias: Tensor([0, 0, 1]), eps: 1e-5)
        assertClose(y, [-1.2247357, 0, 4.674207, 0, 0, 1], tolerance: 1e-5)
        XCTAssertThrowsError(try x.layerNorm(normalizedShape: [2]))
    }

    func testRMSNormValues() throws {
        // rms of [3, 4] is sqrt(12.5)
        let y = try Tensor([3, 4]).rmsNorm(weight: Tensor([1, 2]), eps: 0)
        assertClose(y, [3 / 12.5.squareRoot(), 8 / 12.5.squareRoot()].map(Float.init))
        XCTAssertThrowsError(try Tensor([3, 4]).rmsNorm(weight: Tensor([1])))
    }

    func testGradients() throws {
        let x = try sample([2, 3, 4])
        try checkGradients([x]) { try $0[0].softmax(dim: -1) }
        try checkGradients([x]) { try $0[0].softmax(dim: 1) }
        try checkGradients([x]) { try $0[0].logSoftmax(dim: -1) }
        try checkGradients([x]) { try $0[0].logSoftmax(dim: 0) }
        try checkGradients([x, sample([4], seed: 2), sample([4], seed: 3)]) {
            try $0[0].layerNorm(normalizedShape: [4], weight: $0[1], bias: $0[2])
        }
        try checkGradients([x]) { try $0[0].layerNorm(normalizedShape: [3, 4]) }
        try checkGradients([x, sample([4], seed: 2)]) { try $0[0].rmsNorm(weight: $0[1]) }
    }
}
