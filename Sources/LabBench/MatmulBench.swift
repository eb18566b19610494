import LabTensor

/// The matrix multiply benchmark: square sizes and the shapes the models use.
public enum MatmulBench {
    public struct Shape {
        public var m: Int, n: Int, k: Int
        public var transB: Bool
        public var label: String
    }

    /// Square sizes, then model shapes. `quick` drops the largest square.
    public static func shapes(quick: Bool) -> [Shape] {
        let squares = (quick ? [128, 256, 512, 1024] : [128, 256, 512, 1024, 2048])
            .map { Shape(m: $0, n: $0, k: $0, transB: false, label: "square") }
        return squares + [
            Shape(m: 2048, n: 384, k: 128, transB: false, label: "qkv projection"),
            Shape(m: 2048, n: 512, k: 512, transB: false, label: "dense layer"),
            Shape(m: 16, n: 1024, k: 512, transB: false, label: "small batch"),
            Shape(m: 16, n: 1024, k: 512, transB: true, label: "small batch, Linear (x·Wᵀ)"),
            Shape(m: 1, n: 32128, k: 512, transB: true, label: "logits, one token (x·Wᵀ)"),
        ]
    }

    /// Measures `shape` with `threads` threads; `budget` is the seconds spent timing it.
    public static func measure(_ shape: Shape, threads: Int, budget: Double) -> MatmulResult {
        let saved = Parallel.threadCount
        Parallel.threadCount = threads
        defer { Parallel.threadCount = saved }
        let a = randomMatrix(count: shape.m * shape.k, seed: 1)
        let b = randomMatrix(count: shape.k * shape.n, seed: 2)
        var c = [Float](repeating: 0, count: shape.m * shape.n)
        let best = a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                c.withUnsafeMutableBufferPointer { c in
                    BenchTimer.best(budget: budget) {
                        GEMM.sgemm(transA: false, transB: shape.transB, m: shape.m, n: shape.n, k: shape.k, alpha: 1,
                                   a: a.baseAddress!, lda: shape.k, b: b.baseAddress!, ldb: shape.transB ? shape.k : shape.n,
                                   beta: 0, c: c.baseAddress!, ldc: shape.n)
                    }
                }
            }
        }
        let flops = 2 * Double(shape.m) * Double(shape.n) * Double(shape.k)
        return MatmulResult(m: shape.m, n: shape.n, k: shape.k, transB: shape.transB, label: shape.label,
                            threads: threads, gflops: flops / best.wall / 1e9, milliseconds: best.wall * 1e3,
                            cpuGflops: threads == 1 ? flops / best.threadCPU / 1e9 : nil)
    }

    /// Uniform values in [-1, 1) from a fixed linear congruential sequence.
    static func randomMatrix(count: Int, seed: UInt64) -> [Float] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Float(state >> 40) / Float(1 << 23) - 1
        }
    }
}
