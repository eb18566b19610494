import XCTest
import LabScript
@testable import LabBridge

/// Runs scripts through an interpreter with the bridge installed and returns what they printed.
class BridgeTestCase: XCTestCase {
    func run(_ source: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        run(source, includingStandardError: true, file: file, line: line)
    }

    /// What a script printed on stdout alone: progress bars and the dicts with timings go to stderr.
    func standardOutput(of source: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        run(source, includingStandardError: false, file: file, line: line)
    }

    private func run(_ source: String, includingStandardError: Bool, file: StaticString, line: UInt) -> String {
        var output = ""
        let interpreter = Interpreter(configuration: .init(stdout: { output += $0 }, stderr: { if includingStandardError { output += $0 } }))
        LabBridge.install(into: interpreter)
        do {
            _ = try interpreter.execute(source, filename: "<test>")
        } catch let error as ScriptException {
            XCTFail("script raised \(error.exceptionLine)", file: file, line: line)
        } catch {
            XCTFail("script failed: \(error)", file: file, line: line)
        }
        return output
    }

    /// The exception line (`TypeError: ...`) the script ends with.
    func failure(_ source: String, file: StaticString = #filePath, line: UInt = #line) -> String? {
        let interpreter = Interpreter(configuration: .init(stdout: { _ in }, stderr: { _ in }))
        LabBridge.install(into: interpreter)
        do {
            _ = try interpreter.execute(source, filename: "<test>")
            XCTFail("script did not raise", file: file, line: line)
            return nil
        } catch let error as ScriptException {
            return error.exceptionLine
        } catch {
            return "\(error)"
        }
    }
}
