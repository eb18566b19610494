import Foundation
import LabScript

/// An interactive session over a lab (`labrun repl`): nothing runs until asked. Code typed at
/// the prompt runs in the same session as the cells; `:` commands step through cells, re-run
/// them from snapshots, undo, list stale cells and save or load the session.
///
/// Output follows `labrun run`: what code prints and displays, and what commands report, goes
/// to `stdout`; cell headers, notes and error reports go to `stderr`.
public final class REPL: SessionObserver {
    public struct Options {
        public var seed: UInt64
        /// Bytes that snapshots may hold before the oldest are dropped; 0 keeps no snapshots.
        public var snapshotBudget: Int
        /// Print each cell's wall time (`:time` toggles it).
        public var timing: Bool
        /// Show prompts (on a terminal). Without them, lines run in order as a script.
        public var showsPrompts: Bool
        /// The secret that signs saved sessions (see `SessionSigner`).
        public var sessionSecretPath: String

        public init(seed: UInt64 = 42, snapshotBudget: Int = REPL.defaultSnapshotBudget,
                    timing: Bool = false, showsPrompts: Bool = false,
                    sessionSecretPath: String = SessionSigner.defaultSecretPath()) {
            self.seed = seed
            self.snapshotBudget = snapshotBudget
            self.timing = timing
            self.showsPrompts = showsPrompts
            self.sessionSecretPath = sessionSecretPath
        }
    }

    /// A quarter of the machine's memory.
    public static var defaultSnapshotBudget: Int { Int(ProcessInfo.processInfo.physicalMemory / 4) }

    public internal(set) var file: CellFile
    public internal(set) var session: Session
    public internal(set) var options: Options
    /// True once a command or a piece of code failed (the exit status of a scripted session).
    public internal(set) var hadFailure = false

    var tracker = StaleTracker()
    var log = ExecutionLog()
    /// The number of the cell `:next` continues after.
    var cursor = 0
    /// `def` sources of the functions a `:load` re-created, by name (to save them again).
    var loadedDefinitions: [String: String] = [:]
    /// The sessions `:reset` and `:load` replaced, newest last (at most `replacedSessionLimit`):
    /// `:undo` past the start of the current session's history goes back to the one before.
    var sessionsBefore: [REPLState] = []
    let reader: REPLLineReader
    let stdout: (String) -> Void
    let stderr: (String) -> Void
    let style: TerminalStyle
    /// Makes every session the REPL uses (at start, `:reset`, `:load`).
    let sessions: SessionFactory
    private var renderer: TerminalRenderer!
    private var runningPromptCode = false
    private let executingLock = NSLock()
    private var executing = false

    public init(file: CellFile, options: Options, reader: REPLLineReader, style: TerminalStyle,
                stdout: @escaping (String) -> Void, stderr: @escaping (String) -> Void,
                sessions: SessionFactory) {
        self.file = file
        self.sessions = sessions
        self.options = options
        self.reader = reader
        self.style = style
        self.stdout = stdout
        self.stderr = stderr
        self.session = Self.makeSession(sessions, file: file, options: options)
        session.observer = self
        makeRenderer()
    }

    // MARK: - The loop

    /// Reads and runs lines until `:quit` or the end of input; returns the exit status: 0, or 1
    /// when something failed in a session without prompts (a script).
    public func run() -> Int32 {
        var input = InputBuffer()
        var pending: String?
        while true {
            let next: REPLInput
            if let line = pending {
                next = .line(line)
                pending = nil
            } else {
                next = reader.readLine(prompt: input.isEmpty ? ">>> " : "... ")
            }
            switch next {
            case .end where options.showsPrompts && !input.isEmpty:
                // Ctrl-D at a `...` prompt drops the block being typed, as IPython does.
                input = InputBuffer()
                stdout("\n")
            case .end:
                if !input.isEmpty { runCode(input.take()) }
                if options.showsPrompts { stdout("\n") }
                return exitStatus
            case .interrupted:
                input = InputBuffer()
                stderr(style.dim("KeyboardInterrupt") + "\n")
            case .line(let line):
                if input.isEmpty, let command = REPLCommand(line) {
                    if !perform(command) { return exitStatus }
                    continue
                }
                if input.isEmpty, isExitCall(line) { return exitStatus }
                if input.isEmpty, let expression = REPL.helpRequest(line), showHelp(for: expression) { continue }
                if input.isEmpty && line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
                if input.startsNewStatement(line) {
                    runCode(input.take())
                    pending = line
                    continue
                }
                input.append(line)
                // Lines that arrive together were pasted: a blank line inside them does not end
                // the block (IPython's rule), so a pasted function with blank lines runs whole.
                let blankLineEndsBlock = options.showsPrompts && !reader.hasPendingInput
                if input.isReady(blankLineEndsBlock: blankLineEndsBlock) { runCode(input.take()) }
            }
        }
    }

