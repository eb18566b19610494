import ArgumentParser
import Foundation
import LabScript
import LabBench

extension PPOStepBench.Size: ExpressibleByArgument {}

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

            With --ppo-step SIZE (tiny, small or base), runs trl's PPO step instead: a T5 with random \
            weights at that size and a value head, LoRA r=32 on q and v (or --full-finetune), batch 16 × \
            128 query × 32 response tokens, mini-batch 4, one epoch; one warm-up step, then --runs \
            steps, and prints the best wall and process CPU time and the peak RSS. \
            scripts/bench/compare_trl.py runs the same step under trl and prints the ratios.
            """)

    @Flag(help: "Print JSON for machines instead of a table.") var json = false
    @Option(help: "Threads for the all-threads column (default: LABRUN_THREADS or the core count).") var threads: Int?
    @Flag(help: "Fewer shapes and shorter timing.") var quick = false
    @Flag(name: .customLong("t5-only"), help: "Only the flan-t5-small-sized model cases.") var t5Only = false
    @Flag(help: "Compare the interpreter with python3 on the programs in DIR.") var python = false
    @Argument(help: ArgumentHelp("The folder of programs for --python.", valueName: "DIR")) var directory: String?
    @Option(help: "Runs per program for --python, or timed steps for --ppo-step; the best counts.") var runs = 3
    @Option(name: .customLong("ppo-step"), help: "Time trl's PPO step on a T5 of this size: tiny, small or base.")
    var ppoStep: PPOStepBench.Size?
    @Flag(name: .customLong("full-finetune"), help: "With --ppo-step: train every weight instead of LoRA adapters.")
    var fullFinetune = false

    func validate() throws {
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
        if runs < 1 { throw ValidationError("--runs must be at least 1") }
        if directory != nil && !python { throw ValidationError("DIR is only used with --python") }
        if fullFinetune && ppoStep == nil { throw ValidationError("--full-finetune is only used with --ppo-step") }
    }

    func run() throws {
        #if DEBUG
        SystemIO.write("warning: this is a debug build; benchmark numbers are meaningless (use `swift build -c release`).\n", to: STDERR_FILENO)
        #endif
        if python { return try runPython() }
        if let ppoStep { return try runPPOStep(ppoStep) }
        let report = try Bench.run(.init(threads: threads, quick: quick, onlyT5: t5Only))
        if json {
            print(try report.jsonText())
        } else {
            print(report.table())
        }
        if let warning = report.warning { SystemIO.write(warning + "\n", to: STDERR_FILENO) }
    }

    private func runPPOStep(_ size: PPOStepBench.Size) throws {
        let options = PPOStepBench.Options(size: size, lora: !fullFinetune, threads: threads, steps: runs)
        let result = try PPOStepBench.measure(options)
        print(json ? try result.jsonText() : result.table())
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
