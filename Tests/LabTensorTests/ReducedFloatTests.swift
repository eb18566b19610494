import XCTest
@testable import LabTensor

/// float16 and bfloat16 tensors: rounding to nearest even, one rounding per op, PyTorch's result
/// types and gradients in the leaf's dtype. Expected values were printed by torch 2.13
/// (Tests/LabBridgeTests/Fixtures/torch_half.py checks the same through the bridge).
final class ReducedFloatTests: XCTestCase {
    func testConversionRoundsToNearestEven() throws {
        XCTAssertEqual(try Tensor([2049, 2051, 65519, 65520, 1e-8, 6e-8]).converted(to: .float16).toFloatArray(),
                       [2048, 2052, 65504, .infinity, 0, 0x1p-24])
        XCTAssertEqual(try Tensor([1.00390625, 1.01171875, 257]).converted(to: .bfloat16).toFloatArray(), [1, 1.015625, 256])
        XCTAssertEqual(try Tensor(int64: [2049, -3], shape: [2]).converted(to: .float16).toFloatArray(), [2048, -3])
    }

    func testEachOpRoundsItsResultOnce() throws {
        let x = try Tensor([1.1, 2.2, 3.3]).converted(to: .float16)
        let y = try x / Tensor(7)
        XCTAssertEqual(y.dtype, .float16)
        XCTAssertEqual(y.toFloatArray(), [0.1571, 0.3142, 0.4714].map { Float(floatFromHalfBits(halfBitsFromFloat($0))) })
        XCTAssertEqual(try x.sum().toFloatArray(), [6.6015625])   // 1.0996 + 2.1992 + 3.3008 in float, rounded once
        XCTAssertEqual(x.exp().dtype, .float16)
    }

    func testResultTypesFollowPyTorch() throws {
        let half = try Tensor([1, 2]).converted(to: .float16), bf16 = try Tensor([1, 2]).converted(to: .bfloat16)
        XCTAssertEqual(try (half + Tensor([1, 2])).dtype, .float32)
        XCTAssertEqual(try (half + Tensor(0.5)).dtype, .float16)
        XCTAssertEqual(try (half + bf16).dtype, .float32)
        XCTAssertEqual(try (half * Tensor(int64: [3, 4], shape: [2])).dtype, .float16)
        XCTAssertEqual(try Tensor.concat([half, Tensor(int64: [3], shape: [1])]).dtype, .float16)
        XCTAssertThrowsError(try half.reshape([1, 2]).matmul(Tensor([1, 2], shape: [2, 1])))
    }

    func testGradientsArriveInTheLeafsDtype() throws {
        var w = try Tensor([0.5, -1.25, 2.0, 0.75], shape: [2, 2]).converted(to: .float16)
        w.requiresGrad = true
        try (w * w).sum().backward()
        XCTAssertEqual(w.grad?.dtype, .float16)
        XCTAssertEqual(w.grad?.toFloatArray(), [1, -2.5, 4, 1.5])
        var v = try Tensor([0.3, -0.7])
        v.requiresGrad = true
        try (v.converted(to: .bfloat16) * 3).sum().backward()
        XCTAssertEqual(v.grad?.dtype, .float32)
        XCTAssertEqual(v.grad?.toFloatArray(), [3, 3])
    }

    func testInPlaceUpdatesKeepTheDtype() throws {
        var x = try Tensor([0, 0]).converted(to: .float16)
        x.updateFloats { values in for i in values.indices { values[i] += 0.1 } }
        XCTAssertEqual(x.dtype, .float16)
        XCTAssertEqual(x.toFloatArray(), [0.0999755859375, 0.0999755859375])
    }
}

extension ReducedFloatTests {
    /// Session files store tensors as their little-endian bytes: two per float16/bfloat16 element.
    func testLittleEndianBytesRoundTrip() throws {
        for dtype in [DType.float16, .bfloat16] {
            let x = try Tensor([0.1, -2.5, 65504, 1e-7]).converted(to: dtype)
            XCTAssertEqual(x.littleEndianBytes.count, 8)
            let back = try Tensor(littleEndianBytes: x.littleEndianBytes, dtype: dtype, shape: [4])
            XCTAssertEqual(back.dtype, dtype)
            XCTAssertEqual(back.toFloatArray(), x.toFloatArray())
        }
    }
}
