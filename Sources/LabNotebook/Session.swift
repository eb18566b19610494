import Foundation
import LabScript

/// One interpreter session over a lab: runs cells in order in one global namespace and returns
/// each cell's outputs as a `CellResult`. It prints nothing; its observer shows progress live.
///
/// The batch runner (`labrun run`) and the REPL both drive a session.
public final class Session {
    public let interpreter: Interpreter
    /// The lab's path, used as the filename in tracebacks.
    public let filename: String
    /// Shown the session's progress live; held weakly (an observer may hold the session).
    public weak var observer: SessionObserver?
    /// Turn a displayed value into a MIME bundle with richer views (plots, tables); the first
    /// formatter that returns a bundle wins, else the value's repr is shown as `text/plain`.
    public var displayFormatters: [(Value) -> MimeBundle?] = []
    /// Whether a cell ending in an expression displays its value (Jupyter's `Out[n]`); off for
    /// plain scripts, which print only what they print, as under python3.
    public var displaysValues = true
    /// Whether a displayed value is also bound to `_`, as in Python's interactive prompt.
    public var bindsLastDisplayedValue = false
    /// How many code cells have run (Jupyter's execution count).
    public private(set) var executionCount = 0
    /// The `--seed` the session started with.
    public let seed: UInt64

    private let recorder: OutputRecorder

    /// - Parameters:
    ///   - filename: the lab's path, as tracebacks should name it.
    ///   - seed: seeds the lab's `random` module.
    ///   - argv: `sys.argv`.
    public init(filename: String, seed: UInt64 = 42, argv: [String]? = nil) {
        let recorder = OutputRecorder()
        var configuration = Interpreter.Configuration()
        configuration.seed = seed
        configuration.argv = argv ?? [filename]
        configuration.stdout = { recorder.write($0, to: .stdout) }
        configuration.stderr = { recorder.write($0, to: .stderr) }
        configuration.magicHandler = { recorder.note(skippedMessage(for: $0)) }
        self.recorder = recorder
        self.filename = filename
        self.seed = seed
        self.interpreter = Interpreter(configuration: configuration)
    }

    /// Lets the `traceback` module show `file`'s source lines, as CPython's does.
    public func rendersTracebacks(from file: CellFile) {
        interpreter.tracebackRenderer = { TracebackFormatter(file: file, annotatesCells: false).lines(for: CellError($0)) }
    }

    /// Runs a code cell and returns what it printed, displayed and raised. Markdown and raw
    /// cells are only reported to the observer and return a result with no outputs.
    /// - Parameter filename: what tracebacks call the code (default: the lab's path); a REPL
    ///   passes e.g. `<stdin>` for code typed at the prompt.
    @discardableResult
    public func run(_ cell: Cell, filename: String? = nil) -> CellResult {
        observer?.session(willRun: cell)
        guard cell.kind == .code else {
            let now = Date()
            return CellResult(cell: cell, executionCount: nil, startDate: now, endDate: now)
        }
        executionCount += 1
        return capture(cell) {
            let value = try interpreter.execute(cell.source, filename: filename ?? self.filename, firstLine: cell.firstLine,
                                                displayLastExpression: displaysValues && !endsWithSemicolon(cell.source))
            if let value, bindsLastDisplayedValue { interpreter.setGlobal("_", value) }
            return value.map(display)
        }
    }

    /// Binds `parameters` as globals and returns the result of a synthetic cell that shows them
    /// as assignments (papermill's "injected-parameters" cell).
    public func inject(_ parameters: [(name: String, value: Value)]) -> CellResult {
        let lines = ["# Parameters"] + parameters.map { "\($0.name) = \(interpreter.repr($0.value))" }
        let cell = Cell(number: 0, kind: .code, title: nil,
                        metadata: ["tags": .array([.string("injected-parameters")])],
                        source: lines.joined(separator: "\n"), firstLine: 0, markerLine: nil)
        observer?.session(willRun: cell)
        executionCount += 1
        return capture(cell) {
            for (name, value) in parameters { interpreter.setGlobal(name, value) }
            return nil
        }
    }

    /// Shows `bundle` as an output of the running cell, before it ends: what native modules call
    /// for `display(x)` or `plt.show()`. Does nothing outside a cell.
    public func show(_ bundle: MimeBundle) {
        recorder.display(bundle)
    }

    /// The MIME bundle shown for a displayed value.
    public func display(_ value: Value) -> MimeBundle {
        for formatter in displayFormatters {
            if let bundle = formatter(value) { return bundle }
        }
        return MimeBundle(plainText: interpreter.repr(value))
    }

    /// Runs `body` with the cell's output recorded, turning a thrown error into an error output.
    private func capture(_ cell: Cell, _ body: () throws -> MimeBundle?) -> CellResult {
        var result = CellResult(cell: cell, executionCount: executionCount, startDate: Date(), endDate: Date())
        recorder.begin(cell: cell, observer: observer)
        do {
            if let bundle = try body() { recorder.append(.result(bundle)) }
        } catch {
            recorder.append(.error(CellError(error)))
        }
        result.outputs = recorder.end()
        result.endDate = Date()
        observer?.session(didFinish: result)
        return result
    }
}

/// True when the code's last line ends with `;` (before any comment): as in IPython, a trailing
/// semicolon hides the value of the last expression (`plt.plot(x);`).
func endsWithSemicolon(_ source: String) -> Bool {
    guard let line = source.split(separator: "\n").last(where: { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("#") && !isBlank(String($0)) }) else {
        return false
    }
    var code = Substring(line)
    if let hash = line.lastIndex(of: "#"), !line[hash...].contains(where: { $0 == "'" || $0 == "\"" }) {
        code = line[..<hash]
    }
    return code.trimmingCharacters(in: .whitespaces).hasSuffix(";")
}

/// Collects the running cell's outputs and forwards them to the observer as they come.
/// Consecutive writes to one stream become one output, appended in place (a loop that prints a
/// million lines stays linear).
final class OutputRecorder {
    private var cell: Cell?
    private weak var observer: SessionObserver?
    private var outputs: [CellOutput] = []
    private var pending: (stream: StreamName, text: String)?

    func begin(cell: Cell, observer: SessionObserver?) {
        self.cell = cell
        self.observer = observer
        outputs = []
        pending = nil
    }

    func end() -> [CellOutput] {
        closePendingStream()
        cell = nil
        return outputs
    }

    func write(_ text: String, to stream: StreamName) {
        if pending?.stream == stream {
            pending?.text += text
        } else {
            closePendingStream()
            pending = (stream, text)
        }
        if let cell { observer?.session(cell: cell, wrote: text, to: stream) }
    }

    func note(_ text: String) {
        append(.note(text))
        if let cell { observer?.session(cell: cell, noted: text) }
    }

    func display(_ bundle: MimeBundle) {
        guard let cell else { return }
        append(.display(bundle))
        observer?.session(cell: cell, displayed: bundle)
    }

    func append(_ output: CellOutput) {
        closePendingStream()
        outputs.append(output)
    }

    private func closePendingStream() {
        if let pending { outputs.append(.stream(pending.stream, pending.text)) }
        pending = nil
    }
}
