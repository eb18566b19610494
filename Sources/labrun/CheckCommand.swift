import ArgumentParser

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "Check a lab for syntax errors without running it.")
    @Argument(help: "The .cells file to check.") var file: String
    func run() throws { throw ValidationError("not implemented yet") }
}
