import Foundation
import XCTest

/// `labrun bench --ppo-step SIZE`'s arguments, driven through the built executable. (The step itself
/// takes minutes of CPU in a debug build, even at tiny size; `scripts/bench/compare_trl.py` runs it.)
final class BenchPPOStepTests: XCTestCase {
    func testFullFinetuneNeedsPPOStep() throws {
        let result = try Labrun.run(["bench", "--full-finetune"])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("--full-finetune is only used with --ppo-step"), result.stderr)
    }

    func testUnknownSizeIsRefused() throws {
        let result = try Labrun.run(["bench", "--ppo-step", "large"])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("large"), result.stderr)
    }
}
