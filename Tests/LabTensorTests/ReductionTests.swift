import XCTest
@testable import LabTensor

final class ReductionTests: XCTestCase {
    let m = try! Tensor([1, 5, 3, 4, 2, 6], shape: [2, 3])

    func testSumMeanVar() throws {
        XCTAssertEqual(try m.sum().item(), 21)
        XCTAssertEqual(try m.sum().shape, [])
        XCTAssertEqual(try m.sum(dim: 0).toFloatArray(), [5, 7, 9])
        XCTAssertEqual(try m.sum(dim: -1, keepDim: true).shape, [2, 1])
        XCTAssertEqual(try m.mean(dim: 1).toFloatArray(), [3, 4])
        XCTAssertEqual(try m.mean(dims: [0, 1], keepDim: true).shape, [1, 1])
        assertClose(try m.variance(dim: 1), [4, 4])
        assertClose(try m.variance(dim: 1, unbiased: false), [8.0 / 3, 8.0 / 3])
        assertClose(try m.variance(), [3.5])
        XCTAssertThrowsError(try m.sum(dim: 2))
        assertClose(try m.standardDeviation(dims: [1]), [2, 2])
        let mask = try Tensor(bools: [true, false, true, true], shape: [2, 2])
        XCTAssertEqual(try mask.sum(dim: 1).dtype, .int64)
        XCTAssertEqual(try mask.sum(dim: 1).toInt64Array(), [1, 2])
        XCTAssertEqual(try Tensor(int64: [1 << 40, 1]).sum().toInt64Array(), [(1 << 40) + 1])
    }

    func testMaxArgmaxMin() throws {
        let (values, indices) = try m.max(dim: 1)
        XCTAssertEqual(values.toFloatArray(), [5, 6])
        XCTAssertEqual(indices.toInt64Array(), [1, 2])
        XCTAssertEqual(indices.dtype, .int64)
        XCTAssertEqual(try m.argmax().toInt64Array(), [5])
        XCTAssertEqual(try m.argmax(dim: 0, keepDim: true).shape, [1, 3])
        XCTAssertEqual(try m.min(dim: 0).values.toFloatArray(), [1, 2, 3])
        XCTAssertEqual(try Tensor([2, 7, 7]).argmax().toInt64Array(), [1], "first of equal maxima")
        XCTAssertEqual(try m.max().item(), 6)
        var tied = try Tensor([1, 3, 3])
        tied.requiresGrad = true
        try tied.max().backward()
        XCTAssertEqual(tied.grad?.toFloatArray(), [0, 0.5, 0.5], "ties share the gradient of a full max")
        XCTAssertThrowsError(try Tensor([]).max())
    }

    func testLogsumexpAndCumsum() throws {
        assertClose(try Tensor([1, 2, 3]).logsumexp(dim: 0), [3.4076059])
        assertClose(try Tensor([1000, 1000]).logsumexp(dim: 0), [1000.6931], tolerance: 1e-6)
        XCTAssertEqual(try m.cumsum(dim: 1).toFloatArray(), [1, 6, 9, 4, 6, 12])
        XCTAssertEqual(try m.cumsum(dim: 0).toFloatArray(), [1, 5, 3, 5, 7, 9])
        let mask = try Tensor(int64: [1, 1, 0, 1])
        XCTAssertEqual(try mask.cumsum(dim: 0).toInt64Array(), [1, 2, 2, 3])
    }

    func testGradients() throws {
        let x = try sample([2, 3, 2])
        try checkGradients([x]) { try $0[0].sum(dims: [0, 2]) }
        try checkGradients([x]) { try $0[0].sum() }
        try checkGradients([x]) { try $0[0].mean(dim: 1, keepDim: true) }
        try checkGradients([x]) { try $0[0].variance(dim: 1) }
        try checkGradients([x]) { try $0[0].variance(unbiased: false) }
        try checkGradients([x]) { try $0[0].standardDeviation(dims: [1]) }
        try checkGradients([x]) { try $0[0].logsumexp(dim: -1) }
        try checkGradients([x]) { try $0[0].cumsum(dim: 1) }
        let distinct = try Tensor([0.1, 0.9, -0.5, 0.4, 1.3, -1.1], shape: [2, 3])
        try checkGradients([distinct]) { try $0[0].max(dim: 1).values }
        try checkGradients([distinct]) { try $0[0].min(dim: 0).values }
        try checkGradients([distinct]) { try $0[0].max() }
    }
}
