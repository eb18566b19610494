import ArgumentParser
import Foundation
import LabScript

@main
struct Labrun: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "labrun",
        abstract: "Run notebook-style labs (.cells files) with a built-in pure-Swift ML engine.",
        discussion: """
            A lab is a Jupytext "percent" file: `# %% Title` starts a code cell, \
            `# %% [markdown]` a Markdown cell, `tags=["parameters"]` marks the parameters cell.

            `labrun FILE.cells` is the same as `labrun run FILE.cells`; see `labrun run --help` for \
            its options. stdout carries only the lab's own output; labrun's decoration goes to stderr.

            Exit status: 0 when every cell ran, 1 when a cell failed (or has a syntax error), \
            2 for usage and file errors, 120 when stdout could not be written (a full disk), 130 \
            when interrupted with Ctrl-C; a lab's sys.exit(n) ends the run with status n, as it \
            would end python3.
            """,
        subcommands: [RunCommand.self, ReplCommand.self, WatchCommand.self, CheckCommand.self, BenchCommand.self,
                      ExportKitCommand.self],
        defaultSubcommand: RunCommand.self)

    /// Parses and runs the command. A usage error prints one line and exits with status 2, as
    /// in most Unix tools.
    static func main() {
        // A reader that closes the pipe (`labrun lab.cells | head -1`) must not kill labrun
        // before it writes its transcript: writes to the pipe fail with EPIPE instead.
        signal(SIGPIPE, SIG_IGN)
        do {
            var command = try parseAsRoot(interactiveShorthand(CommandLine.arguments.dropFirst()))
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                let line = "labrun: error: \(message(for: error)) (see labrun --help)\n"
                SystemIO.write(line, to: STDERR_FILENO)
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }

    /// `labrun -i FILE` is `labrun repl FILE`, as `python -i` opens an interactive session.
    static func interactiveShorthand(_ arguments: ArraySlice<String>) -> [String] {
        guard arguments.first == "-i" else { return Array(arguments) }
        return ["repl"] + arguments.dropFirst()
    }
}
