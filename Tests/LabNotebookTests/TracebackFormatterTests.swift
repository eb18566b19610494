import LabScript
import XCTest
@testable import LabNotebook

final class TracebackFormatterTests: XCTestCase {
    func testCaretsUnderTheRangeWithoutIndentation() {
        let excerpt = SourceExcerpt(line: "    total = add(1, reward_kwrgs)", column: 19, endColumn: 31)
        XCTAssertEqual(excerpt.text, "total = add(1, reward_kwrgs)")
        XCTAssertEqual(excerpt.carets, "               ^^^^^^^^^^^^")
    }

    func testTabsStayTabsSoCaretsAlign() {
        let excerpt = SourceExcerpt(line: "\tx =\tfoo(y)", column: 5, endColumn: 11)
        XCTAssertEqual(excerpt.text, "x =\tfoo(y)")
        XCTAssertEqual(excerpt.carets, "   \t^^^^^^")
    }

    func testWideAndCombiningCharactersCountByDisplayWidth() {
        // "名前" is two wide characters; "é" here is e + a combining acute accent (2 scalars, 1 column).
        let excerpt = SourceExcerpt(line: "s = \"名前\" + e\u{301} + bad", column: 16, endColumn: 19)
        XCTAssertEqual(excerpt.carets, String(repeating: " ", count: 17) + "^^^")
        let wide = SourceExcerpt(line: "x = 名前", column: 4, endColumn: 6)
        XCTAssertEqual(wide.carets, "    ^^^^")
    }

    func testRangesAreClampedToTheLine() {
        XCTAssertEqual(SourceExcerpt(line: "abc", column: 1, endColumn: 99).carets, " ^^")
        XCTAssertEqual(SourceExcerpt(line: "abc", column: 3, endColumn: 3, plain: true).carets, "   ^")
        XCTAssertEqual(SourceExcerpt(line: "", column: 0, endColumn: 0, plain: true).carets, "^")
    }

    /// The marks python3 3.11 printed for these lines (`traceback.print_exc`).
    func testOperatorsAndSubscriptsAreMarkedAsCPythonMarksThem() {
        XCTAssertEqual(SourceExcerpt(line: "    print(items[3])", column: 10, endColumn: 18).carets, "      ~~~~~^^^")
        XCTAssertEqual(SourceExcerpt(line: "    x = (items)  +  d", column: 8, endColumn: 21).carets, "    ~~~~~~~~~^~~~")
        XCTAssertEqual(SourceExcerpt(line: "    d[\"missing\"][\"x\"]", column: 4, endColumn: 21).carets, "~~~~~~~~~~~~^^^^^")
        XCTAssertEqual(SourceExcerpt(line: "total = items[0] ** \"s\"", column: 8, endColumn: 23).carets, "        ~~~~~~~~~^^~~~~")
        XCTAssertEqual(SourceExcerpt(line: "    1 / zero", column: 4, endColumn: 12).carets, "~~^~~~~~")
    }

    /// CPython draws no marks under a range that covers its whole line (comments count as line).
    func testNoCaretsUnderAWholeLine() {
        XCTAssertNil(SourceExcerpt(line: "    raise ValueError(\"v\")  ", column: 4, endColumn: 25).carets)
        XCTAssertEqual(SourceExcerpt(line: "raise ValueError(\"v\")  # why", column: 0, endColumn: 21).carets,
                       String(repeating: "^", count: 21))
        XCTAssertNil(SourceExcerpt(line: "    total = compute(", column: 4, endColumn: 3, continues: true).carets)
        XCTAssertEqual(SourceExcerpt(line: "    total = compute(", column: 12, endColumn: 3, continues: true).carets, "        ^^^^^^^^")
    }

    private let file = try! CellFile(text: """
        # %% Helpers
        def add(a, b):
            return a + b

        # %% Train
        x = 1
        total = add(x, "s")
        """, path: "lab.cells")

    func testTracebackThroughAFunctionNamesCellsAndLines() {
        let error = CellError(typeName: "TypeError", message: "unsupported operand type(s) for +: 'int' and 'str'", frames: [
            .init(filename: "lab.cells", function: "<module>", location: SourceLocation(line: 7, column: 8, endLine: 7, endColumn: 19)),
            .init(filename: "lab.cells", function: "add", location: SourceLocation(line: 3, column: 11, endLine: 3, endColumn: 16)),
        ])
        let formatter = TracebackFormatter(file: file)
        XCTAssertEqual(formatter.lines(for: error), [
            "Traceback (most recent call last):",
            "  File \"lab.cells\", line 7, in <module> (cell 2, line 2)",
            "    total = add(x, \"s\")",
            "            ^^^^^^^^^^^",
            "  File \"lab.cells\", line 3, in add (cell 1, line 2)",
            "    return a + b",
            "           ~~^~~",
            "TypeError: unsupported operand type(s) for +: 'int' and 'str'",
        ])
        XCTAssertEqual(formatter.place(of: error), "cell 2 (Train), line 2 of the cell, line 7 of lab.cells")
    }

