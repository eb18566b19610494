import LabRL
import LabTensor
import XCTest

final class LengthSamplerTests: XCTestCase {
    func testDrawsEveryLengthOfTheHalfOpenRange() throws {
        var sampler = try LengthSampler(min: 2, max: 5, generator: NumPyRandomState(seed: 0))
        let draws = (0..<300).map { _ in sampler() }
        XCTAssertEqual(Set(draws), [2, 3, 4])
        XCTAssertGreaterThan(draws.filter { $0 == 2 }.count, 60)
    }

    func testSameSeedSameLengths() throws {
        var a = try LengthSampler(min: 3, max: 9, generator: NumPyRandomState(seed: 5))
        var b = try LengthSampler(min: 3, max: 9, generator: NumPyRandomState(seed: 5))
        XCTAssertEqual((0..<20).map { _ in a() }, (0..<20).map { _ in b() })
        var numpy = try LengthSampler(min: 100, max: 400, generator: NumPyRandomState(seed: 0))
        // np.random.seed(0); [LengthSampler(100, 400)() for _ in range(3)]
        XCTAssertEqual((0..<3).map { _ in numpy() }, [272, 147, 217])
    }

    func testEmptyRangeIsAnError() {
        XCTAssertThrowsError(try LengthSampler(min: 4, max: 4, generator: NumPyRandomState(seed: 0)))
    }
}

final class ShuffledBatchSamplerTests: XCTestCase {
    func testEachPassIsAFreshPermutationWithoutTheIncompleteBatch() throws {
        var sampler = try ShuffledBatchSampler(count: 10, batchSize: 3, generator: RandomGenerator(seed: 1))
        XCTAssertEqual(sampler.batchesPerPass, 3)
        let first = sampler.nextPass(), second = sampler.nextPass()
        for pass in [first, second] {
            XCTAssertEqual(pass.map(\.count), [3, 3, 3])
            XCTAssertEqual(Set(pass.joined()).count, 9)
            XCTAssertTrue(pass.joined().allSatisfy { (0..<10).contains($0) })
        }
        XCTAssertNotEqual(first, second)
    }

    func testRestoringTheSamplerReplaysItsPasses() throws {
        var sampler = try ShuffledBatchSampler(count: 7, batchSize: 2, generator: RandomGenerator(seed: 9))
        _ = sampler.nextPass()
        let saved = sampler
        let next = sampler.nextPass()
        sampler = saved
        XCTAssertEqual(sampler.nextPass(), next)
    }
}

/// numpy's legacy stream against draws recorded from numpy (Fixtures/ppo_math.json).
final class NumPyRandomStateTests: XCTestCase {
    func testPermutationsAndChoicesMatchNumPy() throws {
        for c in try Fixtures.load("ppo_math").cases("numpy_random") {
            var state = try NumPyRandomState(seed: UInt64(try c.double("seed")))
            for expected in try XCTUnwrap(c["permutations"] as? [[Int]]) {
                XCTAssertEqual(state.permutation(expected.count), expected)
            }
            for expected in try XCTUnwrap(c["choices"] as? [Int]) {
                XCTAssertEqual(100 + state.index(below: 300), expected)
            }
        }
    }

    func testSeedsBeyond32BitsAreRejected() {
        XCTAssertThrowsError(try NumPyRandomState(seed: 1 << 32)) { error in
            XCTAssertEqual("\(error)", "Seed must be between 0 and 2**32 - 1")
        }
    }
}
