import XCTest
@testable import LabTensor

/// `scatter`, `scatter_add` and `index_add`: values, duplicates, gradients and bounds.
final class ScatterTests: XCTestCase {
    private let index = try! Tensor(indices: [0, 1, 2, 0, 0, 2, 0, 0, 1, 2], shape: [2, 5])
    private let source = try! Tensor((1...10).map(Float.init), shape: [2, 5])

    func testScatterWritesAndTheLastDuplicateWins() throws {
        let out = try Tensor.zeros([3, 5]).scatter(dim: 0, index: index, source: source)
        XCTAssertEqual(out.toFloatArray(), [1, 7, 8, 4, 5, 0, 2, 0, 9, 0, 6, 0, 3, 0, 10])
        let filled = try Tensor.zeros([2, 3]).scatter(dim: 1, index: try Tensor(indices: [2, 0], shape: [2, 1]), value: 9)
        XCTAssertEqual(filled.toFloatArray(), [0, 0, 9, 9, 0, 0])
    }

    func testScatterAddAccumulatesDuplicates() throws {
        let out = try Tensor.ones([3, 5]).scatterAdd(dim: 0, index: index, source: source)
        XCTAssertEqual(out.toFloatArray(), [2, 8, 9, 5, 6, 1, 3, 1, 10, 1, 7, 1, 4, 1, 11])
    }

    func testIndexAddAddsScaledSlices() throws {
        let out = try Tensor.zeros([3, 2]).indexAdd(dim: 0, index: try Tensor(indices: [2, 0, 2]), source: try Tensor([1, 2, 3, 4, 5, 6], shape: [3, 2]), alpha: 2)
        XCTAssertEqual(out.toFloatArray(), [6, 8, 0, 0, 12, 16])
    }

    func testGradients() throws {
        let distinct = try Tensor(indices: [0, 1, 2, 1, 0, 2, 0, 1, 0, 1], shape: [2, 5])
        try checkGradients([try Tensor.ones([3, 5]) * 0.5, source]) { try $0[0].scatter(dim: 0, index: distinct, source: $0[1]) }
        try checkGradients([try Tensor.ones([3, 5]) * 0.5, source]) { try $0[0].scatterAdd(dim: 0, index: self.index, source: $0[1]) }
        try checkGradients([try Tensor.ones([3, 2]), try Tensor([1, 2, 3, 4, 5, 6], shape: [3, 2])]) {
            try $0[0].indexAdd(dim: 0, index: try Tensor(indices: [2, 0, 2]), source: $0[1], alpha: 0.5)
        }
    }

    func testOutOfBoundsAndMisshapenIndicesAreRefused() throws {
        XCTAssertThrowsError(try Tensor.zeros([3, 5]).scatter(dim: 1, index: try Tensor(indices: [0, 5], shape: [1, 2]), source: source)) {
            XCTAssertEqual(($0 as? TensorError)?.message, "index 5 is out of bounds for dimension 1 with size 5")
        }
        XCTAssertThrowsError(try Tensor.zeros([3, 5]).scatter(dim: 1, index: try Tensor(indices: [0, 1]), source: source))
        XCTAssertThrowsError(try Tensor.zeros([3, 5]).scatter(dim: 0, index: try Tensor(indices: [0, 1, 2, 0, 0, 1], shape: [1, 6]), source: source))
        XCTAssertThrowsError(try Tensor.zeros([3, 5]).indexAdd(dim: 0, index: try Tensor(indices: [1, 1]), source: try Tensor.ones([2, 2])))
    }
}
