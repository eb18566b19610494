import XCTest
@testable import LabTensor

final class IndexingTests: XCTestCase {
    let table = try! Tensor([0, 1, 10, 11, 20, 21], shape: [3, 2])

    func testEmbedding() throws {
        let ids = try Tensor(int64: [2, 0, 2, 1], shape: [2, 2])
        let out = try table.embedding(ids)
        XCTAssertEqual(out.shape, [2, 2, 2])
        XCTAssertEqual(out.toFloatArray(), [20, 21, 0, 1, 20, 21, 10, 11])
        XCTAssertThrowsError(try table.embedding(Tensor(int64: [3])))
        XCTAssertThrowsError(try table.embedding(Tensor([0.0])))
        var weight = table
        weight.requiresGrad = true
        try weight.embedding(ids, paddingIndex: 0).sum().backward()
        XCTAssertEqual(weight.grad?.toFloatArray(), [0, 0, 1, 1, 2, 2], "repeated ids accumulate; the padding row stays 0")
    }

    func testGatherAndIndexSelect() throws {
        let m = try Tensor([1, 2, 3, 4, 5, 6], shape: [2, 3])
        XCTAssertEqual(try m.gather(dim: 1, index: Tensor(int64: [2, 0, 1, 1], shape: [2, 2])).toFloatArray(), [3, 1, 5, 5])
        XCTAssertEqual(try m.gather(dim: 0, index: Tensor(int64: [1, 0, 1], shape: [1, 3])).toFloatArray(), [4, 2, 6])
        XCTAssertThrowsError(try m.gather(dim: 1, index: Tensor(int64: [3], shape: [1, 1])))
        XCTAssertThrowsError(try m.gather(dim: 1, index: Tensor(int64: [0])))
        XCTAssertEqual(try m.indexSelect(dim: 1, index: Tensor(int64: [2, 0])).toFloatArray(), [3, 1, 6, 4])
        XCTAssertEqual(try m.indexSelect(dim: 0, index: Tensor(int64: [1, 1])).toFloatArray(), [4, 5, 6, 4, 5, 6])
    }

    func testGradients() throws {
        let ids = try Tensor(int64: [1, 0, 1], shape: [3])
        try checkGradients([sample([3, 4])]) { try $0[0].embedding(ids) }
        let index = try Tensor(int64: [2, 0, 2, 1, 1, 0], shape: [2, 3, 1])
        try checkGradients([sample([2, 3, 4])]) { try $0[0].gather(dim: -1, index: index) }
        try checkGradients([sample([2, 3, 4])]) { try $0[0].indexSelect(dim: 1, index: Tensor(int64: [2, 2, 0])) }
    }
}

final class SelectionTests: XCTestCase {
    func testComparisonsAndLogic() throws {
        let x = try Tensor([1, 2, 3])
        XCTAssertEqual(x.compare(.greater, 1.5).toBoolArray(), [false, true, true])
        XCTAssertEqual(try x.compare(.equal, Tensor([1, 0, 3])).toBoolArray(), [true, false, true])
        let ids = try Tensor(int64: [0, 5, 0])
        XCTAssertEqual(ids.compare(.notEqual, 0).toBoolArray(), [false, true, false])
        XCTAssertEqual(ids.compare(.notEqual, 0).logicalNot().toBoolArray(), [true, false, true])
        let a = try Tensor(bools: [true, true, false]), b = try Tensor(bools: [true, false, false])
        XCTAssertEqual(try a.logicalAnd(b).toBoolArray(), [true, false, false])
        XCTAssertEqual(try a.logicalOr(b).toBoolArray(), [true, true, false])
        XCTAssertTrue(a.any())
        XCTAssertFalse(a.all())
        XCTAssertTrue(try Tensor(int64: [3, 1]).all())
        XCTAssertFalse(try Tensor([0, 0]).any())
    }

    func testWhereAndMaskedFill() throws {
        let mask = try Tensor(bools: [true, false, true])
        XCTAssertEqual(try Tensor.where(mask, Tensor([1, 2, 3]), Tensor(0)).toFloatArray(), [1, 0, 3])
        XCTAssertEqual(try Tensor([1, 2, 3]).maskedFill(mask, -.infinity).toFloatArray(), [-.infinity, 2, -.infinity])
        XCTAssertThrowsError(try Tensor([1, 2, 3]).maskedFill(Tensor(bools: [true, false]), 0))
        try checkGradients([sample([2, 3], seed: 1), sample([3], seed: 2)]) { try Tensor.where(mask, $0[0], $0[1]) }
        try checkGradients([sample([2, 3])]) { try $0[0].maskedFill(mask, 5) }
    }
}

final class ComparisonHelpersTests: XCTestCase {
    func testAllClose() throws {
        XCTAssertTrue(try Tensor([1, 2]).allClose(Tensor([1, 2.000001])))
        XCTAssertFalse(try Tensor([1, 2]).allClose(Tensor([1, 2.1])))
        XCTAssertTrue(try Tensor([1, 1]).allClose(Tensor(1)), "broadcasts")
        XCTAssertFalse(try Tensor([1, 1]).allClose(Tensor([1, 1, 1])))
        XCTAssertFalse(try Tensor([.nan]).allClose(Tensor([.nan])))
        XCTAssertTrue(try Tensor([.infinity]).allClose(Tensor([.infinity])))
    }

    func testParameterPrintsAsPyTorch() throws {
        XCTAssertEqual(Parameter(try Tensor([1, 2])).description, "Parameter containing:\ntensor([1., 2.], requires_grad=True)")
    }
}
