import XCTest
import LabScript
@testable import LabBridge

extension BridgeTestCase {
    /// What a script printed on stdout alone: progress bars and the dicts with timings go to stderr.
    func standardOutput(of source: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        var output = ""
        let interpreter = Interpreter(configuration: .init(stdout: { output += $0 }, stderr: { _ in }))
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
}
