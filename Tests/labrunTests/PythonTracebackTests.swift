import XCTest

/// An uncaught exception prints CPython 3.11's report: each script in Labs/tracebacks/ ends on
/// stderr exactly as python3 ended it (the `.stderr` beside it, recorded by
/// scripts/fixtures/record_tracebacks.py), chained exceptions and exception groups' boxes included.
final class PythonTracebackTests: XCTestCase {
    private func assertStderrMatchesPython(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let script = "Tests/labrunTests/Labs/tracebacks/\(name).py"
        let expected = try String(contentsOf: Labrun.root.appendingPathComponent("Tests/labrunTests/Labs/tracebacks/\(name).stderr"),
                                  encoding: .utf8)
        let result = try Labrun.run([script, "--no-color"])
        XCTAssertEqual(result.status, 1, file: file, line: line)
        XCTAssertEqual(result.stderr, expected, file: file, line: line)
    }

    /// Nested groups, a note, a member with the traceback it had where it was caught, and the
    /// part an `except*` clause left, re-raised with the original traceback.
    func testNestedGroupsAndTheirTracebacks() throws {
        try assertStderrMatchesPython("group_nested")
    }

    /// The group an `except*` clause makes of a new exception and the unmatched rest has no
    /// traceback of its own at module level.
    func testGroupMadeByExceptStarClause() throws {
        try assertStderrMatchesPython("group_from_clause")
    }

    /// The `traceback` module's `format_exc`, `print_exc`, `format_exception` (new and old
    /// forms), `format_exception_only` and `print_exception` give CPython's text, source lines,
    /// carets, chains and notes included.
    func testTracebackModuleText() throws {
        try assertStderrMatchesPython("traceback_module")
    }

    /// At most 15 exceptions per group and 10 levels of nesting are shown, as CPython shows them.
    func testWidthAndDepthLimits() throws {
        try assertStderrMatchesPython("group_limits")
    }

    /// An exception raised in an `except` or `finally` block follows the report of the one it
    /// handled ("During handling of the above exception, ..."), with CPython's carets.
    func testExceptionRaisedWhileHandlingAnother() throws {
        try assertStderrMatchesPython("chain_context")
    }

    /// `raise ... from e` reports `e` first ("The above exception was the direct cause ..."), and
    /// `from None` hides the context.
    func testExceptionRaisedFromAnother() throws {
        try assertStderrMatchesPython("chain_cause")
    }
}
