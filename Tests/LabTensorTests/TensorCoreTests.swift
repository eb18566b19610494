import XCTest
@testable import LabTensor

final class TensorCoreTests: XCTestCase {
    func testCreationAndReadBack() throws {
        let t = try Tensor([1, 2, 3, 4, 5, 6], shape: [2, 3])
        XCTAssertEqual(t.shape, [2, 3])
        XCTAssertEqual(t.strides, [3, 1])
        XCTAssertEqual(t.toFloatArray(), [1, 2, 3, 4, 5, 6])
        XCTAssertEqual(try Tensor(int64: [1, -2], shape: [2]).toInt64Array(), [1, -2])
        XCTAssertEqual(try Tensor(bools: [true, false]).toBoolArray(), [true, false])
        XCTAssertEqual(try Tensor(3.5).item(), 3.5)
        XCTAssertThrowsError(try Tensor([1, 2, 3], shape: [2, 2]))
        XCTAssertThrowsError(try Tensor([1, 2]).item())
        XCTAssertEqual(try Tensor.arange(0, 5, step: 2).toFloatArray(), [0, 2, 4])
        XCTAssertEqual(try t.size(-1), 3)
        XCTAssertThrowsError(try t.size(2))
        XCTAssertThrowsError(try Tensor(1).size(0))
    }

    func testDTypeConversion() throws {
        let t = try Tensor([-1.7, 0, 2.9])
        XCTAssertEqual(t.converted(to: .int64).toInt64Array(), [-1, 0, 2])
        XCTAssertEqual(t.converted(to: .bool).toBoolArray(), [true, false, true])
        XCTAssertEqual(try Tensor(int64: [3, 4]).float().toFloatArray(), [3, 4])
    }

    func testHalfAndBFloat16Conversion() throws {
        // 1.0, -2.0, 65504 (max half), smallest subnormal 2^-24, +inf
        let half = try Tensor(float16Bits: [0x3C00, 0xC000, 0x7BFF, 0x0001, 0x7C00], shape: [5])
        XCTAssertEqual(half.toFloatArray(), [1, -2, 65504, 0x1p-24, .infinity])
        // 1.0 and -0.15625 (0xBE20) in bfloat16
        XCTAssertEqual(try Tensor(bfloat16Bits: [0x3F80, 0xBE20], shape: [2]).toFloatArray(), [1, -0.15625])
        XCTAssertEqual(halfBitsFromFloat(1.0009766), 0x3C01)
        XCTAssertEqual(halfBitsFromFloat(1 + 0x1p-11), 0x3C00, "ties round to even")
        XCTAssertEqual(halfBitsFromFloat(70000), 0x7C00)
        XCTAssertEqual(bfloat16BitsFromFloat(1 + 0x1p-8), 0x3F80, "ties round to even")
        XCTAssertEqual(bfloat16BitsFromFloat(1 + 0x1p-8 + 0x1p-9), 0x3F81)
        let bytes = try Tensor([1.5, -2]).rawBytes(as: .float16)
        let back = try bytes.withUnsafeBytes { try Tensor(rawBytes: $0, format: .float16, shape: [2]) }
        XCTAssertEqual(back.toFloatArray(), [1.5, -2])
        XCTAssertThrowsError(try bytes.withUnsafeBytes { try Tensor(rawBytes: $0, format: .float32, shape: [2]) })
    }

    func testRawBytesRoundTripEveryFormat() throws {
        let floats = try Tensor([1.5, -2.25, 0], shape: [3, 1])
        let ints = try Tensor(int64: [-(1 << 40), 7, 0], shape: [3, 1])
        for format in StoredFormat.allCases {
            let source = format == .int64 || format == .int32 || format == .bool ? ints : floats
            let bytes = source.rawBytes(as: format)
            XCTAssertEqual(bytes.count, 3 * format.byteWidth)
            let back = try bytes.withUnsafeBytes { try Tensor(rawBytes: $0, format: format, shape: [3, 1]) }
            XCTAssertEqual(back.shape, [3, 1])
            switch format {
            case .float32, .float16, .bfloat16: XCTAssertEqual(back.toFloatArray(), [1.5, -2.25, 0], "\(format)")
            case .int64: XCTAssertEqual(back.toInt64Array(), [-(1 << 40), 7, 0])
            case .int32: XCTAssertEqual(back.toInt64Array(), [0, 7, 0], "int32 keeps the low 32 bits")
            case .bool: XCTAssertEqual(back.toBoolArray(), [true, true, false])
            }
        }
    }

    func testReshapeViewsShareStorage() throws {
        let t = try Tensor.arange(0, 6).reshape([2, 3])
        let r = try t.reshape([3, -1])
        XCTAssertEqual(r.shape, [3, 2])
        XCTAssertEqual(r.storageIdentifier, t.storageIdentifier)
        XCTAssertThrowsError(try t.reshape([4, -1]))
        XCTAssertThrowsError(try t.mT().view([6]))
        XCTAssertEqual(try t.mT().reshape([6]).toFloatArray(), [0, 3, 1, 4, 2, 5])
    }

