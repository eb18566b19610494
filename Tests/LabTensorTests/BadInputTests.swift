import XCTest
@testable import LabTensor

/// Bad arguments end in a `TensorError` naming the operation, never in a trap.
final class BadInputTests: XCTestCase {
    func testNegativeShapes() throws {
        XCTAssertThrowsError(try Tensor.zeros([2, -1])) { XCTAssertEqual(($0 as? TensorError)?.operation, "zeros") }
        XCTAssertThrowsError(try Tensor.ones([-3]))
        XCTAssertThrowsError(try Tensor([], shape: [-1, 0]))
        var generator = RandomGenerator(seed: 1)
        XCTAssertThrowsError(try generator.normal([-2]))
        XCTAssertThrowsError(try generator.uniform([-2]))
        XCTAssertThrowsError(try Tensor([1, 2]).expand([-2, 2]))
        XCTAssertThrowsError(try Tensor.zeros([1 << 40, 1 << 40]), "element count overflows")
        XCTAssertThrowsError(try Tensor([1]).expand([1 << 40, 1 << 40]))
        XCTAssertThrowsError(try Tensor([1]).reshape([1 << 40, 1 << 40, -1]))
    }

    func testDegenerateValues() throws {
        XCTAssertThrowsError(try Tensor.arange(0, .nan))
        XCTAssertThrowsError(try Tensor.arange(0, 1, step: 0))
        XCTAssertEqual(try Tensor([]).toFloatArray(), [])
        // As PyTorch's `.long()` on x86: out-of-range values and NaN all become Int64.min.
        XCTAssertEqual(try Tensor([1e30, -1e30, .nan]).toInt64Array(), [.min, .min, .min])
        XCTAssertThrowsError(try Tensor.crossEntropy(logits: Tensor(1), targets: Tensor(int64: [0], shape: [])))
        XCTAssertThrowsError(try Tensor([1, 2]).softmax(dim: 1))
        XCTAssertThrowsError(try Tensor(2).select(dim: 0, index: 0))
        XCTAssertThrowsError(try Tensor([1, 2]).reshape([-1, -1]))
        XCTAssertThrowsError(try Tensor([1, 2]).linear(weight: Tensor([1, 2, 3], shape: [1, 3])))
    }
}
