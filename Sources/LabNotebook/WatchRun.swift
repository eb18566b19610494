import Foundation

/// `labrun watch`: runs the lab, then each time the file is saved re-runs the edited cells and
/// the cells that became stale, from snapshots, and prints only the cells whose output changed.
public final class WatchRun {
    /// How often the file's modification time is checked.
    public static let pollInterval: TimeInterval = 0.3

    private let repl: REPL
    private let gate: OutputGate
    private let stderr: (String) -> Void
    private let style: TerminalStyle
    private let stopLock = NSLock()
    private var stopRequested = false

    public init(file: CellFile, options: REPL.Options, style: TerminalStyle, sessions: SessionFactory,
                stdout: @escaping (String) -> Void, stderr: @escaping (String) -> Void) {
        let gate = OutputGate(stdout: stdout, stderr: stderr)
        self.gate = gate
        self.stderr = stderr
        self.style = style
        repl = REPL(file: file, options: options, reader: ScriptedLineReader([]), style: style,
                    stdout: gate.writeStdout, stderr: gate.writeStderr, sessions: sessions)
    }

    /// Runs the lab, then watches until `stop()`; returns 0, or 1 when the last run of some cell failed.
    public func run() -> Int32 {
        runLab()
        note("watching \(repl.file.path) for changes (Ctrl-C stops)")
        var stamp = Self.stamp(repl.file.path)
        while !isStopped {
            Thread.sleep(forTimeInterval: Self.pollInterval)
            let now = Self.stamp(repl.file.path)
            guard now != stamp else { continue }
            stamp = now
            refresh()
        }
        let failed = repl.file.cells.contains { [.error, .interrupted].contains(repl.tracker.status($0.number)) }
        return failed ? 1 : 0
    }

    /// Runs every cell once, showing all output.
    func runLab() {
        gate.passThrough = true
        repl.runCells(repl.file.cells)
        gate.passThrough = false
    }

    /// Ctrl-C: interrupts a running cell, else ends the watch.
    public func interrupt() {
        if repl.interruptIfExecuting() { return }
        stopLock.lock()
        stopRequested = true
        stopLock.unlock()
    }

    private var isStopped: Bool {
        stopLock.lock()
        defer { stopLock.unlock() }
        return stopRequested
    }

    /// Re-reads the file and re-runs from the first edited or stale cell.
    func refresh() {
        let fresh: CellFile
        do {
            fresh = try CellFile(contentsOf: repl.file.path)
        } catch {
            note("cannot read the lab: \(error)")
            return
        }
        let change = repl.applyReload(fresh)
        let newCells = repl.file.cells.filter { $0.kind == .code && repl.tracker.status($0.number) == .notRun }
        let pending = repl.file.cells.filter { [.edited, .stale].contains(repl.tracker.status($0.number)) }
        guard let first = (pending + newCells).map(\.number).min() else {
            note("saved; no cell changed")
            return
        }
        note("saved: " + (change.edited.isEmpty ? "re-running from cell \(first)" : "edited cell\(change.edited.count == 1 ? "" : "s") \(change.edited.map(String.init).joined(separator: ", "))"))
        var shown = 0
        for cell in repl.file.cells where cell.number >= first && cell.kind == .code {
            let status = repl.tracker.status(cell.number)
            guard cell.number == first || [.edited, .stale, .notRun].contains(status) else { continue }
            let before = repl.tracker.record(cell.number).result?.outputs
            gate.hold()
            if cell.number == first && status != .notRun { repl.rerun(String(cell.number)) } else { repl.runCells([cell]) }
            let after = repl.tracker.record(cell.number).result?.outputs
            if before != after || after?.contains(where: { if case .error = $0 { return true } else { return false } }) == true {
                gate.release()
                shown += 1
            } else {
                gate.discard()
            }
            if repl.tracker.status(cell.number) != .ok { break }
        }
        if shown == 0 { note("re-ran; no output changed") }
    }

    private func note(_ text: String) {
        gate.flushHeld()
        stderr(style.dim(text) + "\n")
    }

    private static func stamp(_ path: String) -> [String] {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return [] }
        return ["\(attributes[.modificationDate] ?? "")", "\(attributes[.size] ?? "")"]
    }
}

/// Holds back a cell's output until it is known whether it changed.
final class OutputGate {
    private let stdout: (String) -> Void
    private let stderr: (String) -> Void
    private var held: [(toStdout: Bool, text: String)] = []
    private var holding = false
    var passThrough = false

    init(stdout: @escaping (String) -> Void, stderr: @escaping (String) -> Void) {
        self.stdout = stdout
        self.stderr = stderr
    }

    func writeStdout(_ text: String) { write(text, toStdout: true) }
    func writeStderr(_ text: String) { write(text, toStdout: false) }

    private func write(_ text: String, toStdout: Bool) {
        if holding && !passThrough {
            held.append((toStdout, text))
        } else {
            toStdout ? stdout(text) : stderr(text)
        }
    }

    func hold() {
        flushHeld()
        holding = true
    }

    func release() {
        holding = false
        flushHeld()
    }

    func discard() {
        holding = false
        held = []
    }

    func flushHeld() {
        for (toStdout, text) in held { toStdout ? stdout(text) : stderr(text) }
        held = []
    }
}
