import XCTest
@testable import LabNotebook

final class StaleTrackingTests: XCTestCase {
    private let lab = """
        # %% Data
        data = [1, 2]
        config = {"lr": 0.1}
        # %% Helpers
        def add(items, value):
            items.append(value)
        # %% Use
        add(data, 3)
        # %% Report
        print(len(data), config["lr"])
        # %% Unrelated
        print("hi")
        """

    func testMutationThroughAFunctionMarksReadersStale() throws {
        let harness = try REPLHarness(lab)
        harness.type(":run all")
        XCTAssertEqual(harness.repl.tracker.record(3).writes, ["data"])
        harness.type(":run 3")
        XCTAssertEqual(harness.type(":stale"), "cell 4 (Report): cell 4 reads data, which cell 3 changed\n")
        XCTAssertEqual(harness.status(5), .ok)
    }

    func testSubscriptAssignmentAtThePromptMarksReadersStale() throws {
        let harness = try REPLHarness(lab)
        harness.type(":run all", #"config["lr"] = 0.5"#)
        XCTAssertEqual(harness.type(":stale"), "cell 4 (Report): cell 4 reads config, which code typed at the prompt changed\n")
        XCTAssertEqual(harness.type(":run stale"), "3 0.5\n")
        XCTAssertEqual(harness.status(4), .ok)
    }

    func testACellThatAssignsBeforeReadingDoesNotDependOnThePrompt() throws {
        let harness = try REPLHarness("""
            # %% Settings
            config = {"lr": 0.1}
            print(config["lr"])
            # %% Step
            total = 0
            for i in range(3):
                total = total + i
            print(total, config["lr"])
            """)
        harness.type(":run all", #"config["lr"] = 0.5"#, "total = 100")
        XCTAssertEqual(harness.repl.tracker.record(1).reads, [])
        XCTAssertEqual(harness.repl.tracker.record(2).reads, ["config"])
        XCTAssertEqual(harness.type(":stale"), "cell 2 (Step): cell 2 reads config, which code typed at the prompt changed\n")
        XCTAssertEqual(harness.type(":run stale"), "3 0.5\n")
        XCTAssertEqual(harness.global("config"), "{'lr': 0.5}")
    }

    func testRebindingAnEqualValueOrReadingChangesNothing() throws {
        let harness = try REPLHarness(lab)
        harness.type(":run all", "config = config", "print(data)", "x = 1")
        XCTAssertEqual(harness.type(":stale"), "no stale or edited cells\n")
    }

    func testStalenessPropagatesThroughStaleCells() throws {
        let harness = try REPLHarness("""
            # %% A
            a = 1
            # %% B
            b = a + 1
            # %% C
            c = b * 2
            """)
        harness.type(":run all", ":run 1")
        XCTAssertEqual(harness.type(":stale"), "no stale or edited cells\n")
        harness.type("a = 5")
        XCTAssertEqual(harness.type(":stale"), """
            cell 2 (B): cell 2 reads a, which code typed at the prompt changed
            cell 3 (C): cell 3 reads b, which stale cell 2 writes

            """)
    }

    func testNativeObjectVersionCountsAsAMutation() throws {
        let harness = try REPLHarness("""
            # %% Make
            import blocks
            w = blocks.zeros(3)
            # %% Train
            w.fill(2.0)
            # %% Eval
            print(w.total())
            """)
        harness.type(":run all")
        XCTAssertEqual(harness.repl.tracker.record(2).writes, ["w"])
        harness.type(":run 2")
        XCTAssertEqual(harness.type(":stale"), "cell 3 (Eval): cell 3 reads w, which cell 2 changed\n")
    }

    func testRerunMarksCellsItRolledBackStale() throws {
        let harness = try REPLHarness(lab)
        harness.type(":run all", ":rerun 2")
        XCTAssertEqual(harness.status(2), .ok)
        XCTAssertEqual(harness.status(3), .stale)
        XCTAssertTrue(harness.repl.tracker.record(5).staleReason?.contains("its effects were undone") ?? false)
        XCTAssertEqual(harness.global("data"), "[1, 2]", "the state before cell 2: cell 3 has not appended yet")
    }
}
