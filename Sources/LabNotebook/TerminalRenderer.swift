/// Shows a run on a terminal, keeping stdout clean for pipes.
///
/// stdout gets only what the cells produce: what they print and the values they display
/// (Jupyter's `Out[n]`, as the value's plain text). stderr gets labrun's decoration: cell headers,
/// Markdown cells, notes about skipped shell commands, timings and error reports, plus whatever
/// the cells print to `sys.stderr`. `quiet` drops the decoration but keeps error reports.
///
/// A file without cell markers is a plain script: its stderr then looks as python3's would, a
/// traceback ending in the exception line, with no cell headers or summary around it.
public final class TerminalRenderer: BatchRunObserver {
    public struct Options {
        public var quiet = false
        public var timing = false
        /// stdout and stderr show on one terminal: decoration then starts on a fresh line even
        /// when a cell's printed text doesn't end with a newline.
        public var sharedTerminal = false
        public init(quiet: Bool = false, timing: Bool = false, sharedTerminal: Bool = false) {
            self.quiet = quiet
            self.timing = timing
            self.sharedTerminal = sharedTerminal
        }
    }

    private let options: Options
    private let plainScript: Bool
    private let style: TerminalStyle
    private let formatter: TracebackFormatter
    private let stdout: (String) -> Void
    private let stderr: (String) -> Void
    private let flush: () -> Void
    private var stdoutEndsLine = true
    private var codeCellsRun = 0
    private var totalWallTime = 0.0

    /// - Parameters:
    ///   - style: colours for the decoration (stderr).
    ///   - stdout, stderr: where text goes; labrun passes its buffered standard streams.
    ///   - flush: pushes buffered output out; called as each cell ends, so a later crash keeps it.
    public init(file: CellFile, options: Options, style: TerminalStyle,
                stdout: @escaping (String) -> Void, stderr: @escaping (String) -> Void,
                flush: @escaping () -> Void = {}) {
        self.options = options
        self.plainScript = !file.hasCellMarkers
        self.style = style
        self.formatter = TracebackFormatter(file: file)
        self.stdout = stdout
        self.stderr = stderr
        self.flush = flush
    }

    public func session(willRun cell: Cell) {
        guard !options.quiet, !plainScript else { return }
        decorate(style.cyan(header(for: cell)))
        if cell.kind != .code, !cell.source.isEmpty {
            decorate(style.dim(cell.source))
        }
    }

    public func session(cell: Cell, wrote text: String, to stream: StreamName) {
        switch stream {
        case .stdout: writeOut(text)
        case .stderr: stderr(text)
        }
    }

    public func session(cell: Cell, noted text: String) {
        guard !options.quiet else { return }
        decorate(style.dim(text))
    }

    public func session(cell: Cell, displayed bundle: MimeBundle) {
        writeOut(bundle.plainText + "\n")
    }

    public func session(didFinish result: CellResult) {
        if let bundle = result.displayed { writeOut(bundle.plainText + "\n") }
        if let error = result.error, error.exitStatus != nil {
            // Like python3, sys.exit("message") prints the message; a numeric status prints nothing.
            if Int32(error.message) == nil, error.exitStatus != 0 { stderr(error.message + "\n") }
        } else if let error = result.error {
            report(error, in: result.cell)
        }
        defer { flush() }
        guard result.cell.kind == .code else { return }
        codeCellsRun += 1
        totalWallTime += result.wallTime
        if options.timing {
            decorate(style.dim("\(cellName(result.cell)) took \(formatDuration(result.wallTime))"))
        }
    }

    public func batchRun(syntaxErrors: [(cell: Cell, error: CellError)]) {
        report(syntaxErrors: syntaxErrors, consequence: "; nothing was run")
    }

    /// Reports each cell's syntax error, then how many cells have one, then `consequence`.
    public func report(syntaxErrors: [(cell: Cell, error: CellError)], consequence: String = "") {
        for (cell, error) in syntaxErrors { report(error, in: cell) }
        let count = syntaxErrors.count
        guard !plainScript else { return }
        decorate(style.boldRed("\(count) cell\(count == 1 ? " has a syntax error" : "s have syntax errors")\(consequence)"))
    }

    public func batchRun(finished outcome: RunOutcome, failed: [Cell]) {
        if options.timing {
            decorate(style.dim("\(codeCellsRun) code cell\(codeCellsRun == 1 ? "" : "s") took \(formatDuration(totalWallTime))"))
        }
        guard !options.quiet, !plainScript else { return }
        switch outcome {
        case .completed: return
        case .exited(let status): decorate(style.dim("sys.exit() ended the run (status \(status))"))
        case .interrupted: decorate(style.boldRed("interrupted"))
        case .failed where failed.count == 1:
            decorate(style.boldRed("stopped: \(failed[0].label) failed") + style.dim(" (--keep-going runs the rest)"))
        case .failed:
            decorate(style.boldRed("\(failed.count) cells failed: \(failed.map { String($0.number) }.joined(separator: ", "))"))
        }
    }

    /// Prints an error report: where it happened, then the Python-style traceback.
    public func report(_ error: CellError, in cell: Cell) {
        if !plainScript {
            let place = formatter.place(of: error) ?? cell.label
            decorate(style.boldRed("\(error.typeName) in \(place)"))
        }
        let lines = formatter.lines(for: error)
        let exceptionLineIndex = lines.count - 1 - error.notes.count
        for (index, line) in lines.enumerated() {
            if index == exceptionLineIndex {
                decorate(style.boldRed(line))
            } else if line.allSatisfy({ " \t^".contains($0) }) && line.contains("^") {
                decorate(style.red(line))
            } else {
                decorate(line)
            }
        }
    }

    private func header(for cell: Cell) -> String {
        var text = "── \(cellName(cell))"
        if let title = cell.title { text += " · \(title)" }
        if cell.kind != .code { text += " [\(cell.kind.rawValue)]" }
        let width = text.count
        return text + " " + String(repeating: "─", count: max(3, 60 - width))
    }

    private func cellName(_ cell: Cell) -> String {
        cell.number == 0 ? "injected parameters" : "[\(cell.number)]"
    }

    private func writeOut(_ text: String) {
        guard !text.isEmpty else { return }
        stdout(text)
        stdoutEndsLine = text.hasSuffix("\n")
    }

    /// Writes one line of decoration to stderr, starting on a fresh line.
    private func decorate(_ line: String) {
        if options.sharedTerminal, !stdoutEndsLine { writeOut("\n") }
        stderr(line + "\n")
    }
}
