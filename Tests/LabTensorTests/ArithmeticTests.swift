import XCTest
@testable import LabTensor

final class ArithmeticTests: XCTestCase {
    func testBroadcastingValues() throws {
        let a = try Tensor([1, 2, 3, 4, 5, 6], shape: [2, 3]), row = try Tensor([10, 20, 30]), column = try Tensor([1, 2], shape: [2, 1])
        XCTAssertEqual(try (a + row).toFloatArray(), [11, 22, 33, 14, 25, 36])
        XCTAssertEqual(try (a - column).toFloatArray(), [0, 1, 2, 2, 3, 4])
        XCTAssertEqual(try (a * column).toFloatArray(), [1, 2, 3, 8, 10, 12])
        XCTAssertEqual(try (a / row).toFloatArray(), [0.1, 0.1, 0.1, 0.4, 0.25, 0.2])
        XCTAssertEqual(try (row + column).shape, [2, 3])
        XCTAssertEqual((2 - a).toFloatArray(), [1, 0, -1, -2, -3, -4])
        XCTAssertEqual((a / 2).toFloatArray(), [0.5, 1, 1.5, 2, 2.5, 3])
        XCTAssertEqual((-a).toFloatArray(), [-1, -2, -3, -4, -5, -6])
        XCTAssertEqual(a.pow(2).toFloatArray(), [1, 4, 9, 16, 25, 36])
        XCTAssertEqual(try a.pow(column).toFloatArray(), [1, 2, 3, 16, 25, 36])
        XCTAssertThrowsError(try a + Tensor([1, 2]))
    }

    func testIntegerArithmeticIsExact() throws {
        let big = try Tensor(int64: [1 << 40, 3])
        let sum = try big + Tensor(int64: [1, 1])
        XCTAssertEqual(sum.dtype, .int64)
        XCTAssertEqual(sum.toInt64Array(), [(1 << 40) + 1, 4])
        XCTAssertEqual(try (Tensor(int64: [2, 3]) * Tensor(bools: [true, false])).toInt64Array(), [2, 0])
        XCTAssertEqual(try (Tensor(int64: [1, 2]) + Tensor([0.5, 0.5])).dtype, .float32)
    }

    func testBinaryGradients() throws {
        let a = try sample([2, 3], seed: 1), b = try sample([3], seed: 2), c = try sample([2, 1], seed: 3) + 2
        try checkGradients([a, b]) { try $0[0] + $0[1] }
        try checkGradients([a, c]) { try $0[0] - $0[1] }
        try checkGradients([a, b]) { try $0[0] * $0[1] }
        try checkGradients([a, c]) { try $0[0] / $0[1] }
        try checkGradients([a]) { -$0[0] }
        try checkGradients([c, a]) { try $0[0].pow($0[1]) }
    }

    func testMaximumMinimum() throws {
        let a = try Tensor([1, 5, 3]), b = try Tensor([2, 2, 3])
        XCTAssertEqual(try Tensor.maximum(a, b).toFloatArray(), [2, 5, 3])
        XCTAssertEqual(try Tensor.minimum(a, Tensor(2)).toFloatArray(), [1, 2, 2])
        var x = a, y = b
        x.requiresGrad = true
        y.requiresGrad = true
        try Tensor.maximum(x, y).sum().backward()
        XCTAssertEqual(x.grad?.toFloatArray(), [0, 1, 0.5], "ties split the gradient")
        XCTAssertEqual(y.grad?.toFloatArray(), [1, 0, 0.5])
        try checkGradients([sample([2, 3], seed: 1), sample([3], seed: 2)]) { try Tensor.maximum($0[0], $0[1]) }
        try checkGradients([sample([2, 3], seed: 1), sample([3], seed: 2)]) { try Tensor.minimum($0[0], $0[1]) }
    }

    func testScalarGradients() throws {
        let a = try sample([2, 3]) + 2
        try checkGradients([a]) { $0[0] + 3 }
        try checkGradients([a]) { 3 - $0[0] }
        try checkGradients([a]) { $0[0] * 1.5 }
        try checkGradients([a]) { $0[0] / 4 }
        try checkGradients([a]) { 2 / $0[0] }
        try checkGradients([a]) { $0[0].pow(1.5) }
        try checkGradients([a]) { $0[0].pow(2) }
    }
}

