import XCTest
@testable import LabTensor

final class RandomTests: XCTestCase {
    /// Known-answer vectors of Philox4x32-10 from the Random123 distribution (kat_vectors).
    func testPhiloxKnownAnswers() {
        let zero = Philox.block(counter: (0, 0, 0, 0), key: (0, 0))
        XCTAssertEqual([zero.0, zero.1, zero.2, zero.3], [0x6627_E8D5, 0xE169_C58D, 0xBC57_AC4C, 0x9B00_DBD8])
        let ones = Philox.block(counter: (.max, .max, .max, .max), key: (.max, .max))
        XCTAssertEqual([ones.0, ones.1, ones.2, ones.3], [0x408F_276D, 0x41C8_3B0E, 0xA20B_C7C6, 0x6D54_51FD])
        let pi = Philox.block(counter: (0x243F_6A88, 0x85A3_08D3, 0x1319_8A2E, 0x0370_7344), key: (0xA409_3822, 0x299F_31D0))
        XCTAssertEqual([pi.0, pi.1, pi.2, pi.3], [0xD16C_FE09, 0x94FD_CCEB, 0x5001_E420, 0x2412_6EA1])
    }

    func testSeedsReproduceAndStreamsDiffer() {
        var a = RandomGenerator(seed: 42), b = RandomGenerator(seed: 42), c = RandomGenerator(seed: 42, stream: 1)
        let drawsA = (0..<10).map { _ in a.next32() }
        XCTAssertEqual(drawsA, (0..<10).map { _ in b.next32() })
        XCTAssertNotEqual(drawsA, (0..<10).map { _ in c.next32() })
    }

    func testStateSaveAndRestore() throws {
        var generator = RandomGenerator(seed: 7)
        _ = try generator.normal([5])
        let saved = generator.state
        let expected = try generator.uniform([7]).toFloatArray()
        var restored = RandomGenerator(state: saved)
        XCTAssertEqual(try restored.uniform([7]).toFloatArray(), expected)
        let encoded = try JSONEncoder().encode(saved)
        XCTAssertEqual(try JSONDecoder().decode(RandomGenerator.State.self, from: encoded), saved)
    }

    func testSplitGivesIndependentReproducibleChildren() {
        var parent1 = RandomGenerator(seed: 1), parent2 = RandomGenerator(seed: 1)
        var child1 = parent1.split(), child2 = parent2.split()
        XCTAssertEqual(child1.next64(), child2.next64())
        XCTAssertNotEqual(child1.next64(), parent1.next64())
    }

    func testDistributions() throws {
        var generator = RandomGenerator(seed: 3)
        let u = try generator.uniform([4000], low: -2, high: 2).toFloatArray()
        XCTAssertTrue(u.allSatisfy { $0 >= -2 && $0 < 2 })
        XCTAssertEqual(Double(u.reduce(0, +)) / 4000, 0, accuracy: 0.1)
        let n = try generator.normal([4000], mean: 1, std: 2).toFloatArray().map(Double.init)
        let mean = n.reduce(0, +) / 4000
        let std = (n.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 3999).squareRoot()
        XCTAssertEqual(mean, 1, accuracy: 0.1)
        XCTAssertEqual(std, 2, accuracy: 0.1)
        XCTAssertEqual(generator.permutationIndices(50).sorted(), Array(0..<50))
        let bits = try generator.bernoulli([4000], p: 0.3).toBoolArray().filter { $0 }.count
        XCTAssertEqual(Double(bits) / 4000, 0.3, accuracy: 0.03)
        for bound in [1, 3, 7, 1000] { XCTAssertTrue((0..<bound).contains(generator.next(below: bound))) }
    }

    func testMultinomial() throws {
        var generator = RandomGenerator(seed: 5)
        let weights = try Tensor([0, 1, 3, 0])
        let draws = try generator.multinomial(weights, count: 2000, replacement: true).toInt64Array()
        XCTAssertFalse(draws.contains(0) || draws.contains(3))
        XCTAssertEqual(Double(draws.filter { $0 == 2 }.count) / 2000, 0.75, accuracy: 0.04)
        let unique = try generator.multinomial(weights, count: 2).toInt64Array()
        XCTAssertEqual(Set(unique), [1, 2])
        XCTAssertThrowsError(try generator.multinomial(weights, count: 3), "only two categories can be drawn")
        XCTAssertThrowsError(try generator.multinomial(Tensor([-1, 1]), count: 1))
        XCTAssertEqual(try generator.multinomial(Tensor.ones([3, 4]), count: 2).shape, [3, 2])
    }
}
