import Foundation
import XCTest
@testable import LabNotebook

final class CellFileReaderTests: XCTestCase {
    private func read(_ text: String) throws -> CellFile {
        try CellFile(text: text, path: "lab.cells")
    }

    func testMarkersStartCellsWithTitlesAndFirstLines() throws {
        let file = try read("""
            # %% Setup
            x = 1

            #%%
            y = 2
            # %%   Train the model  
            z = 3
            """)
        XCTAssertEqual(file.cells.map(\.title), ["Setup", nil, "Train the model"])
        XCTAssertEqual(file.cells.map(\.source), ["x = 1", "y = 2", "z = 3"])
        XCTAssertEqual(file.cells.map(\.firstLine), [2, 5, 7])
        XCTAssertEqual(file.cells.map(\.markerLine), [1, 4, 6])
        XCTAssertEqual(file.cells.map(\.number), [1, 2, 3])
        XCTAssertEqual(file.cells.map(\.kind), [.code, .code, .code])
    }

    func testTextBeforeTheFirstMarkerIsItsOwnCell() throws {
        let file = try read("\n\nimport math\n# %% Next\nprint(math.pi)\n")
        XCTAssertEqual(file.cells.count, 2)
        XCTAssertEqual(file.cells[0].source, "import math")
        XCTAssertEqual(file.cells[0].firstLine, 3)
        XCTAssertNil(file.cells[0].markerLine)
        XCTAssertEqual(file.cells[1].number, 2)
    }

    func testBlankPreambleIsNoCell() throws {
        let file = try read("\n  \n# %%\npass\n")
        XCTAssertEqual(file.cells.count, 1)
    }

    func testMarkdownCellsFromCommentsAndTripleQuotes() throws {
        let file = try read("""
            # %% [markdown]
            # # Heading
            #
            # Some *text*.
            #no space
            # %% Intro [md]
            \"\"\"
            A docstring-style
            Markdown cell
            \"\"\"
            # %% [raw]
            # raw text
            """)
        XCTAssertEqual(file.cells.map(\.kind), [.markdown, .markdown, .raw])
        XCTAssertEqual(file.cells[0].source, "# Heading\n\nSome *text*.\nno space")
        XCTAssertEqual(file.cells[1].title, "Intro")
        XCTAssertEqual(file.cells[1].source, "A docstring-style\nMarkdown cell")
        XCTAssertEqual(file.cells[2].source, "raw text")
    }

    func testKeyValueMetadataWithJSONValues() throws {
        let file = try read("""
            # %% Train [markdown] tags=["parameters", "x y"] active="ipynb" n=3
            # text
            # %% tags=["parameters"]
            lr = 0.1
            # %% Title {"tags": ["a"], "k": null}
            pass
            # %% Flags .hidden
            pass
            """)
        XCTAssertEqual(file.cells[0].kind, .markdown)
        XCTAssertEqual(file.cells[0].title, "Train")
        XCTAssertEqual(file.cells[0].metadata["tags"], .array([.string("parameters"), .string("x y")]))
        XCTAssertEqual(file.cells[0].metadata["active"], .string("ipynb"))
        XCTAssertEqual(file.cells[0].metadata["n"], .int(3))
        XCTAssertNil(file.cells[1].title)
        XCTAssertEqual(file.cells[1].tags, ["parameters"])
        XCTAssertEqual(file.parametersCell?.number, 2)
        XCTAssertEqual(file.cells[2].title, "Title")
        XCTAssertEqual(file.cells[2].metadata, ["tags": .array([.string("a")]), "k": .null])
        XCTAssertEqual(file.cells[3].title, "Flags")
        XCTAssertEqual(file.cells[3].metadata, [".hidden": .null])
    }

    /// Jupytext keeps what it can't read as metadata under `incorrectly_encoded_metadata`, so a
    /// `key=value` in a title is no error; values may be Python literals, as `ast.literal_eval` reads them.
    func testUnreadableMetadataIsKeptAsJupytextKeepsIt() throws {
        let file = try read("# %%\npass\n# %% Train tags=[\"parameters\"\npass\n# %% x {not json}\n# %% Compare a=b\n"
            + "# %% Quoted who='me' on=True\n")
        XCTAssertEqual(file.cells[1].title, "Train")
        XCTAssertEqual(file.cells[1].metadata, ["incorrectly_encoded_metadata": .string("tags=[\"parameters\"")])
        XCTAssertNil(file.parametersCell)
        XCTAssertEqual(file.cells[2].title, "x")
        XCTAssertEqual(file.cells[2].metadata, ["incorrectly_encoded_metadata": .string("{not json}")])
        XCTAssertEqual(file.cells[3].title, "Compare")
        XCTAssertEqual(file.cells[3].metadata, ["incorrectly_encoded_metadata": .string("a=b")])
        XCTAssertEqual(file.cells[4].metadata, ["who": .string("me"), "on": .bool(true)])
    }

