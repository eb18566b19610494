import XCTest
import LabScript
@testable import LabBridge

/// Runs scripts through an interpreter with the bridge installed and returns what they printed.
class BridgeTestCase: XCTestCase {
    func run(_ source: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        var output = ""
        let interpreter = Interpreter(configuration: .init(stdout: { output += $0 }, stderr: { output += $0 }))
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
