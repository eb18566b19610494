import Foundation
import XCTest
@testable import LabData

/// `np.random.default_rng(seed)` draws, recorded from numpy (Fixtures/numpy_generator.json, by
/// scripts/fixtures/numpy/random_streams.py): doubles, Lemire's bounded integers on 32- and
/// 64-bit ranges, `choice` without replacement by Floyd's algorithm (shuffled or not) and by tail shuffle.
final class NumpyGeneratorTests: XCTestCase {
    func testDrawsMatchNumPy() throws {
        let data = try Data(contentsOf: Fixture.url("numpy_generator.json"))
        let cases = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        XCTAssertEqual(cases.count, 4)
        for item in cases {
            let seed = try XCTUnwrap(item["seed"] as? NSNumber).uint64Value
            var generator = NumpyGenerator(seed: seed)
            XCTAssertEqual((0..<5).map { _ in generator.nextDouble() }, (item["doubles"] as? [String])?.compactMap(Double.init), "seed \(seed)")
            let bounded = try XCTUnwrap(item["bounded"] as? [String: [NSNumber]])
            for range in [1, 6, 1000, 1 << 32 - 1, 1 << 33, 1 << 52] as [UInt64] {
                XCTAssertEqual((0..<6).map { _ in generator.bounded(range) }, bounded[String(range)]?.map(\.uint64Value), "seed \(seed) range \(range)")
            }
            XCTAssertEqual(generator.sampleWithoutReplacement(from: 30, count: 7), item["floyd_sample"] as? [Int], "seed \(seed)")
            XCTAssertEqual(Array(generator.sampleWithoutReplacement(from: 20000, count: 900).suffix(9)), item["tail_sample"] as? [Int], "seed \(seed)")
            XCTAssertEqual(generator.sampleWithoutReplacement(from: 50, count: 6, shuffle: false), item["unshuffled_sample"] as? [Int], "seed \(seed)")
            XCTAssertEqual(generator.permutation(9), item["permutation"] as? [Int], "seed \(seed)")
        }
    }
}
