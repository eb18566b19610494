import Foundation
import LabScript
import XCTest
@testable import LabNotebook

final class TerminalRendererTests: XCTestCase {
    private let file = try! CellFile(text: """
        # %% [markdown]
        # Notes
        # %% Work
        print("a", end="")
        x
        """, path: "lab.cells")

    private final class Capture {
        var stdout = ""
        var stderr = ""
        var both = ""
    }

    private func render(_ options: TerminalRenderer.Options, color: Bool = false) -> Capture {
        let capture = Capture()
        let renderer = TerminalRenderer(file: file, options: options, style: TerminalStyle(isEnabled: color),
                                        stdout: { capture.stdout += $0; capture.both += $0 },
                                        stderr: { capture.stderr += $0; capture.both += $0 })
        let code = file.cells[1]
        renderer.session(willRun: file.cells[0])
        renderer.session(willRun: code)
        renderer.session(cell: code, wrote: "a", to: .stdout)
        renderer.session(cell: code, noted: "skipped: !ls (labs run offline; shell commands are not run)")
        let error = CellError(typeName: "NameError", message: "name 'x' is not defined", frames: [
            .init(filename: "lab.cells", function: "<module>", location: SourceLocation(line: 5, column: 0, endLine: 5, endColumn: 1)),
        ])
        let now = Date()
        renderer.session(didFinish: CellResult(cell: code, executionCount: 1,
                                               outputs: [.stream(.stdout, "a"), .result(MimeBundle(plainText: "42")), .error(error)],
                                               startDate: now, endDate: now.addingTimeInterval(0.002)))
        renderer.batchRun(finished: .failed, failed: [code])
        return capture
    }

    func testStdoutGetsOnlyTheCellsOutput() {
        let capture = render(.init())
        XCTAssertEqual(capture.stdout, "a42\n")
        XCTAssertTrue(capture.stderr.hasPrefix("── [1] [markdown] ─"))
        XCTAssertTrue(capture.stderr.contains("\nNotes\n── [2] · Work ─"))
        XCTAssertTrue(capture.stderr.contains("skipped: !ls (labs run offline; shell commands are not run)\n"))
        XCTAssertTrue(capture.stderr.contains("""
            NameError in cell 2 (Work), line 2 of the cell, line 5 of lab.cells
            Traceback (most recent call last):
              File "lab.cells", line 5, in <module> (cell 2, line 2)
                x
            NameError: name 'x' is not defined
            stopped: cell 2 (Work) failed (--keep-going runs the rest)

            """))
        XCTAssertFalse(capture.stderr.contains("\u{1B}["))
    }

    func testQuietKeepsOnlyOutputAndErrors() {
        let capture = render(.init(quiet: true))
        XCTAssertEqual(capture.stdout, "a42\n")
        XCTAssertFalse(capture.stderr.contains("──"))
        XCTAssertFalse(capture.stderr.contains("skipped"))
        XCTAssertTrue(capture.stderr.hasPrefix("NameError in cell 2 (Work)"))
        XCTAssertTrue(capture.stderr.hasSuffix("NameError: name 'x' is not defined\n"), "no closing summary")
    }

    func testTimingAndSharedTerminalLineBreaks() {
        let capture = render(.init(timing: true, sharedTerminal: true))
        XCTAssertTrue(capture.stderr.contains("[2] took 2 ms\n"))
        XCTAssertTrue(capture.stderr.contains("1 code cell took 2 ms\n"))
        XCTAssertTrue(capture.both.contains("a\nskipped:"), "decoration starts on a fresh line on a shared terminal")
    }

    func testColourOnlyWhenEnabled() {
        XCTAssertTrue(render(.init(), color: true).stderr.contains("\u{1B}[1;31mNameError: name 'x' is not defined\u{1B}[0m"))
        XCTAssertFalse(TerminalStyle(isTerminal: true, noColor: false, environment: ["NO_COLOR": "1"]).isEnabled)
        XCTAssertFalse(TerminalStyle(isTerminal: true, noColor: true, environment: [:]).isEnabled)
        XCTAssertFalse(TerminalStyle(isTerminal: false, noColor: false, environment: [:]).isEnabled)
        XCTAssertTrue(TerminalStyle(isTerminal: true, noColor: false, environment: ["NO_COLOR": ""]).isEnabled)
    }
}