final class MatMulTests: XCTestCase {
    func testMatmulValues() throws {
        let a = try Tensor([1, 2, 3, 4, 5, 6], shape: [2, 3]), b = try Tensor([1, 0, 0, 1, 1, 1], shape: [3, 2])
        XCTAssertEqual(try a.matmul(b).toFloatArray(), [4, 5, 10, 11])
        XCTAssertEqual(try a.matmul(Tensor([1, 1, 1])).toFloatArray(), [6, 15])
        XCTAssertEqual(try Tensor([1, 1]).matmul(a).toFloatArray(), [5, 7, 9])
        XCTAssertEqual(try Tensor([1, 2]).matmul(Tensor([3, 4])).shape, [])
        XCTAssertEqual(try Tensor([1, 2]).matmul(Tensor([3, 4])).item(), 11)
        XCTAssertThrowsError(try a.matmul(a))
    }

    /// Transposed and broadcast operands give what dense copies give.
    func testStridedOperandsMatchDenseCopies() throws {
        let q = try sample([2, 3, 4, 5], seed: 1), k = try sample([2, 3, 6, 5], seed: 2)
        let strided = try q.matmul(k.mT())
        let dense = try q.matmul(k.mT().contiguous())
        XCTAssertEqual(strided.shape, [2, 3, 4, 6])
        assertClose(strided, dense.toFloatArray())
        let shared = try sample([5, 2], seed: 3)
        let broadcast = try q.matmul(shared)
        let expanded = try q.matmul(shared.expand([2, 3, 5, 2]).contiguous())
        assertClose(broadcast, expanded.toFloatArray())
        // A view that is neither row- nor column-major (a stepped slice) is copied first.
        let stepped = try sample([5, 4], seed: 4).slice(dim: 1, step: 2)
        assertClose(try q.matmul(stepped), try q.matmul(stepped.contiguous()).toFloatArray())
    }

    func testMatmulGradients() throws {
        try checkGradients([sample([3, 4], seed: 1), sample([4, 2], seed: 2)]) { try $0[0].matmul($0[1]) }
        try checkGradients([sample([2, 3, 4], seed: 1), sample([4, 2], seed: 2)]) { try $0[0].matmul($0[1]) }
        try checkGradients([sample([2, 1, 3, 4], seed: 1), sample([3, 5, 4], seed: 2)]) { try $0[0].matmul($0[1].mT()) }
        try checkGradients([sample([4], seed: 1), sample([4, 2], seed: 2)]) { try $0[0].matmul($0[1]) }
        try checkGradients([sample([3, 4], seed: 1), sample([4], seed: 2)]) { try $0[0].matmul($0[1]) }
        try checkGradients([sample([2, 3, 4], seed: 1), sample([2, 4, 2], seed: 2)]) { try $0[0].bmm($0[1]) }
    }

    func testLinearValuesAndGradients() throws {
        let x = try Tensor([1, 2], shape: [1, 2]), w = try Tensor([1, 0, 0, 1, 1, 1], shape: [3, 2]), b = try Tensor([0.5, 0, -1])
        XCTAssertEqual(try x.linear(weight: w, bias: b).toFloatArray(), [1.5, 2, 2])
        XCTAssertEqual(try x.linear(weight: w).shape, [1, 3])
        XCTAssertThrowsError(try x.linear(weight: w.mT()))
        try checkGradients([sample([2, 3, 4], seed: 1), sample([5, 4], seed: 2), sample([5], seed: 3)]) {
            try $0[0].linear(weight: $0[1], bias: $0[2])
        }
        // A transposed weight view (as when an embedding is tied to an output layer) is read in place.
        try checkGradients([sample([3, 4], seed: 1), sample([4, 5], seed: 2)]) { try $0[0].linear(weight: $0[1].mT()) }
    }
}
