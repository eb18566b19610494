import ArgumentParser

@main
struct Labrun: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "labrun",
        abstract: "Run notebook-style labs (.cells files) with a built-in pure-Swift ML engine.",
        subcommands: [RunCommand.self, CheckCommand.self, BenchCommand.self],
        defaultSubcommand: RunCommand.self)
}
