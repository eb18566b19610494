import XCTest
@testable import LabNotebook

final class REPLTests: XCTestCase {
    static let lab = """
        # %% Setup
        import random
        data = [1, 2, 3]
        lr = 0.1
        # %% Draw
        x = random.random()
        print("draw", x)
        # %% Grow
        def grow(items):
            items.append(len(items) + 1)
        grow(data)
        print(data)
        # %% Report
        print("report", data, lr, x)
        sum(data)
        """

    func testNothingRunsUntilAskedThenNextStepsThroughCells() throws {
        let harness = try REPLHarness(Self.lab)
        XCTAssertEqual(harness.type(":n", ":n"), "draw 0.6394267984578837\n")
        XCTAssertEqual(harness.status(1), .ok)
        XCTAssertEqual(harness.status(3), .notRun)
        XCTAssertEqual(harness.type(":next", ":n"), "[1, 2, 3, 4]\nreport [1, 2, 3, 4] 0.1 0.6394267984578837\n10\n")
    }

    func testPromptCodeRunsInTheSessionWithContinuationLines() throws {
        let harness = try REPLHarness(Self.lab)
        let output = harness.type(":run 1", "total = (1 +", "  2)", "def f(a, b=2):", "    return a + b * total", "", "f(1)",
                                  "for i in range(2):", "    print(i)", "print('after')", "data")
        XCTAssertEqual(output, "7\n0\n1\nafter\n[1, 2, 3]\n")
    }

    func testAPipedScriptMayHaveBlankLinesInsideABlock() throws {
        let harness = try REPLHarness(Self.lab)
        XCTAssertEqual(harness.type("def g():", "    a = 1", "", "    return a + 1", "", "print(g())", ":who g"), "2\ng: function\n" + (harness.global("g") ?? "") + "\n")
        XCTAssertEqual(harness.stderr, "")
    }

    func testNameErrorInAFunctionFromAnEarlierLineIsReported() throws {
        let harness = try REPLHarness(Self.lab)
        harness.type("def f():\n    return undefined\n", "f()", "print('alive')")
        XCTAssertTrue(harness.stderr.hasSuffix("  File \"<stdin>\", line 2, in f\nNameError: name 'undefined' is not defined\n"), harness.stderr)
        XCTAssertEqual(harness.stdout, "alive\n")
    }

    func testTimeResetAndUsageErrors() throws {
        let harness = try REPLHarness(Self.lab)
        XCTAssertEqual(harness.type(":time", ":n", ":time"), "timing on\ntiming off\n")
        XCTAssertTrue(harness.stderr.contains("[1] took "), harness.stderr)
        harness.type(":save", ":load", ":show 9", ":rerun 9", ":run 3-1", ":reset")
        XCTAssertEqual(harness.stderr.components(separatedBy: "error:").count - 1, 5, harness.stderr)
        XCTAssertNil(harness.global("data"))
        XCTAssertEqual(harness.status(1), .notRun)
    }

    func testExitCallAtThePromptQuits() throws {
        let harness = try REPLHarness(Self.lab)
        XCTAssertEqual(harness.type("print(1)", "exit()", "print(2)"), "1\n")
    }

    func testErrorsAndBadCommandsKeepTheSession() throws {
        let harness = try REPLHarness(Self.lab)
        harness.type(":run 1", "1/0", ":bogus", ":run 99", ":rerun", "y = data")
        XCTAssertTrue(harness.stderr.contains("ZeroDivisionError: division by zero"), harness.stderr)
        XCTAssertTrue(harness.stderr.contains("error: unknown command :bogus"), harness.stderr)
        XCTAssertEqual(harness.global("y"), "[1, 2, 3]")
        XCTAssertTrue(harness.repl.hadFailure)
    }

    func testRerunPrintsWhatAFreshRunPrints() throws {
        let fresh = try REPLHarness(Self.lab)
        fresh.type(":run 1")
        let freshOutput = fresh.type(":run 2", ":run 3", ":run 4")
        let harness = try REPLHarness(Self.lab)
        harness.type(":run all", "import random", "random.random()", "lr = 0.1")
        XCTAssertEqual(harness.type(":rerun 2", ":run 3", ":run 4"), freshOutput)
        XCTAssertEqual(harness.type(":rerun 3"), "[1, 2, 3, 4]\n")
        XCTAssertEqual(harness.type(":rerun 3"), "[1, 2, 3, 4]\n")
        XCTAssertEqual(harness.type(":rerun 2"), "draw 0.6394267984578837\n")
    }

