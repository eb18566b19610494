import LabScript
import XCTest
@testable import LabNotebook

final class BatchRunTests: XCTestCase {
    private func batch(_ text: String, keepGoing: Bool = false) throws -> BatchRun {
        let file = try CellFile(text: text, path: "lab.cells")
        let plan = RunPlan(cells: file.cells, parametersCell: nil, injecting: false)
        return BatchRun(file: file, session: Session(filename: file.path), plan: plan, keepGoing: keepGoing)
    }

    private let failing = "# %%\nprint(1)\n# %%\nboom\n# %%\nprint(3)\n"

    func testStopsAtTheFirstFailure() throws {
        let run = try batch(failing)
        XCTAssertEqual(run.run(), .failed)
        XCTAssertEqual(run.transcript.entries.map { $0.result?.status }, [.ok, .error, nil])
    }

    func testKeepGoingRunsEveryCell() throws {
        let run = try batch(failing, keepGoing: true)
        XCTAssertEqual(run.run(), .failed)
        XCTAssertEqual(run.transcript.entries.map { $0.result?.status }, [.ok, .error, .ok])
    }

    func testSyntaxErrorsStopEverythingAndAreRecordedInPlace() throws {
        let run = try batch("# %%\nprint(1)\n# %%\nx = = 2\n# %%\ndef f(:\n")
        XCTAssertEqual(run.run(), .failed)
        let statuses = run.transcript.entries.map { $0.result?.error?.isSyntaxError }
        XCTAssertEqual(statuses, [nil, true, true])
        XCTAssertEqual(run.session.executionCount, 0, "nothing ran")
        XCTAssertNil(run.transcript.entries[1].result?.executionCount)
    }

    func testKeyboardInterruptEndsTheRun() throws {
        let run = try batch("# %%\nraise KeyboardInterrupt\n# %%\nprint(2)\n", keepGoing: true)
        XCTAssertEqual(run.run(), .interrupted)
        XCTAssertNil(run.transcript.entries[1].result)
    }
}

extension BatchRunTests {
    func testSysExitEndsTheRunWithItsStatus() throws {
        for (code, status) in [("", Int32(0)), ("0", 0), ("None", 0), ("4", 4), ("'bye'", 1)] {
            let run = try batch("# %%\nimport sys\nsys.exit(\(code))\n# %%\nprint(2)\n", keepGoing: true)
            XCTAssertEqual(run.run(), .exited(status), code)
            XCTAssertNil(run.transcript.entries[1].result, code)
        }
    }
}

extension BatchRunTests {
    func testAPlainScriptDisplaysNoValues() throws {
        let script = try batch("x = 2\nprint(x)\nx * 3\n")
        XCTAssertEqual(script.run(), .completed)
        XCTAssertEqual(script.transcript.entries[0].result?.outputs, [.stream(.stdout, "2\n")])
        let lab = try batch("# %%\nx = 2\nx * 3\n")
        XCTAssertEqual(lab.run(), .completed)
        XCTAssertEqual(lab.transcript.entries[0].result?.displayed?.plainText, "6")
    }
}
