import ArgumentParser

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "bench", abstract: "Measure the engine's kernels (use a release build).")
    func run() throws { throw ValidationError("not implemented yet") }
}
