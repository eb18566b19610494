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

    @OptionGroup var session: InteractiveSessionOptions

    func run() throws {
        let lab = try loadLab(session.file)
        let streams = StandardStreams()
        let watch = WatchRun(file: lab, options: session.replOptions, style: session.style(streams), sessions: .labrun,
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
