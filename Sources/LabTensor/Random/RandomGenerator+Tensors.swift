/// Random tensors drawn from a ``RandomGenerator``: uniform, normal, bernoulli masks, permutations
/// and categorical sampling. Elements are drawn in row-major order, so a seed fixes every value.
extension RandomGenerator {
    /// Uniform in `[low, high)`.
    public mutating func uniform(_ shape: [Int], low: Float = 0, high: Float = 1) throws -> Tensor {
        try Tensor.checkShape(shape, "uniform")
        return Tensor.makeFloat(shape, zeroed: false) { p in for i in 0..<shape.reduce(1, *) { p[i] = low + (high - low) * nextFloat() } }
    }

    /// Normal with the given mean and standard deviation. Elements are drawn in pairs from one
    /// Box–Muller transform (cosine then sine), in row-major order.
    public mutating func normal(_ shape: [Int], mean: Float = 0, std: Float = 1) throws -> Tensor {
        try Tensor.checkShape(shape, "normal")
        let count = shape.reduce(1, *)
        return Tensor.makeFloat(shape, zeroed: false) { p in
            for i in stride(from: 0, to: count, by: 2) {
                let (first, second) = nextNormalPair()
                p[i] = mean + std * Float(first)
                if i + 1 < count { p[i + 1] = mean + std * Float(second) }
            }
        }
    }

    /// A bool mask whose elements are true with probability `p`.
    public mutating func bernoulli(_ shape: [Int], p: Float) throws -> Tensor {
        try Tensor.mask(shape, "bernoulli") { nextFloat() < p }
    }

    /// A uniformly random permutation of `0..<n` as Swift Ints.
    public mutating func permutationIndices(_ n: Int) -> [Int] {
        var values = Array(0..<Swift.max(n, 0))
        for i in stride(from: values.count - 1, to: 0, by: -1) { values.swapAt(i, next(below: i + 1)) }
        return values
    }

    /// Draws `count` indices per row of non-negative `weights` (`[n]` or `[rows, n]`, need not sum to
    /// 1), with or without replacement, shaped as PyTorch's `multinomial` (int64, `[count]` or `[rows, count]`).
    public mutating func multinomial(_ weights: Tensor, count: Int, replacement: Bool = false) throws -> Tensor {
        let checked = try MultinomialWeights(weights, count: count, replacement: replacement)
        var picks: [Int64] = []
        for row in 0..<checked.rows {
            var w = checked.row(row).map(Double.init)
            for _ in 0..<count {
                guard let pick = drawCategory(w) else { throw TensorError("multinomial", "invalid multinomial distribution (sum of probabilities <= 0)") }
                picks.append(Int64(pick))
                if !replacement { w[pick] = 0 }
            }
        }
        return try Tensor(int64: picks, shape: checked.resultShape)
    }

    /// One index drawn with probability proportional to `weights`; nil if they sum to 0.
    private mutating func drawCategory(_ weights: [Double]) -> Int? {
        let total = weights.reduce(0, +)
        guard total > 0 else { return nil }
        let target = nextDouble() * total
        var running = 0.0
        for (i, w) in weights.enumerated() where w > 0 {
            running += w
            if target < running { return i }
        }
        return weights.lastIndex { $0 > 0 }
    }
}
