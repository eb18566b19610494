import ArgumentParser
import Foundation
import LabScript
import LabBench

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure the engine's kernels (use a release build).",
        discussion: """
            Prints the instruction set the build targets, matmul GFLOP/s and the time of an attention \
            block and an MLP (forward, forward+backward), with one thread and with all threads \
            (LABRUN_THREADS or --threads); then, unless --quick, the flan-t5-small-sized model cases: \
            forward and forward+backward at batch 16 × 128 query × 32 response tokens, a PPO-step \
            estimate, and sampled tokens/s for 1 and 16 prompts.
            """)

    @Flag(help: "Print JSON for machines instead of a table.") var json = false
    @Option(help: "Threads for the all-threads column (default: LABRUN_THREADS or the core count).") var threads: Int?
    @Flag(help: "Fewer shapes and shorter timing.") var quick = false
    @Flag(name: .customLong("t5-only"), help: "Only the flan-t5-small-sized model cases.") var t5Only = false

    func validate() throws {
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
    }

    func run() throws {
        #if DEBUG
        SystemIO.write("warning: this is a debug build; benchmark numbers are meaningless (use `swift build -c release`).\n", to: STDERR_FILENO)
        #endif
        let report = try Bench.run(.init(threads: threads, quick: quick, onlyT5: t5Only))
        if json {
            print(try report.jsonText())
        } else {
            print(report.table())
        }
        if let warning = report.warning { SystemIO.write(warning + "\n", to: STDERR_FILENO) }
    }
}
