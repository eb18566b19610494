import XCTest
@testable import LabTensor

final class SamplingTests: XCTestCase {
    let logits = try! Tensor([1, 4, 2, 3], shape: [1, 4])

    func testTopK() throws {
        XCTAssertEqual(try logits.topKFiltered(2).toFloatArray(), [-.infinity, 4, -.infinity, 3])
        XCTAssertEqual(try logits.topKFiltered(1, minTokensToKeep: 3).toFloatArray(), [-.infinity, 4, 2, 3])
        XCTAssertEqual(try logits.topKFiltered(10).toFloatArray(), [1, 4, 2, 3])
        XCTAssertEqual(try Tensor([1, 2, 2]).topKFiltered(1).toFloatArray(), [-.infinity, 2, 2], "ties with the k-th value stay")
        XCTAssertThrowsError(try logits.topKFiltered(0))
        // Both selection paths (small k keeps a buffer, large k sorts) agree with a plain sort.
        let row = try sample([1, 300], seed: 4)
        for k in [1, 5, 64, 65, 300] {
            let threshold = row.toFloatArray().sorted(by: >)[k - 1]
            let kept = try row.topKFiltered(k).toFloatArray().filter { $0 != -.infinity }
            XCTAssertEqual(kept.count, k)
            XCTAssertTrue(kept.allSatisfy { $0 >= threshold })
        }
    }

    func testTopP() throws {
        // softmax([1, 4, 2, 3]) ≈ [0.032, 0.644, 0.087, 0.237]; ascending cumulative sums are
        // 0.032, 0.119, 0.356, 1.0.
        XCTAssertEqual(try logits.topPFiltered(0.8).toFloatArray(), [-.infinity, 4, -.infinity, 3])
        XCTAssertEqual(try logits.topPFiltered(0.9).toFloatArray(), [-.infinity, 4, 2, 3])
        XCTAssertEqual(try logits.topPFiltered(0.1).toFloatArray(), [-.infinity, 4, -.infinity, -.infinity])
        XCTAssertEqual(try logits.topPFiltered(0.1, minTokensToKeep: 2).toFloatArray(), [-.infinity, 4, -.infinity, 3])
        XCTAssertEqual(try logits.topPFiltered(1).toFloatArray(), [1, 4, 2, 3])
    }

    func testWarpersApplyTemperatureThenTopKThenTopP() throws {
        // Temperature 0.5 doubles the logits: softmax([2, 8, 4, 6]) ≈ [0.002, 0.865, 0.016, 0.117];
        // top-k 3 drops index 0, then top-p 0.8 keeps only index 1.
        let warped = try logits.warpedForSampling(temperature: 0.5, topK: 3, topP: 0.8)
        XCTAssertEqual(warped.toFloatArray(), [-.infinity, 8, -.infinity, -.infinity])
        XCTAssertEqual(try logits.warpedForSampling().toFloatArray(), [1, 4, 2, 3])
        XCTAssertThrowsError(try logits.warpedForSampling(temperature: 0))
    }

    func testCategoricalSamplingFollowsTheFilter() throws {
        var generator = RandomGenerator(seed: 11)
        let filtered = try Tensor([0, 0, -.infinity, 0], shape: [2, 2])
        for _ in 0..<20 {
            let picks = try generator.sampleCategorical(logits: filtered).toInt64Array()
            XCTAssertEqual(picks.count, 2)
            XCTAssertEqual(picks[1], 1, "the -inf token is never drawn")
        }
    }
}
