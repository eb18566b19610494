import XCTest
@testable import LabNotebook

final class REPLCompleterTests: XCTestCase {
    private func completer() throws -> REPLCompleter {
        let harness = try REPLHarness("# %% Train\nx = 1\n# %% Eval\ny = 2\n")
        harness.type("import blocks", "w = blocks.zeros(2)", "learning_rate = 0.1", "dataset = {'train': [1, 2]}", "def fit(model, epochs=1, verbose=False):\n    pass\n")
        return REPLCompleter(interpreter: harness.repl.session.interpreter, file: harness.repl.file)
    }

    func testNamesBuiltinsAndKeywords() throws {
        let completer = try completer()
        XCTAssertEqual(completer.complete("print(learn").candidates, ["learning_rate"])
        XCTAssertEqual(completer.complete("isinst").candidates, ["isinstance"])
        XCTAssertEqual(completer.complete("whi").candidates, ["while"])
    }

    func testAttributesAfterADotIncludingSubscripts() throws {
        let completer = try completer()
        XCTAssertEqual(completer.complete("dataset.ke").candidates, ["keys"])
        XCTAssertEqual(completer.complete("dataset['train'].app").candidates, ["append"])
        XCTAssertEqual(completer.complete("fit(1).x").candidates, [], "calls are never evaluated")
    }

    func testKeywordArgumentsInsideACall() throws {
        let completer = try completer()
        XCTAssertEqual(completer.complete("fit(m, ep").candidates, ["epochs="])
        XCTAssertEqual(completer.complete("fit(m, epochs=2, v").candidates, ["vars", "verbose="])
        XCTAssertTrue(completer.complete("blocks.zeros(").candidates.contains("n="), "native functions declare their parameters")
        XCTAssertEqual(completer.complete("w.fill(va").candidates, ["value=", "vars"])
    }

    func testCommandsCellTitlesAndModules() throws {
        let completer = try completer()
        XCTAssertEqual(completer.complete(":re").candidates, ["reload", "rerun", "reset"])
        XCTAssertEqual(completer.complete(":run Tr").candidates, ["Train"])
        XCTAssertEqual(completer.complete("import ma").candidates, ["math"])
        XCTAssertEqual(completer.complete("from math import sq").candidates, ["sqrt"])
        XCTAssertEqual(completer.complete("from nosuchmodule import sq").candidates, [])
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("complete-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("sessions"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        XCTAssertEqual(completer.complete(":load \(directory.path)/se").candidates, ["sessions/"])
    }
}
