import XCTest
@testable import LabNotebook

final class SkippedCommandTests: XCTestCase {
    func testShellEscapesAndMagics() {
        XCTAssertEqual(skippedMessage(for: "!aws s3 cp s3://bucket/data ."),
                       "skipped: !aws s3 cp s3://bucket/data . (labs run offline; shell commands are not run)")
        XCTAssertEqual(skippedMessage(for: "%pip install -U transformers"),
                       "skipped: %pip install -U transformers (labs run offline; shell commands are not run)")
        XCTAssertEqual(skippedMessage(for: "%%time"), "skipped: %%time (IPython magics are not run)")
    }

    func testLongCommandsAreShortened() {
        let message = skippedMessage(for: "!" + String(repeating: "x", count: 100))
        XCTAssertEqual(message, "skipped: !" + String(repeating: "x", count: 58) + "… (labs run offline; shell commands are not run)")
    }
}
