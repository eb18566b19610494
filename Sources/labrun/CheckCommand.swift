import ArgumentParser
import Foundation
import LabNotebook

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a lab for syntax errors without running it.",
        discussion: "Parses every code cell and reports each syntax error. Exit status: 0 when all parse, 1 otherwise, 2 when the file can't be read.")

    @Argument(help: "The .cells file to check.") var file: String
    @Flag(name: .customLong("no-color"), help: "Don't colour the report (also: set NO_COLOR).") var noColor = false

    func run() throws {
        let lab = try loadLab(file)
        let streams = StandardStreams()
        let style = TerminalStyle(isTerminal: streams.stderrIsTerminal, noColor: noColor,
                                  environment: ProcessInfo.processInfo.environment)
        let renderer = TerminalRenderer(file: lab, options: .init(), style: style,
                                        stdout: streams.writeStdout, stderr: streams.writeStderr)
        let errors = lab.syntaxErrors()
        if errors.isEmpty {
            let count = lab.cells.filter { $0.kind == .code }.count
            streams.writeStdout("\(lab.path): \(count) code cell\(count == 1 ? "" : "s"), no syntax errors\n")
            streams.flush()
            return
        }
        renderer.report(syntaxErrors: errors)
        streams.flush()
        throw ExitCode(1)
    }
}
