import ArgumentParser
import Foundation
import LabNotebook

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a lab's cells in order.",
        discussion: """
            stdout carries only what the cells print and the values they display (Jupyter's \
            Out[n]), so `labrun lab.cells | grep loss` sees exactly the lab's output. Cell headers, \
            Markdown cells, notes about skipped shell commands, timings and error reports go to \
            stderr; --quiet keeps only the error reports there. Colour is used only on a terminal.

            Every code cell is parsed before any runs; a syntax error anywhere stops the run before \
            it starts. A run stops at the first failing cell unless --keep-going is given.
            """)

    @Argument(help: "The .cells file to run.") var file: String

    @Option(help: ArgumentHelp("Run cells 1 through this one.", valueName: "N|TITLE"))
    var to: String?

    @Option(help: ArgumentHelp("Run only these cells, e.g. 2,5 or a title.", valueName: "N,M,..."))
    var only: String?

    @Option(name: .customShort("p"), help: ArgumentHelp(
        "Set a parameter to a Python literal, e.g. -p epochs=3 -p name=\"'demo'\" (repeatable). It is assigned right after the cell tagged `parameters` (before the first cell if none is tagged); a name that cell doesn't assign is an error.",
        valueName: "name=value"))
    var parameters: [String] = []

    @Option(name: .customLong("params"), help: ArgumentHelp("Set parameters from a JSON object; -p wins for the same name.", valueName: "FILE.json"))
    var paramsFile: String?

    @Option(help: "Seed for the lab's `random` module; the same seed prints the same output.")
    var seed: UInt64 = 42

    @Option(name: [.short, .long], help: ArgumentHelp(
        "Write the executed lab with its outputs: a notebook (.ipynb) or a Markdown transcript (.md). Written also when a cell fails or on Ctrl-C; never over the lab itself.",
        valueName: "FILE"))
    var output: String?

    @Flag(help: "Print each cell's wall time (on stderr).") var timing = false
    @Flag(help: "Run the remaining cells after a cell fails.") var keepGoing = false
    @Flag(name: [.short, .long], help: "Print only the cells' own output and error reports; no headers or Markdown.") var quiet = false
    @Flag(name: .customLong("no-color"), help: "Don't colour the decoration (also: set NO_COLOR).") var noColor = false

    func validate() throws {
        if to != nil && only != nil { throw ValidationError("--to and --only can't be used together") }
        if let output, !output.lowercased().hasSuffix(".ipynb") && !output.lowercased().hasSuffix(".md") {
            throw ValidationError("--output must name a .ipynb or .md file")
        }
    }

    func run() throws {
        let lab = try loadLab(file)
        if let output, sameFile(output, lab.path) {
            throw usageFailure("--output \(output) names the lab itself; choose another file")
        }
        let streams = StandardStreams()
        let session = SessionFactory.labrun.makeSession(filename: lab.path, seed: seed, argv: [file])
        session.rendersTracebacks(from: lab)
        // input() reads stdin (a terminal or a pipe), showing its prompt first, as python3 does.
        session.interpreter.configuration.stdin = { [streams] in
            streams.flush()
            return readLine(strippingNewline: false)
        }
        let batch: BatchRun
        do {
            batch = try makeBatchRun(lab, session: session)
        } catch let error as CellFileError {
            throw usageFailure(error)
        } catch let error as UsageError {
            throw usageFailure(error)
        }
        let renderer = makeRenderer(lab, streams: streams)
        session.observer = renderer
        batch.observer = renderer
        if !batch.parameters.isEmpty, lab.parametersCell == nil, !quiet {
            streams.writeStderr("note: no cell is tagged parameters; the parameters are set before the first cell\n")
        }
        let interrupts = InterruptHandler(interpreter: session.interpreter, beforeExit: streams.flush)
        let outcome = batch.run()
        interrupts.stop()
        session.interpreter.closeOpenFiles()
        streams.flush()
        if let output { try write(batch.transcript, to: output) }
        if let report = streams.stdoutFailureReport {
            // As python3 does when flushing stdout at exit fails (a full disk): report, status 120.
            streams.writeStderr(report)
            throw ExitCode(120)
        }
        switch outcome {
        case .completed: return
        case .failed: throw ExitCode(1)
        case .interrupted: throw ExitCode(130)
        case .exited(let status): if status != 0 { throw ExitCode(status) }
        }
    }

    private func makeBatchRun(_ lab: CellFile, session: Session) throws -> BatchRun {
        let cells = try to.map(lab.cells(through:)) ?? only.map(lab.cells(addressedBy:)) ?? lab.cells
        let overrides = ParameterOverrides(assignments: parameters, jsonFile: paramsFile)
        let known = lab.parametersCell == nil ? nil : lab.parameterNames()
        let values = try overrides.resolve(with: session.interpreter, known: known)
        let plan = RunPlan(cells: cells, parametersCell: lab.parametersCell, injecting: !values.isEmpty)
        return BatchRun(file: lab, session: session, plan: plan, parameters: values, keepGoing: keepGoing)
    }

    private func makeRenderer(_ lab: CellFile, streams: StandardStreams) -> TerminalRenderer {
        let style = TerminalStyle(isTerminal: streams.stderrIsTerminal, noColor: noColor,
                                  environment: ProcessInfo.processInfo.environment)
        let options = TerminalRenderer.Options(quiet: quiet, timing: timing,
                                               sharedTerminal: streams.stdoutIsTerminal && streams.stderrIsTerminal)
        return TerminalRenderer(file: lab, options: options, style: style,
                                stdout: streams.writeStdout, stderr: streams.writeStderr, flush: streams.flush)
    }

    private func write(_ transcript: Transcript, to path: String) throws {
        do {
            try transcript.write(to: path, formatter: TracebackFormatter(file: transcript.file))
        } catch {
            throw usageFailure("cannot write \(path): \(error.localizedDescription)")
        }
    }

    /// True when `a` and `b` name the same file (through links or different spellings).
    private func sameFile(_ a: String, _ b: String) -> Bool {
        var sa = stat(), sb = stat()
        guard stat(a, &sa) == 0, stat(b, &sb) == 0 else { return false }
        return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino
    }
}
