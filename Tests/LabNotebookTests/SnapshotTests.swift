import LabScript
import XCTest
@testable import LabNotebook

final class SnapshotTests: XCTestCase {
    func testRestoreKeepsAliasingAndIsIndependentOfLaterChanges() throws {
        let harness = try REPLHarness("# %% A\nx = 1\n")
        harness.type("a = [1]", "b = {'k': [a, a]}", "t = (a,)", "a.append(2)", ":undo")
        XCTAssertEqual(harness.global("b"), "{'k': [[1], [1]]}")
        XCTAssertEqual(harness.type("b['k'][0] is b['k'][1]", "b['k'][0] is a", "t[0] is a"), "True\nTrue\nTrue\n")
        harness.type("a.append(3)", ":undo")
        XCTAssertEqual(harness.type("a"), "[1]\n", "a second restore from the same snapshot is unaffected by the first")
    }

    func testRandomStreamIsPartOfTheSnapshot() throws {
        let harness = try REPLHarness("# %% A\nimport random\n")
        harness.type(":run 1", "r = random.random()", "r")
        // Displaying `r` only read it: the one step to undo is the draw.
        let first = harness.type(":undo", "r = random.random()", "r")
        XCTAssertEqual(first, "undid the line `r = random.random()`\n0.6394267984578837\n")
    }

    func testUnchangedNativeStorageCountsOnceAcrossSnapshots() throws {
        let harness = try REPLHarness("""
            # %% Make
            import blocks
            w = blocks.zeros(10000)
            """)
        harness.type(":run 1", "i = 1", "i = 2", "i = 3")
        let bytes = harness.repl.log.byteCount
        XCTAssertGreaterThan(bytes, 80_000)
        XCTAssertLessThan(bytes, 90_000, "three snapshots of an unchanged 80 KB block hold it once")
        harness.type("w.fill(1.0)", "i = 4")
        XCTAssertGreaterThan(harness.repl.log.byteCount, 160_000, "a written block keeps its old storage alive in older snapshots")
    }

    func testPastTheBudgetTheOldestSnapshotsAreDroppedAndRerunReplays() throws {
        let step = "w.fill(random.random())\nprint(w.total())"
        let lab = "# %% Make\nimport blocks, random\nw = blocks.zeros(10000)\n"
            + (1...3).map { "# %% Step\($0)\n\(step)\n" }.joined()
        let harness = try REPLHarness(lab, budget: 200_000)
        harness.type(":run all")
        XCTAssertTrue(harness.stderr.contains("note: dropped the snapshot before cell 2 (Step1)"), harness.stderr)
        XCTAssertLessThanOrEqual(harness.repl.log.byteCount, 200_000)
        let fresh = try REPLHarness(lab)
        let expected = fresh.type(":run all").split(separator: "\n").map(String.init)
        XCTAssertEqual(harness.type(":rerun 2"), expected[0] + "\n")
        XCTAssertTrue(harness.stderr.contains("the snapshot before cell 2 (Step1) was dropped; re-running from the snapshot before cell 1 (Make)"), harness.stderr)
        let rerunLast = harness.type(":rerun 4").split(separator: "\n").last.map(String.init)
        XCTAssertEqual(rerunLast, expected[2], "replayed or not, cell 4 prints what a fresh run prints")
    }

    func testBudgetSizesParse() {
        XCTAssertEqual(parseByteSize("512MB"), 512 << 20)
        XCTAssertEqual(parseByteSize("1.5g"), 3 << 29)
        XCTAssertEqual(parseByteSize("0"), 0)
        XCTAssertNil(parseByteSize("lots"))
        XCTAssertNil(parseByteSize("-1MB"))
    }
}
