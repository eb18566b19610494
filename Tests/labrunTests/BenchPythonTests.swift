import Foundation
import XCTest

/// `labrun bench --python DIR`, driven through the built executable (timings are printed, never asserted).
final class BenchPythonTests: XCTestCase {
    private func suite() throws -> URL {
        let dir = try Labrun.temporaryDirectory(self)
        try "print(sum(i * i for i in range(1000)))\n".write(to: dir.appendingPathComponent("squares.py"), atomically: true, encoding: .utf8)
        return dir
    }

    func testComparesWithPython3WhenItIsThere() throws {
        guard ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":")
                .contains(where: { FileManager.default.isExecutableFile(atPath: "\($0)/python3") }) == true else {
            throw XCTSkip("python3 is not installed")
        }
        let result = try Labrun.run(["bench", "--python", try suite().path, "--runs", "1"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("squares.py"), result.stdout)
        XCTAssertTrue(result.stdout.contains("same"), result.stdout)
        XCTAssertTrue(result.stdout.contains("geometric mean"), result.stdout)
    }

    func testRunsLabrunAloneWithoutPython3() throws {
        let emptyPath = try Labrun.temporaryDirectory(self).path
        let result = try Labrun.run(["bench", "--python", try suite().path, "--runs", "1"], environment: ["PATH": emptyPath])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("squares.py"), result.stdout)
        XCTAssertTrue(result.stdout.hasSuffix("python3 not found: ran labrun only\n"), result.stdout)
    }

    func testDirectoryNeedsPythonFlag() throws {
        XCTAssertNotEqual(try Labrun.run(["bench", "scripts/bench/python"]).status, 0)
    }
}
