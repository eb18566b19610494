import Foundation
import XCTest

final class CheckAndOutputTests: XCTestCase {
    func testCheckOnlyParses() throws {
        let good = try Labrun.lab("# %%\nprint('not run')\n", in: self)
        let ok = try Labrun.run(["check", good])
        XCTAssertEqual(ok.status, 0)
        XCTAssertEqual(ok.stdout, "\(good): 1 code cell, no syntax errors\n")

        let bad = try Labrun.lab("# %%\nprint('not run')\n# %% Broken\nx = )\n", in: self)
        let failed = try Labrun.run(["check", bad])
        XCTAssertEqual(failed.status, 1)
        XCTAssertEqual(failed.stdout, "")
        XCTAssertTrue(failed.stderr.contains("  File \"\(bad)\", line 4 (cell 2, line 1)\n    x = )\n        ^\n"), failed.stderr)
        XCTAssertTrue(failed.stderr.hasSuffix("1 cell has a syntax error\n"), failed.stderr)
        XCTAssertEqual(try Labrun.run(["check", "missing.cells"]).status, 2)
    }

    func testNotebookOutputKeepsOutputsAndTheError() throws {
        let lab = try Labrun.lab("""
            # %% [markdown]
            # Title
            # %% Print
            print("hi")
            [1, 2]
            # %% Fail
            {}["k"]
            # %% After
            print("not run")
            """, in: self)
        let path = try Labrun.temporaryDirectory(self).appendingPathComponent("run.ipynb")
        let result = try Labrun.run([lab, "-o", path.path])
        XCTAssertEqual(result.status, 1)
        let notebook = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: path)) as? [String: Any])
        XCTAssertEqual(notebook["nbformat"] as? Int, 4)
        let cells = try XCTUnwrap(notebook["cells"] as? [[String: Any]])
        XCTAssertEqual(cells.count, 4)
        let printed = try XCTUnwrap(cells[1]["outputs"] as? [[String: Any]])
        XCTAssertEqual(printed.map { $0["output_type"] as? String }, ["stream", "execute_result"])
        XCTAssertEqual((printed[1]["data"] as? [String: Any])?["text/plain"] as? [String], ["[1, 2]"])
        let failure = try XCTUnwrap((cells[2]["outputs"] as? [[String: Any]])?.first)
        XCTAssertEqual(failure["ename"] as? String, "KeyError")
        XCTAssertEqual(failure["evalue"] as? String, "'k'")
        XCTAssertTrue(cells[3]["execution_count"] is NSNull)
    }

    func testMarkdownOutput() throws {
        let lab = try Labrun.lab("# %% [markdown]\n# # Notes\n# %% Sum\nsum(range(4))\n", in: self)
        let path = try Labrun.temporaryDirectory(self).appendingPathComponent("run.md")
        XCTAssertEqual(try Labrun.run([lab, "--output", path.path]).status, 0)
        let text = try String(contentsOf: path, encoding: .utf8)
        XCTAssertTrue(text.contains("# Notes\n\n**In [1]** Sum · "), text)
        XCTAssertTrue(text.contains("```python\nsum(range(4))\n```\n\n```text\n6\n```\n"), text)
    }
}
