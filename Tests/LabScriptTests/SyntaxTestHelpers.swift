import XCTest
@testable import LabScript

/// The module parsed from `source`, in the compact S-expression form, one statement per line.
func dump(_ source: String, file: StaticString = #filePath, line: UInt = #line) -> String {
    do {
        return try Parser.parse(source, filename: "<test>").map(\.debugDescription).joined(separator: "\n")
    } catch {
        XCTFail("unexpected error: \(error)", file: file, line: line)
        return ""
    }
}

/// The syntax error raised by parsing `source` (nil, and a test failure, when it parses).
func syntaxError(_ source: String, file: StaticString = #filePath, line: UInt = #line) -> SyntaxError? {
    do {
        _ = try Parser.parse(source, filename: "<test>")
        XCTFail("expected a syntax error for \(source.debugDescription)", file: file, line: line)
    } catch let error as SyntaxError {
        return error
    } catch {
        XCTFail("unexpected error type: \(error)", file: file, line: line)
    }
    return nil
}

/// Asserts that parsing `source` fails with `message` at 1-based `line` and 0-based `column`.
func assertSyntaxError(_ source: String, _ message: String, line: Int, column: Int, kind: String = "SyntaxError",
                       incomplete: Bool = false, file: StaticString = #filePath, testLine: UInt = #line) {
    guard let error = syntaxError(source, file: file, line: testLine) else { return }
    XCTAssertEqual(error.message, message, "message for \(source.debugDescription)", file: file, line: testLine)
    XCTAssertEqual(error.kind, kind, "kind for \(source.debugDescription)", file: file, line: testLine)
    XCTAssertEqual(error.location.line, line, "line for \(source.debugDescription)", file: file, line: testLine)
    XCTAssertEqual(error.location.column, column, "column for \(source.debugDescription)", file: file, line: testLine)
    XCTAssertEqual(error.isIncompleteInput, incomplete, "isIncompleteInput for \(source.debugDescription)",
                   file: file, line: testLine)
}
