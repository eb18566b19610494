import LabTensor

/// Forward and forward+backward time of a transformer attention block and of a small MLP, built from
/// the engine's ops as the models use them.
///
/// Attention block: x [B, T, C] → q, k, v = x·Wᵀ (each [C, C]) → heads [B, H, T, C/H] → softmax(q·kᵀ + bias)·v
/// → merge heads → output projection [C, C] → residual. MLP: x [B, T, C] → linear C→F → GELU → linear
/// F→C → residual. The loss is the sum of the output.
public enum BlockBench {
    public struct Config {
        public var batch = 4, tokens = 128, width = 512, heads = 8, hidden = 1024
        public init() {}
    }

    /// Times both blocks with `threads` threads; `budget` is the seconds spent on each measurement.
    public static func measure(_ config: Config = Config(), threads: Int, budget: Double) throws -> [BlockResult] {
        let saved = Parallel.threadCount
        Parallel.threadCount = threads
        defer { Parallel.threadCount = saved }
        var generator = RandomGenerator(seed: 0)
        let x = try generator.normal([config.batch, config.tokens, config.width])
        let attention = try AttentionWeights(config, &generator)
        let mlp = try MLPWeights(config, &generator)
        let shape = "B=\(config.batch) T=\(config.tokens) C=\(config.width)"
        return [
            try time("attention block", shape + " H=\(config.heads)", threads: threads, budget: budget) {
                try attention.forward(x, config)
            },
            try time("MLP", shape + " F=\(config.hidden)", threads: threads, budget: budget) {
                try mlp.forward(x)
            },
        ]
    }

    private static func time(_ name: String, _ shape: String, threads: Int, budget: Double,
                             _ forward: () throws -> Tensor) throws -> BlockResult {
        var failure: Error?
        let forwardSeconds = BenchTimer.best(budget: budget) {
            do { _ = try withNoGrad { try forward() } } catch { failure = error }
        }
        let stepSeconds = BenchTimer.best(budget: budget) {
            do { try forward().sum().backward() } catch { failure = error }
        }
        if let failure { throw failure }
        return BlockResult(name: name, shape: shape, threads: threads,
                           forwardMilliseconds: forwardSeconds.wall * 1e3, forwardBackwardMilliseconds: stepSeconds.wall * 1e3)
    }

    private struct AttentionWeights {
        var q, k, v, o: Tensor
        var bias: Tensor

        init(_ config: Config, _ generator: inout RandomGenerator) throws {
            func weight() throws -> Tensor {
                var w = try generator.normal([config.width, config.width], std: 0.02)
                w.requiresGrad = true
                return w
            }
            (q, k, v, o) = (try weight(), try weight(), try weight(), try weight())
            bias = try generator.normal([1, config.heads, config.tokens, config.tokens])
        }

        func forward(_ x: Tensor, _ config: Config) throws -> Tensor {
            let (b, t, c, h) = (config.batch, config.tokens, config.width, config.heads)
            func heads(_ w: Tensor) throws -> Tensor {
                try x.linear(weight: w).reshape([b, t, h, c / h]).permute([0, 2, 1, 3])
            }
            let context = try Tensor.scaledDotProductAttention(query: heads(q), key: heads(k), value: heads(v), bias: bias)
            let merged = try context.permute([0, 2, 1, 3]).reshape([b, t, c])
            return try x + merged.linear(weight: o)
        }
    }

    private struct MLPWeights {
        var up, down: Tensor

        init(_ config: Config, _ generator: inout RandomGenerator) throws {
            up = try generator.normal([config.hidden, config.width], std: 0.02)
            down = try generator.normal([config.width, config.hidden], std: 0.02)
            up.requiresGrad = true
            down.requiresGrad = true
        }

        func forward(_ x: Tensor) throws -> Tensor {
            try x + x.linear(weight: up).gelu().linear(weight: down)
        }
    }
}

/// Time of one block: forward alone (no graph recorded) and forward plus backward.
public struct BlockResult: Codable {
    public var name: String
    public var shape: String
    public var threads: Int
    public var forwardMilliseconds: Double
    public var forwardBackwardMilliseconds: Double
}
