import XCTest
@testable import LabScript

/// `help()` where CPython's output cannot be recorded: no interactive utility, pydoc's topic pages,
/// and native classes described by the host's `documentationProvider`.
final class HelpTests: XCTestCase {
    private func output(_ source: String, describe: [String: String] = [:]) throws -> String {
        var text = ""
        let interpreter = Interpreter(configuration: .init(stdout: { text += $0 }, stderr: { _ in }))
        interpreter.register(module: NativeModule("linalg", classes: [Matrix.cls]))
        interpreter.documentationProvider = { describe[$0] }
        _ = try interpreter.execute(source, filename: "<test>")
        return text
    }

    func testHelpWithoutArgumentSaysHowToAsk() throws {
        XCTAssertEqual(try output("help()"), Interpreter.interactiveHelpMessage)
        XCTAssertTrue(Interpreter.interactiveHelpMessage.contains("help(object)"))
    }

    func testTopicPagesAreRefusedByName() {
        XCTAssertThrowsError(try output("help('if')")) { error in
            XCTAssertEqual((error as? ScriptException)?.exceptionLine,
                           "NotImplementedError: help('if'): pydoc's keyword, symbol and topic pages are not available in labrun; call help(object) instead")
        }
    }

    func testNativeClassShowsDeclaredSignaturesAndHostDescriptions() throws {
        let text = try output("import linalg\nhelp(linalg.Matrix)\nhelp(linalg.Matrix(1, 1).fill_)\n", describe: [
            "linalg.Matrix": "A dense matrix.",
            "linalg.Matrix.transpose": "The matrix with rows and columns swapped.",
            "linalg.Matrix.shape": "(rows, cols).",
        ])
        XCTAssertEqual(text, """
            Help on class Matrix in module linalg:

            class Matrix(builtins.object)
             |  Matrix(rows, cols, fill=0.0)
             |  
             |  A dense matrix.
             |  
             |  Methods defined here:
             |  
             |  fill_(self, value)
             |  
             |  transpose(self)
             |      The matrix with rows and columns swapped.
             |  
             |  ----------------------------------------------------------------------
             |  Static methods defined here:
             |  
             |  identity(n)
             |  
             |  ----------------------------------------------------------------------
             |  Data descriptors defined here:
             |  
             |  shape
             |      (rows, cols).

            Help on built-in function fill_:

            fill_(value) method of linalg.Matrix instance


            """)
    }
}
