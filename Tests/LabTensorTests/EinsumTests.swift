import XCTest
@testable import LabTensor

/// `einsum` against explicit loops, its gradients against finite differences, and its refusals.
final class EinsumTests: XCTestCase {
    private func grid(_ shape: [Int], shift: Float = 0) throws -> Tensor {
        let n = shape.reduce(1, *)
        return try Tensor((0..<n).map { Foundation.sin(Float($0) * 0.1 + shift) }, shape: shape)
    }

    func testBatchedAttentionScoresMatchLoops() throws {
        let q = try grid([2, 3, 4, 5]), k = try grid([2, 3, 6, 5], shift: 0.5)
        let scores = try Tensor.einsum("bhqd,bhkd->bhqk", [q, k])
        XCTAssertEqual(scores.shape, [2, 3, 4, 6])
        let (qv, kv, sv) = (q.toFloatArray(), k.toFloatArray(), scores.toFloatArray())
        for b in 0..<2 { for h in 0..<3 { for i in 0..<4 { for j in 0..<6 {
            var sum: Float = 0
            for d in 0..<5 { sum += qv[((b * 3 + h) * 4 + i) * 5 + d] * kv[((b * 3 + h) * 6 + j) * 5 + d] }
            XCTAssertEqual(sv[((b * 3 + h) * 4 + i) * 6 + j], sum, accuracy: 1e-5)
        } } } }
    }

    func testTraceDiagonalOuterAndImplicitOutput() throws {
        let m = try grid([3, 3])
        let v = m.toFloatArray()
        XCTAssertEqual(try Tensor.einsum("ii", [m]).item(), Double(v[0] + v[4] + v[8]), accuracy: 1e-6)
        XCTAssertEqual(try Tensor.einsum("ii->i", [m]).toFloatArray(), [v[0], v[4], v[8]])
        XCTAssertEqual(try Tensor.einsum("ij", [m]).toFloatArray(), v)
        XCTAssertEqual(try Tensor.einsum("ba", [m]).toFloatArray(), try m.transposed(0, 1).toFloatArray())
        let outer = try Tensor.einsum("i,j", [try Tensor([1, 2]), try Tensor([3, 4, 5])])
        XCTAssertEqual(outer.shape, [2, 3])
        XCTAssertEqual(outer.toFloatArray(), [3, 4, 5, 6, 8, 10])
    }

    func testEllipsisBroadcastsAcrossRanks() throws {
        let a = try grid([4, 2, 3]), b = try grid([2, 3], shift: 1)
        let dots = try Tensor.einsum("...i,...i->...", [a, b])
        XCTAssertEqual(dots.shape, [4, 2])
        let expected = try (a * b.expand([4, 2, 3])).sum(dims: [2])
        XCTAssertEqual(dots.toFloatArray(), expected.toFloatArray(), accuracy: 1e-6)
    }

    func testThreeOperandChain() throws {
        let a = try grid([2, 3]), b = try grid([3, 4], shift: 1), c = try grid([4, 2], shift: 2)
        let chained = try Tensor.einsum("ij,jk,kl->il", [a, b, c])
        XCTAssertEqual(chained.toFloatArray(), try a.matmul(b).matmul(c).toFloatArray(), accuracy: 1e-5)
    }

    func testGradients() throws {
        try checkGradients([try grid([2, 3]), try grid([3, 4], shift: 1)]) { try Tensor.einsum("ij,jk->ik", $0) }
        try checkGradients([try grid([2, 2, 3, 4]), try grid([2, 2, 5, 4], shift: 0.5)]) { try Tensor.einsum("bhqd,bhkd->bhqk", $0) }
        try checkGradients([try grid([3, 3])]) { try Tensor.einsum("ii->i", $0) }
        try checkGradients([try grid([3, 2, 4]), try grid([2, 4], shift: 1)]) { try Tensor.einsum("...j,...j->...", $0) }
    }

    func testRefusalsNameTheProblem() throws {
        let a = try grid([2, 3])
        XCTAssertThrowsError(try Tensor.einsum("ij->ii", [a])) { XCTAssertEqual(($0 as? TensorError)?.message, "einsum(): output subscript i appears more than once in the output") }
        XCTAssertThrowsError(try Tensor.einsum("ij,jk->ik", [a]))
        XCTAssertThrowsError(try Tensor.einsum("ijk->i", [a]))
        XCTAssertThrowsError(try Tensor.einsum("i1->i", [a]))
        XCTAssertThrowsError(try Tensor.einsum("ij,jk", [a, try grid([2, 4])]))
        XCTAssertThrowsError(try Tensor.einsum("i,i", [try Tensor(indices: [1]), try Tensor(indices: [2])]))
    }
}

private func XCTAssertEqual(_ a: [Float], _ b: [Float], accuracy: Float, file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(a.count, b.count, file: file, line: line)
    for (x, y) in zip(a, b) { XCTAssertEqual(x, y, accuracy: accuracy, file: file, line: line) }
}
