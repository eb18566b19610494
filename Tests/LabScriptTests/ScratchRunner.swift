import Foundation
import XCTest
@testable import LabScript

final class ScratchRunner: XCTestCase {
    func testRunScratch() throws {
        guard let path = ProcessInfo.processInfo.environment["SCRATCH"] else { return }
        var out = ""
        let interp = Interpreter(configuration: .init(stdout: { out += $0 }, stderr: { out += "[stderr]" + $0 }))
        let start = Date()
        do {
            _ = try interp.execute(try String(contentsOfFile: path, encoding: .utf8), filename: path)
        } catch let e as ScriptException {
            out += "TRACEBACK: " + e.frames.map { "\($0.function)@\($0.location.line):\($0.location.column)-\($0.location.endColumn)" }.joined(separator: " > ") + "\n" + e.exceptionLine + "\n"
        } catch {
            out += "\(error)\n"
        }
        try out.write(toFile: path + ".mine", atomically: true, encoding: .utf8)
        print("=====OUT=====\n" + out + "=====END===== \(Date().timeIntervalSince(start))s")
    }
}
