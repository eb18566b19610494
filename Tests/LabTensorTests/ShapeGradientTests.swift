import XCTest
@testable import LabTensor

/// Finite-difference checks for the view ops (see `checkGradients` for step and tolerance).
final class ShapeGradientTests: XCTestCase {
    func testReshapeAndPermute() throws {
        try checkGradients([sample([2, 3, 2])]) { try $0[0].reshape([3, 4]) }
        try checkGradients([sample([2, 3, 2])]) { try $0[0].permute([2, 0, 1]) }
        try checkGradients([sample([2, 3])]) { try $0[0].mT().contiguous() }
        try checkGradients([sample([3, 2])]) { try $0[0].flatten() }
    }

    func testSqueezeUnsqueezeExpand() throws {
        try checkGradients([sample([1, 3])]) { try $0[0].squeeze().unsqueeze(1) }
        try checkGradients([sample([3, 1])]) { try $0[0].expand([2, 3, 4]) }
    }

    func testSlicingSelectNarrowFlip() throws {
        try checkGradients([sample([7, 2])]) { try $0[0].slice(dim: 0, start: 1, end: -1, step: 2) }
        try checkGradients([sample([3, 4])]) { try $0[0].select(dim: 1, index: -2) }
        try checkGradients([sample([3, 4])]) { try $0[0].narrow(dim: 1, start: 1, length: 2) }
        try checkGradients([sample([3, 4])]) { try $0[0].flip(1) }
    }

    func testConcatAndStack() throws {
        try checkGradients([sample([2, 3], seed: 1), sample([2, 1], seed: 2)]) { try Tensor.concat($0, dim: 1) }
        try checkGradients([sample([2, 3], seed: 1), sample([2, 3], seed: 2)]) { try Tensor.stack($0, dim: 1) }
    }

    func testConcatAndStackValues() throws {
        let a = try Tensor([1, 2], shape: [1, 2]), b = try Tensor([3, 4], shape: [1, 2])
        XCTAssertEqual(try Tensor.concat([a, b], dim: 0).toFloatArray(), [1, 2, 3, 4])
        XCTAssertEqual(try Tensor.concat([a, b], dim: -1).shape, [1, 4])
        XCTAssertEqual(try Tensor.stack([a, b], dim: 2).shape, [1, 2, 2])
        XCTAssertEqual(try Tensor.stack([a, b], dim: 2).toFloatArray(), [1, 3, 2, 4])
        XCTAssertThrowsError(try Tensor.concat([a, try Tensor([1, 2, 3], shape: [1, 3])], dim: 0))
        XCTAssertThrowsError(try Tensor.concat([], dim: 0))
        let ids = try Tensor.concat([try Tensor(int64: [1]), try Tensor(int64: [2])])
        XCTAssertEqual(ids.dtype, .int64)
    }
}
