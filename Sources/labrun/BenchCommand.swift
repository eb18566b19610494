import ArgumentParser
import Foundation
import LabScript
import LabBench

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure the engine's kernels, or with --python the interpreter against python3 (use a release build).",
        discussion: """
            Prints the instruction set the build targets, matmul GFLOP/s and the time of an attention \
            block and an MLP (forward, forward+backward), with one thread and with all threads \
            (LABRUN_THREADS or --threads); then, unless --quick, the flan-t5-small-sized model cases: \
            forward and forward+backward at batch 16 × 128 query × 32 response tokens, a PPO-step \
            estimate, and sampled tokens/s for 1 and 16 prompts.

            With --python, measures the interpreter instead: runs every *.py program in DIR \
            (default scripts/bench/python) under labrun and under python3 in the same run, and prints \
            each program's CPU time (best of --runs), the labrun/CPython ratio, the geometric mean, and \
            whether the two printed the same bytes. Without python3 it runs labrun only. Exits 1 when \
            an output differs or a program fails.
            """)

    @Flag(help: "Print JSON for machines instead of a table.") var json = false
    @Option(help: "Threads for the all-threads column (default: LABRUN_THREADS or the core count).") var threads: Int?
    @Flag(help: "Fewer shapes and shorter timing.") var quick = false
    @Flag(name: .customLong("t5-only"), help: "Only the flan-t5-small-sized model cases.") var t5Only = false
    @Flag(help: "Compare the interpreter with python3 on the programs in DIR.") var python = false
    @Argument(help: ArgumentHelp("The folder of programs for --python.", valueName: "DIR")) var directory: String?
    @Option(help: "Runs per program for --python; the best CPU time counts.") var runs = 3

    func validate() throws {
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
        if runs < 1 { throw ValidationError("--runs must be at least 1") }
        if directory != nil && !python { throw ValidationError("DIR is only used with --python") }
    }

    func run() throws {
        #if DEBUG
        SystemIO.write("warning: this is a debug build; benchmark numbers are meaningless (use `swift build -c release`).\n", to: STDERR_FILENO)
        #endif
        if python { return try runPython() }
        let report = try Bench.run(.init(threads: threads, quick: quick, onlyT5: t5Only))
        if json {
            print(try report.jsonText())
        } else {
            print(report.table())
        }
        if let warning = report.warning { SystemIO.write(warning + "\n", to: STDERR_FILENO) }
    }

    private func runPython() throws {
        let labrun = Bundle.main.executablePath ?? CommandLine.arguments[0]
        let options = PythonBench.Options(directory: directory ?? "scripts/bench/python", labrun: labrun, runs: runs)
        let report: PythonBench.Report
        do {
            report = try PythonBench.run(options)
        } catch let error as BenchError {
            throw ValidationError(error.description)
        }
        print(report.table())
        if !report.allSame { throw ExitCode(1) }
    }
}
