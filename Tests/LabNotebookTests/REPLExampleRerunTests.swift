import Foundation
import XCTest
@testable import LabNotebook

/// Every cell of every example lab, re-run from its snapshot after the whole lab ran (and after
/// random draws at the prompt), prints byte for byte what it printed in a fresh run.
final class REPLExampleRerunTests: XCTestCase {
    func testRerunOfEachExampleCellMatchesAFreshRun() throws {
        let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("examples")
        let files = try FileManager.default.contentsOfDirectory(atPath: examples.path).filter { $0.hasSuffix(".cells") }.sorted()
        XCTAssertFalse(files.isEmpty)
        for name in files {
            let text = try String(contentsOf: examples.appendingPathComponent(name), encoding: .utf8)
            let fresh = try REPLHarness(text, path: name)
            let cells = fresh.repl.file.cells.filter { $0.kind == .code }
            var expected: [Int: String] = [:]
            for cell in cells { expected[cell.number] = fresh.type(":run \(cell.number)") }
            let harness = try REPLHarness(text, path: name)
            harness.type(":run all", "import random", "random.random()")
            for cell in cells.reversed() {
                XCTAssertEqual(harness.type(":rerun \(cell.number)"), expected[cell.number], "\(name) cell \(cell.number)")
            }
        }
    }
}
