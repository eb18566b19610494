import Foundation
import LabScript
import XCTest
@testable import LabNotebook

final class TranscriptTests: XCTestCase {
    private let file = try! CellFile(text: """
        # %% [markdown]
        # # Title
        # %% Setup tags=["parameters"]
        n = 3
        # %% Loop
        for i in range(n): print(i)
        n
        # %% Boom
        1 / 0
        # %% Never
        print("not reached")
        """, path: "lab.cells")

    private func transcript() -> Transcript {
        var transcript = Transcript(file: file)
        let start = Date(timeIntervalSince1970: 1_700_000_000)
        let end = start.addingTimeInterval(0.25)
        transcript.record(CellResult(cell: file.cells[1], executionCount: 1, startDate: start, endDate: end))
        let injected = Cell(number: 0, kind: .code, title: nil,
                            metadata: ["tags": .array([.string("injected-parameters")])],
                            source: "# Parameters\nn = 2", firstLine: 0, markerLine: nil)
        transcript.recordInjected(CellResult(cell: injected, executionCount: 2, startDate: start, endDate: end), afterNumber: 2)
        transcript.record(CellResult(cell: file.cells[2], executionCount: 3, outputs: [
            .stream(.stdout, "0\n1\n"), .note("skipped: !ls (labs run offline; shell commands are not run)"),
            .result(MimeBundle(plainText: "2", richer: ["text/html": "<b>2</b>"])),
            .display(MimeBundle(plainText: "<Figure>", richer: ["image/svg+xml": "<svg/>"])),
        ], startDate: start, endDate: end))
        let error = CellError(typeName: "ZeroDivisionError", message: "division by zero", frames: [
            .init(filename: "lab.cells", function: "<module>", location: SourceLocation(line: 9, column: 0, endLine: 9, endColumn: 5)),
        ])
        transcript.record(CellResult(cell: file.cells[3], executionCount: 4, outputs: [.error(error)], startDate: start, endDate: end))
        return transcript
    }

