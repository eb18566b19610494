import Foundation
import LabScript
@testable import LabNotebook

/// A REPL driven in-process by scripted lines, with its stdout and stderr captured.
final class REPLHarness {
    /// The session-signing secret of the tests' sessions, outside the user's home.
    static let secretPath = FileManager.default.temporaryDirectory.appendingPathComponent("labrun-test-secret-\(getpid())/session-secret").path
    let repl: REPL
    private let output = Output()
    private let queue = LineQueue()

    init(_ text: String, path: String = "lab.cells", budget: Int = 1 << 30) throws {
        let file = try CellFile(text: text, path: path)
        let output = self.output
        repl = REPL(file: file, options: .init(snapshotBudget: budget, sessionSecretPath: REPLHarness.secretPath), reader: queue, style: TerminalStyle(isEnabled: false),
                    stdout: { output.stdout += $0 }, stderr: { output.stderr += $0 },
                    sessions: SessionFactory {
                        $0.interpreter.register(module: Block.module)
                        Block.registerDecoder(in: $0.interpreter)
                    })
    }

    var stdout: String { output.stdout }
    var stderr: String { output.stderr }

    /// Runs `lines` (each may hold several, split at newlines) and returns what they printed on stdout.
    @discardableResult
    func type(_ lines: String...) -> String {
        queue.lines = lines.flatMap { $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
        let start = output.stdout.count
        _ = repl.run()
        return String(output.stdout.dropFirst(start))
    }

    /// The repr of global `name`, or nil when unbound.
    func global(_ name: String) -> String? {
        repl.session.interpreter.global(name).map(repl.session.interpreter.repr)
    }

    func status(_ cell: Int) -> CellStatus { repl.tracker.status(cell) }

    private final class Output {
        var stdout = ""
        var stderr = ""
    }

    private final class LineQueue: REPLLineReader {
        var lines: [String] = []
        func readLine(prompt: String) -> REPLInput { lines.isEmpty ? .end : .line(lines.removeFirst()) }
        func interrupt() {}
    }
}
