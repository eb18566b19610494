import Foundation
import LabScript
@testable import LabBridge
@testable import LabNotebook

/// A REPL over a lab with the bridge installed, driven in-process by scripted lines, with its
/// stdout and stderr captured.
final class REPLHarness {
    let repl: REPL
    private let output = Output()
    private let queue = LineQueue()

    init(_ text: String) throws {
        let file = try CellFile(text: text, path: "lab.cells")
        let output = self.output
        repl = REPL(file: file, options: .init(), reader: queue, style: TerminalStyle(isEnabled: false),
                    stdout: { output.stdout += $0 }, stderr: { output.stderr += $0 },
                    sessions: SessionFactory { LabBridge.install(into: $0.interpreter, seed: $0.seed) })
    }

    var stdout: String { output.stdout }
    var stderr: String { output.stderr }

    /// Runs `lines` and returns what they printed on stdout.
    @discardableResult
    func type(_ lines: String...) -> String {
        queue.lines = lines
        let start = output.stdout.count
        _ = repl.run()
        return String(output.stdout.dropFirst(start))
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
