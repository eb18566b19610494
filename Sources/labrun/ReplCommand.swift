import ArgumentParser
import Foundation
import LabNotebook

struct ReplCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repl",
        abstract: "Open an interactive session over a lab (also: labrun -i FILE).",
        discussion: """
            Nothing runs until asked. Code typed at the prompt runs in the lab's session; commands \
            start with ':' (:help lists them): step through cells (:next), re-run one from its \
            snapshot (:rerun N), undo, list stale cells, save and load the session.

            When stdin is not a terminal, lines run in order without prompts, and the exit status \
            is 1 if any command or code failed: `labrun repl lab.cells < script.txt`.
            """)

    @OptionGroup var session: InteractiveSessionOptions
    @Flag(help: "Print each cell's wall time (:time toggles it).") var timing = false

    func run() throws {
        let lab = try loadLab(session.file)
        let streams = StandardStreams()
        let interactive = isatty(STDIN_FILENO) == 1
        let style = session.style(streams)
        var options = session.replOptions
        options.timing = timing
        options.showsPrompts = interactive
        var repl: REPL!
        let reader: REPLLineReader = interactive
            ? ReadlineLineReader(historyPath: Self.historyPath) { REPLCompleter(interpreter: repl.session.interpreter, file: repl.file) }
            : PlainLineReader()
        repl = REPL(file: lab, options: options, reader: reader, style: style,
                    stdout: { streams.writeStdout($0); if interactive { streams.flush() } }, stderr: streams.writeStderr,
                    sessions: .labrun)
        if interactive {
            streams.writeStderr(style.dim("labrun repl · \(lab.path) · \(lab.cells.count) cells · :help lists the commands, :quit leaves") + "\n")
        }
        let syntaxErrors = lab.syntaxErrors()
        if !syntaxErrors.isEmpty {
            let numbers = syntaxErrors.map { String($0.cell.number) }.joined(separator: ", ")
            streams.writeStderr(style.dim("note: cell\(syntaxErrors.count == 1 ? "" : "s") \(numbers) \(syntaxErrors.count == 1 ? "has a syntax error" : "have syntax errors") (labrun check shows them)") + "\n")
        }
        let interrupts = REPLInterrupts(repl)
        let status = repl.run()
        interrupts.stop()
        streams.flush()
        if status != 0 { throw ExitCode(status) }
    }

    static var historyPath: String {
        (ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()) + "/.labrun_history"
    }
}

/// The options `repl` and `watch` share.
struct InteractiveSessionOptions: ParsableArguments {
    @Argument(help: "The .cells file.") var file: String
    @Option(help: "Seed for the lab's `random` module.") var seed: UInt64 = 42
    @Option(name: .customLong("snapshot-budget"), help: ArgumentHelp(
        "Memory for snapshots, e.g. 512MB or 2GB (default: a quarter of RAM); past it the oldest are dropped. 0 keeps none (no :undo or :rerun).",
        valueName: "SIZE"))
    var snapshotBudget: String?
    @Flag(name: .customLong("no-color"), help: "Don't colour the decoration (also: set NO_COLOR).") var noColor = false

    func validate() throws {
        if let snapshotBudget, parseByteSize(snapshotBudget) == nil {
            throw ValidationError("--snapshot-budget must be a size such as 512MB or 2GB, not '\(snapshotBudget)'")
        }
    }

    var replOptions: REPL.Options {
        REPL.Options(seed: seed, snapshotBudget: snapshotBudget.flatMap(parseByteSize) ?? REPL.defaultSnapshotBudget)
    }

    func style(_ streams: StandardStreams) -> TerminalStyle {
        TerminalStyle(isTerminal: streams.stderrIsTerminal, noColor: noColor, environment: ProcessInfo.processInfo.environment)
    }
}
