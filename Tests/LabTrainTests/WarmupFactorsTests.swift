import XCTest
@testable import LabTrain

/// transformers' warmup schedules at the steps where their pieces meet.
final class WarmupFactorsTests: XCTestCase {
    func testLinearRampsUpThenDecaysToZero() {
        let f = WarmupFactors.linear(warmup: 2, total: 6)
        XCTAssertEqual((0...7).map(f), [0, 0.5, 1, 0.75, 0.5, 0.25, 0, 0])
    }

    func testCosineReachesHalfAtMidwayAndZeroAtTheEnd() {
        let f = WarmupFactors.cosine(warmup: 0, total: 4, cycles: 0.5)
        XCTAssertEqual(f(0), 1)
        XCTAssertEqual(f(2), 0.5, accuracy: 1e-15)
        XCTAssertEqual(f(4), 0, accuracy: 1e-15)
    }

    func testConstantHoldsAfterWarmup() {
        XCTAssertEqual((0...4).map(WarmupFactors.constant(warmup: 3)), [0, 1.0 / 3, 2.0 / 3, 1, 1])
    }
}
