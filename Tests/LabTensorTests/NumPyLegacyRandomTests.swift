import Foundation
import XCTest
@testable import LabTensor

/// numpy's legacy `RandomState` draws, recorded from numpy (Fixtures/numpy_legacy_random.json, by
/// scripts/fixtures/numpy/random_streams.py): uniform doubles, polar Box–Muller normals, masked
/// bounded integers, permutations and `choice` by probabilities, in numpy's order.
final class NumPyLegacyRandomTests: XCTestCase {
    func testDrawsMatchNumPy() throws {
        let url = try XCTUnwrap(Bundle.module.url(forResource: "Fixtures", withExtension: nil)).appendingPathComponent("numpy_legacy_random.json")
        let cases = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [[String: Any]])
        XCTAssertEqual(cases.count, 4)
        for item in cases {
            let seed = try XCTUnwrap(item["seed"] as? NSNumber).uint64Value
            var state = try NumPyRandomState(seed: seed)
            XCTAssertEqual((0..<5).map { _ in state.nextDouble() }, (item["doubles"] as? [String])?.compactMap(Double.init), "seed \(seed)")
            XCTAssertEqual((0..<7).map { _ in state.standardNormal() }, (item["normals"] as? [String])?.compactMap(Double.init), "seed \(seed)")
            let bounded = try XCTUnwrap(item["bounded"] as? [String: [NSNumber]])
            for range in [1, 5, 100, 1 << 32 - 1, 1 << 40 + 3] as [UInt64] {
                XCTAssertEqual((0..<6).map { _ in state.bounded(range) }, bounded[String(range)]?.map(\.uint64Value), "seed \(seed) range \(range)")
            }
            XCTAssertEqual(state.permutation(11), item["permutation"] as? [Int], "seed \(seed)")
            let weights = [0.05, 0.1, 0.15, 0.2, 0.25, 0.25]
            let picked = try NumPyChoice.withoutReplacement(weights, count: 4) { n in (0..<n).map { _ in state.nextDouble() } }
            XCTAssertEqual(picked, item["weighted_without_replacement"] as? [Int], "seed \(seed)")
            let cdf = NumPyChoice.cumulative([0.1, 0.2, 0.3, 0.4])
            XCTAssertEqual((0..<8).map { _ in NumPyChoice.index(in: cdf, of: state.nextDouble()) }, item["weighted"] as? [Int], "seed \(seed)")
        }
    }

    func testKeptNormalSurvivesSavingTheState() throws {
        var state = try NumPyRandomState(seed: 3)
        _ = state.standardNormal()
        var restored = try JSONDecoder().decode(NumPyRandomState.self, from: JSONEncoder().encode(state))
        XCTAssertEqual(restored, state)
        XCTAssertEqual(restored.standardNormal(), state.standardNormal())
    }

    func testProbabilitiesAreCheckedAsNumPyChecksThem() {
        func message(_ p: [Double], _ count: Int) -> String? {
            do { try NumPyChoice.validate(p, count: count); return nil } catch { return (error as? NumPyChoice.Failure)?.message }
        }
        XCTAssertNil(message([0.5, 0.5], 2))
        XCTAssertNil(message([0.1, 0.2, 0.7 + 1e-9], 3))
        XCTAssertEqual(message([0.5, 0.5], 3), "'a' and 'p' must have same size")
        XCTAssertEqual(message([0.5, 0.6], 2), "probabilities do not sum to 1")
        XCTAssertEqual(message([1.5, -0.5], 2), "probabilities are not non-negative")
        XCTAssertEqual(message([.nan, 1], 2), "probabilities contain NaN")
        XCTAssertThrowsError(try NumPyChoice.withoutReplacement([1, 0, 0], count: 2) { _ in [] })
    }
}
