import Foundation
import XCTest
@testable import LabScript

/// Runs every script of the golden corpus (Tests/LabScriptTests/Scripts/<feature>/*.py) through
/// the interpreter and compares stdout, plus the exception line of an uncaught exception, byte for
/// byte with the `.out` file recorded from python3 by scripts/fixtures/record_golden.py.
final class GoldenScriptTests: XCTestCase {
    /// Runs one script in its own directory and returns what the golden file records.
    static func run(_ url: URL) throws -> String {
        var output = ""
        let interpreter = Interpreter(configuration: .init(stdout: { output += $0 }, stderr: { _ in }))
        let source = try String(contentsOf: url, encoding: .utf8)
        let previous = FileManager.default.currentDirectoryPath
        FileManager.default.changeCurrentDirectoryPath(url.deletingLastPathComponent().path)
        defer { FileManager.default.changeCurrentDirectoryPath(previous) }
        do {
            _ = try interpreter.execute(source, filename: url.lastPathComponent)
        } catch let e as ScriptException where e.typeName == "SystemExit" {
            // Like python3: a message (not an exit status) is printed alone.
            if case .str = e.exception.args.first { output += e.message + "\n" }
        } catch let e as ScriptException {
            output += e.exceptionLine + "\n"
        } catch let e as SyntaxError {
            output += e.description + "\n"
        }
        return output
    }

    func testGoldenScripts() throws {
        let root = try XCTUnwrap(Bundle.module.url(forResource: "Scripts", withExtension: nil))
        let filter = ProcessInfo.processInfo.environment["GOLDEN_FILTER"]
        let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)!
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "py" }
            .filter { filter == nil || $0.path.contains(filter!) }
            .sorted { $0.path < $1.path }
        XCTAssertGreaterThan(files.count, 0)
        var failures: [String] = []
        for url in files {
            let expected = try String(contentsOf: url.deletingPathExtension().appendingPathExtension("out"), encoding: .utf8)
            let actual = try GoldenScriptTests.run(url)
            if actual != expected {
                failures.append(url.deletingPathExtension().lastPathComponent)
                XCTFail("\(url.path.components(separatedBy: "/Scripts/").last ?? url.path) differs:\n\(firstDifference(expected, actual))")
            }
        }
        if !failures.isEmpty { print("golden failures (\(failures.count)/\(files.count)): \(failures.joined(separator: " "))") }
    }

    /// Programs that use what labrun lacks (Tests/LabScriptTests/Pending/<feature>/*.py, recorded
    /// from python3 like the corpus): each must print CPython's lines up to where it stops with
    /// an exception CPython did not raise, a loud failure and never a different answer. A program
    /// that starts to pass belongs in Scripts/.
    func testPendingProgramsFailLoudly() throws {
        let root = try XCTUnwrap(Bundle.module.url(forResource: "Pending", withExtension: nil))
        let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)!
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "py" }.sorted { $0.path < $1.path }
        XCTAssertGreaterThan(files.count, 0)
        for url in files {
            let name = url.deletingPathExtension().lastPathComponent
            let expected = try String(contentsOf: url.deletingPathExtension().appendingPathExtension("out"), encoding: .utf8)
            let actual = try GoldenScriptTests.run(url)
            XCTAssertNotEqual(actual, expected, "\(name) now passes: move it to Scripts/")
            var lines = actual.components(separatedBy: "\n")
            if lines.last == "" { lines.removeLast() }
            let failure = lines.popLast() ?? ""
            XCTAssertTrue(expected.hasPrefix(lines.map { $0 + "\n" }.joined()), "\(name) printed a line CPython did not print")
            XCTAssertTrue(failure.contains("Error: "), "\(name) did not stop with an exception: \(failure)")
        }
    }

    private func firstDifference(_ expected: String, _ actual: String) -> String {
        let e = expected.components(separatedBy: "\n"), a = actual.components(separatedBy: "\n")
        for i in 0..<max(e.count, a.count) {
            let x = i < e.count ? e[i] : "<end>", y = i < a.count ? a[i] : "<end>"
            if x != y { return "line \(i + 1)\n  python3: \(x)\n  labrun:  \(y)" }
        }
        return "(same lines, different bytes)"
    }
}