    /// `exit()` or `quit()` typed at the prompt, as in Python's REPL (unless the lab defines them).
    private func isExitCall(_ line: String) -> Bool {
        let name = line.trimmingCharacters(in: .whitespaces)
        return ["exit()", "quit()"].contains(name) && session.interpreter.global(String(name.dropLast(2))) == nil
    }

    private var exitStatus: Int32 { !options.showsPrompts && hadFailure ? 1 : 0 }

    /// Called from the Ctrl-C handler (any thread): interrupts running code, else clears the line.
    public func interrupt() {
        if !interruptIfExecuting() { reader.interrupt() }
    }

    /// Interrupts running code, if any; returns whether there was some.
    public func interruptIfExecuting() -> Bool {
        executingLock.lock()
        defer { executingLock.unlock() }
        if executing { session.interpreter.requestInterrupt() }
        return executing
    }

    // MARK: - Running code

    /// Runs code typed at the prompt.
    func runCode(_ source: String) {
        let cell = Cell(number: 0, kind: .code, title: nil, source: source, firstLine: 1, markerLine: nil)
        execute(cell, label: label(for: cell))
    }

    /// "cell 3 (Train)", or for prompt code "the line `x = 1`" (its first line).
    func label(for cell: Cell) -> String {
        cell.number == 0 ? "the line `\(cell.source.split(separator: "\n").first ?? "")`" : cell.label
    }

    /// Runs cells in order in the current state, stopping at the first that fails.
    func runCells(_ cells: [Cell]) {
        for cell in cells {
            guard cell.kind == .code else {
                session.run(cell)
                continue
            }
            let result = execute(cell, label: label(for: cell))
            if result.status != .ok { break }
        }
    }

    /// Runs `cell` (number 0 for prompt code) with a snapshot taken first, then records what it
    /// read and wrote and marks the cells that depend on what it changed as stale.
    /// - Parameters:
    ///   - runState: the state the code runs in, when the caller just restored one (`:rerun`).
    ///   - undo: where `:undo` should go back to, when not the state the code runs in.
    @discardableResult
    func execute(_ cell: Cell, label: String, runState: Snapshot? = nil, undo: UndoPoint? = nil) -> CellResult {
        let before = runState ?? takeSnapshot()
        let undoPoint = undo ?? UndoPoint(snapshot: before, tracker: tracker, cursor: cursor)
        let interpreter = session.interpreter
        let probe = StaleMutationProbe(interpreter)
        try? interpreter.checkInterrupt()
        let isPrompt = cell.number == 0
        let streamsBefore = isPrompt ? randomStreams() : nil
        runningPromptCode = isPrompt
        // A plain script (no cell markers) displays no values, as under python3; the prompt does.
        session.displaysValues = isPrompt || file.hasCellMarkers
        setExecuting(true)
        let result = session.run(cell, filename: isPrompt ? "<stdin>" : nil)
        setExecuting(false)
        let access = interpreter.lastAccess
        // Imports re-bind the same module object, so modules never count as written.
        let isModule = { (name: String) in interpreter.global(name)?.typeName == "module" }
        let changed = probe.changedNames(in: interpreter).filter { !isModule($0) }
        let writes = access.binds.union(changed).filter { !isModule($0) }
        let sequence = tracker.sequence
        if isPrompt {
            _ = tracker.recordPromptRun()
            tracker.propagate(changed, from: .prompt)
        } else {
            tracker.recordRun(of: cell.number, result: result, reads: access.reads, writes: writes)
            tracker.propagate(changed, from: .cell(cell.number))
            cursor = cell.number
        }
        if result.status == .error { hadFailure = true }
        if result.status == .interrupted {
            stderr(style.dim("interrupted: the variables are as they were when it stopped; :undo restores the state from before") + "\n")
        }
        // A line that only read (`x`, `print(df.head())`) changed nothing to undo.
        let displayBinding: Set<String> = result.displayed == nil ? [] : ["_"]
        if isPrompt, result.status == .ok, writes.subtracting(displayBinding).isEmpty,
           changed.subtracting(displayBinding).isEmpty, randomStreams() == streamsBefore {
            return result
        }
        log.append(ExecutionRecord(cell: cell, label: label, sequence: sequence, runState: before, undo: undoPoint))
        for note in log.enforce(budget: options.snapshotBudget) { stderr(style.dim("note: \(note)") + "\n") }
        return result
    }