    func testPermuteTransposeAndContiguous() throws {
        let t = try Tensor.arange(0, 24).reshape([2, 3, 4])
        let p = try t.permute([2, 0, 1])
        XCTAssertEqual(p.shape, [4, 2, 3])
        XCTAssertFalse(p.isContiguous)
        XCTAssertEqual(p.storageIdentifier, t.storageIdentifier)
        XCTAssertEqual(Array(p.contiguous().toFloatArray().prefix(6)), [0, 4, 8, 12, 16, 20])
        XCTAssertEqual(try t.transposed(0, -1).shape, [4, 3, 2])
        XCTAssertThrowsError(try t.permute([0, 0, 1]))
        XCTAssertThrowsError(try t.transposed(0, 3))
    }

    func testSlicingWithStepsAndNegativeIndices() throws {
        let t = try Tensor.arange(0, 10)
        XCTAssertEqual(try t.slice(dim: 0, start: 1, end: 8, step: 3).toFloatArray(), [1, 4, 7])
        XCTAssertEqual(try t.slice(dim: 0, start: -3).toFloatArray(), [7, 8, 9])
        XCTAssertEqual(try t.slice(dim: 0, start: -100, end: 2).toFloatArray(), [0, 1])
        XCTAssertEqual(try t.slice(dim: 0, start: 5, end: 2).scalarCount, 0)
        XCTAssertThrowsError(try t.slice(dim: 0, step: 0))
        let m = try Tensor.arange(0, 12).reshape([3, 4])
        XCTAssertEqual(try m.select(dim: 1, index: -1).toFloatArray(), [3, 7, 11])
        XCTAssertEqual(try m.select(dim: 0, index: 1).toFloatArray(), [4, 5, 6, 7])
        XCTAssertThrowsError(try m.select(dim: 0, index: 3))
        XCTAssertEqual(try m.narrow(dim: 1, start: 1, length: 2).toFloatArray(), [1, 2, 5, 6, 9, 10])
        XCTAssertThrowsError(try m.narrow(dim: 1, start: 3, length: 2))
    }

    func testSqueezeUnsqueezeExpand() throws {
        let t = try Tensor([1, 2, 3], shape: [1, 3, 1])
        XCTAssertEqual(try t.squeeze().shape, [3])
        XCTAssertEqual(try t.squeeze(0).shape, [3, 1])
        XCTAssertEqual(try t.squeeze(1).shape, [1, 3, 1], "a dim of size > 1 is left as is")
        XCTAssertEqual(try t.unsqueeze(-1).shape, [1, 3, 1, 1])
        XCTAssertEqual(try t.unsqueeze(0).shape, [1, 1, 3, 1])
        let e = try t.expand([2, 3, 4])
        XCTAssertEqual(e.strides[0], 0)
        XCTAssertEqual(e.storageIdentifier, t.storageIdentifier)
        XCTAssertEqual(Array(e.toFloatArray().prefix(8)), [1, 1, 1, 1, 2, 2, 2, 2])
        XCTAssertThrowsError(try t.expand([2, 4, 1]))
        XCTAssertEqual(try t.broadcast(to: [2, 1, 3, 5]).shape, [2, 1, 3, 5])
        XCTAssertThrowsError(try t.broadcast(to: [3]))
    }

    func testCopyOnWriteSnapshotCostsNothingUntilAWrite() throws {
        let weight = Parameter(try Tensor([1, 2, 3]))
        let snapshot = weight.value
        XCTAssertEqual(snapshot.storageIdentifier, weight.value.storageIdentifier, "a snapshot shares storage")
        weight.grad = try Tensor([1, 1, 1])
        try SGD([weight], learningRate: 0.5).step()
        XCTAssertNotEqual(snapshot.storageIdentifier, weight.value.storageIdentifier, "the write copied first")
        XCTAssertEqual(snapshot.toFloatArray(), [1, 2, 3])
        XCTAssertEqual(weight.value.toFloatArray(), [0.5, 1.5, 2.5])
        let unshared = weight.value.storageIdentifier
        try SGD([weight], learningRate: 0.5).step()
        XCTAssertEqual(weight.value.storageIdentifier, unshared, "an unshared weight is updated in place")
        XCTAssertTrue(weight.value.requiresGrad)
    }

    func testUpdateFloatsKeepsViewsIndependent() throws {
        let base = try Tensor.arange(0, 4)
        var view = try base.slice(dim: 0, start: 1, end: 3)
        view.updateFloats { $0[0] = 100 }
        XCTAssertEqual(view.toFloatArray(), [100, 2])
        XCTAssertEqual(base.toFloatArray(), [0, 1, 2, 3])
    }
}