    func testMarkerInsideTripleQuotedStringIsNotACell() throws {
        let file = try read("""
            # %%
            text = \"\"\"
            # %% not a marker
            \"\"\"
            s = '# %% nor this'
            # %%
            done = True
            """)
        XCTAssertEqual(file.cells.count, 2)
        XCTAssertTrue(file.cells[0].source.contains("not a marker"))
    }

    func testLookalikesAreNotMarkers() throws {
        XCTAssertTrue(CellMarker.isMarker("# %%"))
        XCTAssertTrue(CellMarker.isMarker("#%%"))
        XCTAssertTrue(CellMarker.isMarker("  # %% indented"))
        XCTAssertTrue(CellMarker.isMarker("# %%% sub-cell"))
        XCTAssertFalse(CellMarker.isMarker("# %%time"))
        XCTAssertFalse(CellMarker.isMarker("%%time"))
        XCTAssertFalse(CellMarker.isMarker("# % not"))
        XCTAssertFalse(CellMarker.isMarker("x = 1  # %%"))
    }

    func testJupytextHeaderIsNotACell() throws {
        let file = try read("""
            # ---
            # jupyter:
            #   kernelspec:
            #     name: python3
            # ---

            # %% [markdown]
            # Hi
            """)
        XCTAssertEqual(file.header.count, 5)
        XCTAssertEqual(file.cells.count, 1)
        XCTAssertEqual(file.cells[0].firstLine, 8)
    }

    func testCRLFAndBOMAreAccepted() throws {
        let file = try read("\u{FEFF}# %% A\r\nx = 1\r\n# %% B\r\ny = 2\r\n")
        XCTAssertEqual(file.cells.map(\.source), ["x = 1", "y = 2"])
        XCTAssertEqual(file.cells[0].title, "A")
    }

    func testEmptyFileHasNoCells() throws {
        XCTAssertEqual(try read("").cells.count, 0)
        XCTAssertEqual(try read("# %%\n").cells.map(\.source), [""])
    }

    func testNonUTF8FileIsAnErrorWithItsLine() {
        let data = Data("# %%\nx = 'caf".utf8) + Data([0xE9, 0x27, 0x0A])
        XCTAssertThrowsError(try CellFile(data: data, path: "bad.cells")) { error in
            XCTAssertEqual(error as? CellFileError, .notUTF8(path: "bad.cells", line: 2, byteOffset: 13))
        }
    }

    func testMissingFile() {
        XCTAssertThrowsError(try CellFile(contentsOf: "/nonexistent/lab.cells")) { error in
            XCTAssertEqual(error as? CellFileError, .unreadable(path: "/nonexistent/lab.cells", reason: "no such file"))
        }
    }

    func testCellContainingLine() throws {
        let file = try read("a = 1\n# %% B\nb = 2\n\n# %% C\nc = 3\n")
        XCTAssertEqual(file.cell(containingLine: 1)?.number, 1)
        XCTAssertEqual(file.cell(containingLine: 2)?.number, 2)
        XCTAssertEqual(file.cell(containingLine: 4)?.number, 2)
        XCTAssertEqual(file.cell(containingLine: 6)?.number, 3)
    }
}

/// The reader splits a percent file the way Jupytext does (recorded with
/// scripts/fixtures/jupytext_cells.py).
final class JupytextCompatibilityTests: XCTestCase {
    func testSameCellsAsJupytext() throws {
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../scripts/fixtures/jupytext").standardized
        let file = try CellFile(contentsOf: directory.appendingPathComponent("percent-format.cells").path)
        let data = try Data(contentsOf: directory.appendingPathComponent("percent-format.json"))
        guard case .array(let expected) = try JSONValue(parsing: String(decoding: data, as: UTF8.self)) else {
            return XCTFail("fixture is not a list")
        }
        XCTAssertEqual(file.cells.count, expected.count)
        for (cell, json) in zip(file.cells, expected) {
            guard case .object(let fields) = json else { return XCTFail("fixture cell is not an object") }
            XCTAssertEqual(.string(cell.kind.rawValue), fields["type"], "cell \(cell.number)")
            XCTAssertEqual(cell.title.map(JSONValue.string) ?? .null, fields["title"], "cell \(cell.number)")
            XCTAssertEqual(.object(cell.metadata), fields["metadata"], "cell \(cell.number)")
            XCTAssertEqual(.string(cell.source), fields["source"], "cell \(cell.number)")
        }
    }
}
