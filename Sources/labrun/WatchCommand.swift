import ArgumentParser
import Foundation
import LabNotebook

struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Run a lab, then re-run what changed each time the file is saved.",
        discussion: """
            After the first run, labrun checks the file every 0.3 s. On a save it re-runs the edited \
            cells and the cells that became stale, starting from the snapshot taken before the first \
            of them, and prints only the cells whose output changed. Ctrl-C stops a running cell; \
            at rest it ends the watch.
            """)

    @Argument(help: "The .cells file.") var file: String
    @Option(help: "Seed for the lab's `random` module.") var seed: UInt64 = 42
    @Option(name: .customLong("snapshot-budget"), help: ArgumentHelp("Memory for snapshots, e.g. 512MB (default: a quarter of RAM).", valueName: "SIZE"))
    var snapshotBudget: String?
    @Flag(name: .customLong("no-color"), help: "Don't colour the decoration (also: set NO_COLOR).") var noColor = false

    func validate() throws {
        if let snapshotBudget, parseByteSize(snapshotBudget) == nil {
            throw ValidationError("--snapshot-budget must be a size such as 512MB or 2GB, not '\(snapshotBudget)'")
        }
    }

    func run() throws {
        let lab = try loadLab(file)
        let streams = StandardStreams()
        let style = TerminalStyle(isTerminal: streams.stderrIsTerminal, noColor: noColor,
                                  environment: ProcessInfo.processInfo.environment)
        let options = REPL.Options(seed: seed, snapshotBudget: snapshotBudget.flatMap(parseByteSize) ?? REPL.defaultSnapshotBudget)
        let watch = WatchRun(file: lab, options: options, style: style,
                             stdout: { streams.writeStdout($0); streams.flush() }, stderr: streams.writeStderr)
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: DispatchQueue(label: "labrun.watch.sigint"))
        source.setEventHandler { watch.interrupt() }
        source.resume()
        let status = watch.run()
        source.cancel()
        streams.flush()
        if status != 0 { throw ExitCode(status) }
    }
}