    private func notebook() throws -> [String: Any] {
        let data = IpynbTranscriptWriter(transcript: transcript(), formatter: TracebackFormatter(file: file)).data()
        return try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    func testNotebookStructure() throws {
        let notebook = try notebook()
        XCTAssertEqual(notebook["nbformat"] as? Int, 4)
        XCTAssertEqual(notebook["nbformat_minor"] as? Int, 5)
        let metadata = try XCTUnwrap(notebook["metadata"] as? [String: Any])
        XCTAssertEqual((metadata["kernelspec"] as? [String: Any])?["name"] as? String, "python3")
        XCTAssertEqual((metadata["language_info"] as? [String: Any])?["name"] as? String, "python")
        let cells = try XCTUnwrap(notebook["cells"] as? [[String: Any]])
        XCTAssertEqual(cells.map { $0["cell_type"] as? String }, ["markdown", "code", "code", "code", "code", "code"])
        XCTAssertEqual(cells.map { $0["id"] as? String }, ["cell-1", "cell-2", "injected-parameters", "cell-3", "cell-4", "cell-5"])
        XCTAssertEqual(cells[0]["source"] as? [String], ["# Title"])
        XCTAssertNil(cells[0]["outputs"])
        XCTAssertEqual(cells[2]["source"] as? [String], ["# Parameters\n", "n = 2"])
        XCTAssertEqual((cells[1]["metadata"] as? [String: Any])?["tags"] as? [String], ["parameters"])
        XCTAssertEqual((cells[1]["metadata"] as? [String: Any])?["title"] as? String, "Setup")
        XCTAssertTrue(cells[5]["execution_count"] is NSNull)
        XCTAssertEqual((cells[5]["outputs"] as? [Any])?.count, 0)
        XCTAssertNil((cells[5]["metadata"] as? [String: Any])?["execution"])
    }

    func testOutputsAndTiming() throws {
        let cells = try XCTUnwrap(try notebook()["cells"] as? [[String: Any]])
        let loop = cells[3]
        XCTAssertEqual(loop["execution_count"] as? Int, 3)
        let outputs = try XCTUnwrap(loop["outputs"] as? [[String: Any]])
        XCTAssertEqual(outputs.map { $0["output_type"] as? String }, ["stream", "stream", "execute_result", "display_data"])
        XCTAssertEqual(outputs[3]["data"] as? [String: [String]], ["text/plain": ["<Figure>"], "image/svg+xml": ["<svg/>"]])
        XCTAssertEqual(outputs[0]["name"] as? String, "stdout")
        XCTAssertEqual(outputs[0]["text"] as? [String], ["0\n", "1\n"])
        XCTAssertEqual(outputs[1]["name"] as? String, "stderr")
        XCTAssertEqual(outputs[2]["execution_count"] as? Int, 3)
        let data = try XCTUnwrap(outputs[2]["data"] as? [String: [String]])
        XCTAssertEqual(data, ["text/plain": ["2"], "text/html": ["<b>2</b>"]])
        let execution = try XCTUnwrap((loop["metadata"] as? [String: Any])?["execution"] as? [String: String])
        XCTAssertEqual(execution["iopub.status.busy"], "2023-11-14T22:13:20.000Z")
        XCTAssertEqual(execution["shell.execute_reply"], "2023-11-14T22:13:20.250Z")

        let error = try XCTUnwrap((cells[4]["outputs"] as? [[String: Any]])?.first)
        XCTAssertEqual(error["output_type"] as? String, "error")
        XCTAssertEqual(error["ename"] as? String, "ZeroDivisionError")
        XCTAssertEqual(error["evalue"] as? String, "division by zero")
        XCTAssertEqual(error["traceback"] as? [String], [
            "Traceback (most recent call last):", "  File \"lab.cells\", line 9, in <module> (cell 4, line 1)",
            "    1 / 0", "    ~~^~~", "ZeroDivisionError: division by zero",
        ])
    }

    func testMarkdownTranscript() {
        let text = MarkdownTranscriptWriter(transcript: transcript(), formatter: TracebackFormatter(file: file)).text()
        XCTAssertTrue(text.hasPrefix("<!-- Transcript of lab.cells, written by labrun. -->\n\n# Title\n\n**In [1]** Setup · 250 ms\n\n```python\nn = 3\n```"))
        XCTAssertTrue(text.contains("```python\nfor i in range(n): print(i)\nn\n```\n\n```text\n0\n1\nskipped: !ls (labs run offline; shell commands are not run)\n2\n<Figure>\n```"))
        XCTAssertTrue(text.contains("```pytb\nTraceback (most recent call last):"))
        XCTAssertTrue(text.hasSuffix("**In [ ]** Never\n\n```python\nprint(\"not reached\")\n```\n"))
    }

    func testFencesOutgrowBackticksInside() {
        let cellFile = try! CellFile(text: "# %% [markdown]\n# x\n# %%\ns = '```'\n", path: "t.cells")
        let text = MarkdownTranscriptWriter(transcript: Transcript(file: cellFile), formatter: TracebackFormatter(file: cellFile)).text()
        XCTAssertTrue(text.contains("````python\ns = '```'\n````"))
    }

    func testWriteChoosesTheFormatByExtension() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let ipynb = directory.appendingPathComponent("out.ipynb").path
        let markdown = directory.appendingPathComponent("out.md").path
        try transcript().write(to: ipynb, formatter: TracebackFormatter(file: file))
        try transcript().write(to: markdown, formatter: TracebackFormatter(file: file))
        XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: ipynb))))
        XCTAssertTrue(try String(contentsOfFile: markdown, encoding: .utf8).hasPrefix("<!--"))
    }
}

final class JSONFormattingTests: XCTestCase {
    func testLayoutMatchesPythonsJSONDumpsWithIndentOne() throws {
        let value = try JSONValue(parsing: #"{"b": [1, 2.5, {}], "a": "é\n\"q\"\u0001", "c": [], "d": {"x": null, "y": true}}"#)
        XCTAssertEqual(value.formatted(), """
            {
             "a": "é\\n\\"q\\"\\u0001",
             "b": [
              1,
              2.5,
              {}
             ],
             "c": [],
             "d": {
              "x": null,
              "y": true
             }
            }
            """)
    }

    func testNumbersKeepTheirKind() throws {
        XCTAssertEqual(try JSONValue(parsing: "[true, 0, 3, 1.0, -2e3]"), .array([.bool(true), .int(0), .int(3), .double(1), .double(-2000)]))
    }
}
