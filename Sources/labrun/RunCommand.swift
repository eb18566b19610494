import ArgumentParser

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run", abstract: "Run a lab's cells in order.")
    @Argument(help: "The .cells file to run.") var file: String
    func run() throws { throw ValidationError("not implemented yet") }
}
