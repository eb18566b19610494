import XCTest
@testable import LabNotebook

final class StaleCellMatchingTests: XCTestCase {
    private func cells(_ sources: [String]) -> [Cell] {
        sources.enumerated().map { Cell(number: $0.offset + 1, kind: .code, title: nil, source: $0.element, firstLine: 1, markerLine: nil) }
    }

    func testInsertedCellsAreNewAndTheOthersKeepTheirHistory() {
        let pairs = StaleCellMatching.match(old: cells(["a", "b", "c"]), new: cells(["a", "new", "b", "c"]))
        XCTAssertEqual(pairs, [1: 1, 3: 2, 4: 3])
    }

    func testDeletedAndEditedCells() {
        XCTAssertEqual(StaleCellMatching.match(old: cells(["a", "b", "c"]), new: cells(["a", "c"])), [1: 1, 2: 3])
        XCTAssertEqual(StaleCellMatching.match(old: cells(["a", "b", "c"]), new: cells(["a", "b2", "c"])), [1: 1, 2: 2, 3: 3])
        XCTAssertEqual(StaleCellMatching.match(old: cells(["a", "b"]), new: cells(["b", "a"])), [1: 2],
                       "after a swap one cell keeps its history; the other counts as new")
    }

    func testReloadAfterInsertingACellKeepsStatusesAndReruns() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("match-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("lab.cells").path
        let lab = "# %% One\nx = 1\n# %% Two\nprint(x + 1)\n"
        try lab.write(toFile: path, atomically: true, encoding: .utf8)
        let harness = try REPLHarness(lab, path: path)
        harness.type(":run all")
        try lab.replacingOccurrences(of: "# %% Two", with: "# %% Inserted\ny = 5\n# %% Two").write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertEqual(harness.type(":reload"), "reloaded \(path): 3 cells\n")
        XCTAssertEqual([harness.status(1), harness.status(2), harness.status(3)], [.ok, .notRun, .ok])
        XCTAssertEqual(harness.type(":rerun 3", ":n"), "2\n")
        XCTAssertEqual(harness.global("y"), nil, ":next after cell 3 finds nothing; cell 2 is run with :run 2")
    }
}
