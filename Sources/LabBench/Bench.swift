import LabTensor

/// Runs the benchmarks behind `labrun bench`.
public enum Bench {
    public struct Options {
        /// Threads for the all-threads column (default: `Parallel.threadCount`).
        public var threads: Int?
        /// Fewer shapes and shorter timing, for a quick look.
        public var quick: Bool

        public init(threads: Int? = nil, quick: Bool = false) {
            self.threads = threads
            self.quick = quick
        }
    }

    /// Measures every matmul shape and block with one thread and with all threads, then (unless
    /// quick) the flan-t5-small-sized model cases with all threads.
    public static func run(_ options: Options) throws -> BenchReport {
        let threads = max(1, options.threads ?? Parallel.threadCount)
        let budget = options.quick ? 0.1 : 0.5
        let threadCounts = threads == 1 ? [1] : [1, threads]
        var matmul: [MatmulResult] = []
        for shape in MatmulBench.shapes(quick: options.quick) {
            for count in threadCounts {
                matmul.append(MatmulBench.measure(shape, threads: count, budget: budget))
            }
        }
        var blocks: [BlockResult] = []
        for count in threadCounts {
            blocks += try BlockBench.measure(threads: count, budget: budget)
        }
        let t5 = options.quick ? nil : try T5Bench.measure(threads: threads, budget: budget)
        return BenchReport(isa: CPUFeatures.summary, warning: CPUFeatures.buildWarning, threads: threads,
                           matmul: matmul, blocks: blocks, t5: t5)
    }
}