    /// Enum members are singletons: undo keeps them (flag combinations included), not copies.
    func testUndoKeepsEnumMembers() throws {
        let harness = try REPLHarness("""
            # %% States
            from enum import Enum, Flag, auto
            class State(Enum):
                NEW = auto()
                DONE = auto()
            class Perm(Flag):
                R = 1
                W = 2
            s = State.DONE
            p = Perm.R | Perm.W
            """)
        harness.type(":run 1", "n = 1", ":undo")
        XCTAssertEqual(harness.type("s is State.DONE", "s == State.DONE", "p is Perm.R | Perm.W"), "True\nTrue\nTrue\n", harness.stderr)
    }

    func testUndoRestoresTheStateBeforeTheLastCellOrLine() throws {
        let harness = try REPLHarness(Self.lab)
        harness.type(":run 1", ":run 2", ":run 3")
        XCTAssertEqual(harness.global("data"), "[1, 2, 3, 4]")
        harness.type("data.append(99)", ":undo")
        XCTAssertEqual(harness.global("data"), "[1, 2, 3, 4]")
        harness.type(":undo")
        XCTAssertEqual(harness.global("data"), "[1, 2, 3]")
        XCTAssertEqual(harness.status(3), .notRun)
        XCTAssertEqual(harness.type(":n"), "[1, 2, 3, 4]\n")
        XCTAssertEqual(harness.type(":undo", ":undo", ":undo", ":undo"), "undid cell 3 (Grow)\nundid cell 2 (Draw)\nundid cell 1 (Setup)\n")
        XCTAssertTrue(harness.stderr.contains("error: nothing to undo"))
        XCTAssertNil(harness.global("data"))
    }

    func testInterruptStopsTheCellKeepsItsStateAndUndoGoesBack() throws {
        let harness = try REPLHarness("""
            # %% Count
            n = 0
            while True:
                n += 1
            """)
        harness.type("n = -1")
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.2) { harness.repl.interrupt() }
        harness.type(":run 1")
        XCTAssertEqual(harness.status(1), .interrupted)
        XCTAssertTrue(harness.stderr.contains("KeyboardInterrupt"), harness.stderr)
        XCTAssertGreaterThan(Int(harness.global("n") ?? "") ?? 0, 0)
        harness.type(":undo")
        XCTAssertEqual(harness.global("n"), "-1")
    }

    func testCellsTableShowsStatusAndFirstLine() throws {
        let harness = try REPLHarness(Self.lab)
        harness.type(":run 1-2")
        let table = harness.type(":cells").split(separator: "\n").map {
            $0.replacingOccurrences(of: #"\d+ ms"#, with: "T", options: .regularExpression)
                .replacingOccurrences(of: #" +"#, with: " ", options: .regularExpression)
        }
        XCTAssertEqual(table, ["# title status time first line", "1 Setup ok T import random", "2 Draw ok T x = random.random()",
                               "3 Grow not run def grow(items):", "4 Report not run print(\"report\", data, lr, x)"])
    }

    func testShowAndWho() throws {
        let harness = try REPLHarness(Self.lab)
        harness.type(":run 1")
        XCTAssertEqual(harness.type(":show 1"), "── cell 1 (Setup) · ok\n2  import random\n3  data = [1, 2, 3]\n4  lr = 0.1\n── no output\n")
        XCTAssertEqual(harness.type(":who"), "name  type   summary\ndata  list   3 items: [1, 2, 3]\nlr    float  0.1\n")
        XCTAssertEqual(harness.type(":who lr"), "lr: float\n0.1\n")
    }

    func testReloadMarksEditedAndDependentCellsStale() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("repl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("lab.cells").path
        try Self.lab.write(toFile: path, atomically: true, encoding: .utf8)
        let harness = try REPLHarness(Self.lab, path: path)
        harness.type(":run all")
        try Self.lab.replacingOccurrences(of: "lr = 0.1", with: "lr = 0.2").write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertEqual(harness.type(":reload"), "reloaded \(path): 4 cells; edited: 1; now stale: 3, 4\n")
        XCTAssertEqual(harness.type(":stale"), """
            cell 1 (Setup): edited (its source changed since it ran)
            cell 3 (Grow): cell 3 reads data, which edited cell 1 binds
            cell 4 (Report): cell 4 reads data, which edited cell 1 binds

            """)
        XCTAssertEqual(harness.type(":run stale"), "[1, 2, 3, 4]\nreport [1, 2, 3, 4] 0.2 0.6394267984578837\n10\n")
        XCTAssertEqual(harness.type(":stale"), "no stale or edited cells\n")
    }
}
