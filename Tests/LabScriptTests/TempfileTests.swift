import Foundation
import XCTest
@testable import LabScript

/// What `tempfile` and `os` refuse, loudly: spooled temporary files and descriptors that
/// `mkstemp` did not hand out (so a lab cannot close labrun's own output).
final class TempfileTests: XCTestCase {
    private func exceptionLine(_ source: String) -> String? {
        let interpreter = Interpreter(configuration: .init(stdout: { _ in }, stderr: { _ in }))
        do {
            _ = try interpreter.execute(source, filename: "<cell>")
            return nil
        } catch let e as ScriptException {
            return e.exceptionLine
        } catch {
            return "\(error)"
        }
    }

    func testSpooledTemporaryFilesNameTheClass() {
        XCTAssertEqual(exceptionLine("import tempfile\ntempfile.SpooledTemporaryFile()\n")?.hasPrefix("NotImplementedError: tempfile.SpooledTemporaryFile"), true)
        XCTAssertEqual(exceptionLine("import tempfile\ntempfile.TemporaryFile('wb', encoding='utf-8')\n"),
                       "ValueError: binary mode doesn't take an encoding argument")
    }

    func testOnlyMkstempDescriptorsCanBeClosed() {
        XCTAssertEqual(exceptionLine("import os\nos.close(1)\n"),
                       "NotImplementedError: os.close of a descriptor that tempfile.mkstemp did not return is not supported by labrun")
        XCTAssertEqual(exceptionLine("import os\nos.fdopen(2, 'w')\n"),
                       "NotImplementedError: os.fdopen of a descriptor that tempfile.mkstemp did not return is not supported by labrun")
        XCTAssertNil(exceptionLine("import os, tempfile\nfd, path = tempfile.mkstemp()\nos.close(fd)\nos.remove(path)\n"))
        XCTAssertEqual(exceptionLine("import os, tempfile\nfd, path = tempfile.mkstemp()\nos.close(fd)\nos.remove(path)\nos.close(fd)\n"),
                       "NotImplementedError: os.close of a descriptor that tempfile.mkstemp did not return is not supported by labrun")
    }
}