    func testSyntaxErrorHasNoTracebackHeading() {
        let error = CellError(typeName: "SyntaxError", message: "invalid syntax", frames: [
            .init(filename: "lab.cells", function: "<module>", location: SourceLocation(line: 6, column: 4, endLine: 6, endColumn: 5)),
        ], isSyntaxError: true)
        XCTAssertEqual(TracebackFormatter(file: file).lines(for: error), [
            "  File \"lab.cells\", line 6 (cell 2, line 1)", "    x = 1", "        ^", "SyntaxError: invalid syntax",
        ])
    }

    /// CPython leaves out a syntax error's caret when it points left of the line's text (an
    /// unexpected indent, a TabError), and puts it past the text for a mismatched unindent.
    func testIndentationErrorCaretsFollowCPython() throws {
        let indented = try CellFile(text: "x = 1\n    y = 2\nif x:\n    a = 1\n  b = 2\n", path: "lab.py")
        func lines(_ source: String, _ kind: String, _ message: String) throws -> [String] {
            var error: SyntaxError?
            XCTAssertThrowsError(try Parser.parse(source, filename: "lab.py")) { error = $0 as? SyntaxError }
            let e = try XCTUnwrap(error)
            XCTAssertEqual(e.kind, kind)
            return TracebackFormatter(file: indented).lines(for: CellError(typeName: e.kind, message: e.message, frames: [
                .init(filename: "lab.py", function: "<module>", location: e.location)], isSyntaxError: true))
        }
        XCTAssertEqual(try lines("x = 1\n    y = 2\n", "IndentationError", "unexpected indent"),
                       ["  File \"lab.py\", line 2", "    y = 2", "IndentationError: unexpected indent"])
        XCTAssertEqual(try lines("x = 1\n    y = 2\nif x:\n    a = 1\n  b = 2\n", "IndentationError", "unexpected indent"),
                       ["  File \"lab.py\", line 2", "    y = 2", "IndentationError: unexpected indent"])
        XCTAssertEqual(try lines("x = 1\ny = 2\nif x:\n    a = 1\n  b = 2\n", "IndentationError", "unindent"),
                       ["  File \"lab.py\", line 5", "    b = 2", "         ^", "IndentationError: unindent does not match any outer indentation level"])
    }

    func testFramesInOtherFilesShowNoSource() {
        let error = CellError(typeName: "KeyError", message: "'a'", frames: [
            .init(filename: "<string>", function: "f", location: SourceLocation(line: 1, column: 0, endLine: 1, endColumn: 1)),
        ])
        XCTAssertEqual(TracebackFormatter(file: file).lines(for: error),
                       ["Traceback (most recent call last):", "  File \"<string>\", line 1, in f", "KeyError: 'a'"])
        XCTAssertNil(TracebackFormatter(file: file).place(of: error))
    }
}

extension TracebackFormatterTests {
    /// As in CPython, an exception without frames (one never raised) has no traceback heading.
    func testNotesFollowTheExceptionLine() {
        let error = CellError(typeName: "ValueError", message: "bad", frames: [], notes: ["while loading", "try again"])
        XCTAssertEqual(TracebackFormatter(file: file).lines(for: error), ["ValueError: bad", "while loading", "try again"])
    }

    /// An exception raised from another, or while handling one, follows the earlier one's report.
    func testChainedExceptionsFollowTheEarlierReport() {
        let place = CellError.Frame(filename: "<string>", function: "f", location: SourceLocation(line: 1, column: 0, endLine: 1, endColumn: 1))
        let first = CellError(typeName: "KeyError", message: "'a'", frames: [place])
        let second = CellError(typeName: "ValueError", message: "bad", frames: [], chain: .context(first))
        let third = CellError(typeName: "TypeError", message: "t", frames: [place], chain: .cause(second))
        XCTAssertEqual(TracebackFormatter(file: file).lines(for: third), [
            "Traceback (most recent call last):", "  File \"<string>\", line 1, in f", "KeyError: 'a'",
            "", "During handling of the above exception, another exception occurred:", "",
            "ValueError: bad",
            "", "The above exception was the direct cause of the following exception:", "",
            "Traceback (most recent call last):", "  File \"<string>\", line 1, in f", "TypeError: t",
        ])
    }
}

extension TracebackFormatterTests {
    func testRecursionIsFoldedAsCPythonDoes() {
        let call = CellError.Frame(filename: "lab.cells", function: "add", location: SourceLocation(line: 3, column: 11, endLine: 3, endColumn: 16))
        let top = CellError.Frame(filename: "lab.cells", function: "<module>", location: SourceLocation(line: 7, column: 8, endLine: 7, endColumn: 19))
        let error = CellError(typeName: "RecursionError", message: "maximum recursion depth exceeded",
                              frames: [top] + Array(repeating: call, count: 10))
        let lines = TracebackFormatter(file: file).lines(for: error)
        XCTAssertEqual(lines.count, 1 + 3 + 3 * 3 + 1 + 1)
        XCTAssertEqual(lines[lines.count - 2], "  [Previous line repeated 7 more times]")
        let four = CellError(typeName: "RecursionError", message: "", frames: Array(repeating: call, count: 4))
        XCTAssertEqual(TracebackFormatter(file: file).lines(for: four)[10], "  [Previous line repeated 1 more time]")
    }
}