    /// The positions of every random stream: `random`'s and those native modules keep.
    private func randomStreams() -> [Data?] {
        let interpreter = session.interpreter
        let words = interpreter.randomState.words + [UInt32(truncatingIfNeeded: interpreter.randomState.index)]
        return [Data(words.flatMap(\.littleEndianBytes))] + interpreter.sessionStates.map { try? $0.persistentState() }
    }

    /// A snapshot of the session now, or nil when snapshots are off.
    func takeSnapshot() -> Snapshot? {
        options.snapshotBudget > 0 ? Snapshot(of: session.interpreter) : nil
    }

    private func setExecuting(_ value: Bool) {
        executingLock.lock()
        executing = value
        executingLock.unlock()
    }

    /// A fresh session over `file` (for `:reset` and `:load`).
    func replaceSession() {
        keepForUndo()
        session = makeSession()
        session.observer = self
        tracker = StaleTracker()
        log = ExecutionLog()
        cursor = 0
        loadedDefinitions = [:]
    }

    /// Keeps the session as it is for `:undo`, before `:reset` or `:load` replaces it; the last
    /// `replacedSessionLimit` are kept.
    func keepForUndo() {
        sessionsBefore.append(REPLState(session: session, tracker: tracker, log: log, cursor: cursor,
                                        loadedDefinitions: loadedDefinitions))
        if sessionsBefore.count > Self.replacedSessionLimit { sessionsBefore.removeFirst() }
    }

    static let replacedSessionLimit = 3

    /// A new session over the lab, set up like the first.
    func makeSession() -> Session {
        Self.makeSession(sessions, file: file, options: options)
    }

    /// A prompt's session: a displayed value is bound to `_`.
    private static func makeSession(_ sessions: SessionFactory, file: CellFile, options: Options) -> Session {
        let session = sessions.makeSession(filename: file.path, seed: options.seed, argv: [file.path])
        session.bindsLastDisplayedValue = true
        session.rendersTracebacks(from: file)
        return session
    }

    func makeRenderer() {
        renderer = TerminalRenderer(file: file, options: .init(timing: options.timing, sharedTerminal: options.showsPrompts),
                                    style: style, stdout: stdout, stderr: stderr)
    }

    /// Prints a command's failure and remembers it for the exit status.
    func fail(_ message: String) {
        hadFailure = true
        stderr(style.boldRed("error:") + " \(message)\n")
    }

    func note(_ message: String) {
        stderr(style.dim(message) + "\n")
    }

    // MARK: - SessionObserver: cells get headers, prompt code shows only its output

    public func session(willRun cell: Cell) {
        if !runningPromptCode || cell.number != 0 { renderer.session(willRun: cell) }
    }

    public func session(cell: Cell, wrote text: String, to stream: StreamName) {
        renderer.session(cell: cell, wrote: text, to: stream)
    }

    public func session(cell: Cell, noted text: String) {
        renderer.session(cell: cell, noted: text)
    }

    public func session(cell: Cell, displayed bundle: MimeBundle) {
        renderer.session(cell: cell, displayed: bundle)
    }

    public func session(didFinish result: CellResult) {
        if result.cell.number == 0 {
            if let bundle = result.displayed { stdout(bundle.plainText + "\n") }
            if let error = result.error {
                stderr(TracebackFormatter(file: file).lines(for: error).joined(separator: "\n") + "\n")
            }
        } else {
            renderer.session(didFinish: result)
        }
    }
}

/// Where `:undo` goes back to: the interpreter's state and the REPL's bookkeeping.
struct UndoPoint {
    let snapshot: Snapshot?
    let tracker: StaleTracker
    let cursor: Int
}

/// A whole REPL session as `:reset` and `:load` leave it behind, for `:undo`.
struct REPLState {
    let session: Session
    let tracker: StaleTracker
    let log: ExecutionLog
    let cursor: Int
    let loadedDefinitions: [String: String]
}
