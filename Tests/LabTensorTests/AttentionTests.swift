import XCTest
@testable import LabTensor

final class AttentionTests: XCTestCase {
    func testMatchesTheUnfusedFormula() throws {
        let q = try sample([1, 2, 3, 4], seed: 1), k = try sample([1, 2, 5, 4], seed: 2), v = try sample([1, 2, 5, 3], seed: 3)
        let bias = try sample([1, 2, 3, 5], seed: 4)
        let out = try Tensor.scaledDotProductAttention(query: q, key: k, value: v, bias: bias, scale: 0.5)
        let scores = try (q.matmul(k.mT().contiguous()) * 0.5 + bias).softmax(dim: -1)
        XCTAssertEqual(out.shape, [1, 2, 3, 3])
        assertClose(out, try scores.matmul(v).toFloatArray())
    }

    func testMaskedKeysGetNoWeight() throws {
        let q = try sample([1, 1, 2, 2], seed: 1), k = try sample([1, 1, 3, 2], seed: 2)
        let v = try Tensor([1, 10, 100], shape: [1, 1, 3, 1])
        let mask = try Tensor([0, 0, -1e9], shape: [1, 1, 1, 3])
        let out = try Tensor.scaledDotProductAttention(query: q, key: k, value: v, bias: mask).toFloatArray()
        XCTAssertTrue(out.allSatisfy { $0 >= 1 && $0 <= 10 })
    }

    func testGradients() throws {
        let inputs = [try sample([1, 2, 3, 4], seed: 1), try sample([1, 2, 3, 4], seed: 2), try sample([1, 2, 3, 2], seed: 3), try sample([1, 2, 3, 3], seed: 4)]
        try checkGradients(inputs) {
            try Tensor.scaledDotProductAttention(query: $0[0], key: $0[1], value: $0[2], bias: $0[3], scale: 0.5)
        }
    }

    func testDropoutOnWeightsIsSeeded() throws {
        let q = try sample([1, 1, 4, 4], seed: 1)
        var g1 = RandomGenerator(seed: 9), g2 = RandomGenerator(seed: 9)
        let a = try Tensor.scaledDotProductAttention(query: q, key: q, value: q, dropout: 0.5, training: true, generator: &g1)
        let b = try Tensor.scaledDotProductAttention(query: q, key: q, value: q, dropout: 0.5, training: true, generator: &g2)
        XCTAssertEqual(a.toFloatArray(), b.toFloatArray())
        let eval = try Tensor.scaledDotProductAttention(query: q, key: q, value: q, dropout: 0.5, training: false, generator: &g1)
        assertClose(eval, try Tensor.scaledDotProductAttention(query: q, key: q, value: q).toFloatArray())
    }
}

final class DropoutTests: XCTestCase {
    func testInvertedScalingAndEvalIdentity() throws {
        var generator = RandomGenerator(seed: 3)
        let x = try Tensor.ones([1000])
        let y = try x.dropout(p: 0.25, training: true, generator: &generator).toFloatArray()
        XCTAssertTrue(y.allSatisfy { $0 == 0 || abs($0 - 1 / 0.75) < 1e-6 })
        let dropped = y.filter { $0 == 0 }.count
        XCTAssertTrue((200...300).contains(dropped), "about a quarter dropped, got \(dropped)")
        XCTAssertEqual(try x.dropout(p: 0.25, training: false, generator: &generator).toFloatArray(), x.toFloatArray())
        XCTAssertEqual(try x.dropout(p: 1, training: true, generator: &generator).toFloatArray(), [Float](repeating: 0, count: 1000))
        XCTAssertThrowsError(try x.dropout(p: 1.5, training: true, generator: &generator))
    }

    func testGradientUsesTheSameMask() throws {
        let start = RandomGenerator(seed: 5)
        try checkGradients([sample([3, 4])]) { inputs in
            var generator = start
            return try inputs[0].dropout(p: 0.4, training: true, generator: &generator)
        }
    }
}
