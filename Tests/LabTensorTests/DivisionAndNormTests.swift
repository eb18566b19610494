import XCTest
@testable import LabTensor

/// Floor division, remainders and vector norms against values torch 2.13 printed
/// (Tests/LabBridgeTests/Fixtures/torch_norms_division.py checks them through the bridge too).
final class DivisionAndNormTests: XCTestCase {
    func testIntegerDivisionFollowsPythonAndCSignRules() throws {
        let a = try Tensor(int64: [5, -5, 5, -5, 0], shape: [5]), b = try Tensor(int64: [3, 3, -3, -3, 7], shape: [5])
        XCTAssertEqual(try Tensor.floorDivide(a, b).toInt64Array(), [1, -2, -2, 1, 0])
        XCTAssertEqual(try Tensor.remainder(a, b).toInt64Array(), [2, 1, -1, -2, 0])
        XCTAssertEqual(try Tensor.fmod(a, b).toInt64Array(), [2, -2, 2, -2, 0])
        XCTAssertEqual(try Tensor.floorDivide(a, b).dtype, .int64)
        XCTAssertThrowsError(try Tensor.remainder(a, Tensor(int64: [0], shape: [1])))
        XCTAssertEqual(try Tensor.floorDivide(Tensor(int64: [.min], shape: [1]), Tensor(int64: [-1], shape: [1])).toInt64Array(), [.min])
    }

    func testFloatDivisionUsesPyTorchsKernels() throws {
        let a = try Tensor([5.5, -5.5, 5.5, -5.5, 0, -0.0]), b = try Tensor([2, 2, -2, -2, 3, 3])
        XCTAssertEqual(try Tensor.floorDivide(a, b).toFloatArray(), [2, -3, -3, 2, 0, -0.0])
        XCTAssertEqual(try Tensor.floorDivide(a, b).toFloatArray().last?.sign, .minus)
        XCTAssertEqual(try Tensor.remainder(a, b).toFloatArray(), [1.5, 0.5, -0.5, -1.5, 0, 0])
        XCTAssertEqual(try Tensor.fmod(a, b).toFloatArray(), [1.5, -1.5, 1.5, -1.5, 0, 0])
        XCTAssertEqual(try Tensor.floorDivide(Tensor([1]), Tensor([0.1])).toFloatArray(), [9], "as Python's 1 // 0.1")
    }

    func testVectorNormsAndGradients() throws {
        var x = try Tensor([3, -4, 1.5, 0.5, 2, -2.5], shape: [2, 3])
        XCTAssertEqual(try x.vectorNorm(1).item(), 13.5)
        XCTAssertEqual(try x.vectorNorm(.infinity).item(), 4)
        XCTAssertEqual(try x.vectorNorm(0).item(), 6)
        XCTAssertEqual(try x.vectorNorm(1, dims: [-1]).toFloatArray(), [8.5, 5])
        XCTAssertEqual(try x.vectorNorm(2, dims: [0], keepDim: true).shape, [1, 3])
        XCTAssertEqual(try x.vectorNorm(2).item(), (37.75 as Double).squareRoot(), accuracy: 1e-6)
        x.requiresGrad = true
        try x.vectorNorm(.infinity).backward()
        XCTAssertEqual(x.grad?.toFloatArray(), [0, -1, 0, 0, 0, 0])
        XCTAssertThrowsError(try Tensor(int64: [1, 2], shape: [2]).vectorNorm(2))
    }
}
