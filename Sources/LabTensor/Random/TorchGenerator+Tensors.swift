/// Random tensors drawn as PyTorch's CPU kernels draw them, element by element in row-major order:
/// `rand`/`uniform_`, `randn`/`normal_`, `randint`, `randperm`, `multinomial` and the bernoulli mask
/// of dropout.
extension TorchGenerator {
    /// Uniform float32 in `[from, to)` (`torch.rand`, `uniform_`).
    public mutating func uniform(_ shape: [Int], from: Float = 0, to: Float = 1) throws -> Tensor {
        try Tensor.checkShape(shape, "uniform")
        return Tensor.makeFloat(shape, zeroed: false) { p in
            for i in 0..<shape.reduce(1, *) { p[i] = uniformFloat(from: from, to: to) }
        }
    }

    /// Normal float32 with the given mean and standard deviation (`torch.randn`, `normal_`).
    ///
    /// Below 16 elements each is a scalar normal (``normal()``), scaled in double. From 16 on,
    /// PyTorch's vector kernel: draw one float32 uniform per element, then turn each block of 16 into
    /// normals by Box–Muller in float32, the first 8 as u₁ and the last 8 as u₂ (cosines first, then
    /// sines). A count that is not a multiple of 16 draws 16 more uniforms and recomputes the last 16.
    public mutating func normal(_ shape: [Int], mean: Double = 0, std: Double = 1) throws -> Tensor {
        try Tensor.checkShape(shape, "normal")
        let count = shape.reduce(1, *)
        return Tensor.makeFloat(shape, zeroed: false) { p in
            guard count >= 16 else {
                for i in 0..<count { p[i] = Float(normal() * std + mean) }
                return
            }
            let mean = Float(mean), std = Float(std)
            for i in 0..<count { p[i] = uniformFloat() }
            for start in stride(from: 0, through: count - 16, by: 16) { Self.boxMuller16(p + start, mean: mean, std: std) }
            if count % 16 != 0 {
                let tail = p + (count - 16)
                for i in 0..<16 { tail[i] = uniformFloat() }
                Self.boxMuller16(tail, mean: mean, std: std)
            }
        }
    }

    /// Turns 16 uniforms in place into 16 normals: u₁ = 1 − values[j], u₂ = values[j + 8].
    private static func boxMuller16(_ values: UnsafeMutablePointer<Float>, mean: Float, std: Float) {
        let twoPi = Float(2 * Double.pi)
        for j in 0..<8 {
            let radius = (-2 * VectorNormalMath.log(1 - values[j])).squareRoot()
            let (sine, cosine) = VectorNormalMath.sinCos(twoPi * values[j + 8])
            values[j] = mean.addingProduct(radius * cosine, std)
            values[j + 8] = mean.addingProduct(radius * sine, std)
        }
    }

    /// Integers uniform in `low ..< high` (`torch.randint`), as int64: one 32-bit output reduced
    /// modulo the range per element, or one 64-bit output when the range is 2³² or more.
    public mutating func randint(low: Int, high: Int, shape: [Int]) throws -> Tensor {
        try Tensor.checkShape(shape, "randint")
        guard low < high else { throw TensorError("randint", "random_ expects 'from' to be less than 'to', but got from=\(low) >= to=\(high)") }
        let range = UInt64(bitPattern: Int64(high) &- Int64(low))
        let values = (0..<shape.reduce(1, *)).map { _ -> Int64 in
            let bits = range >= 1 << 32 ? random64() : UInt64(random())
            return Int64(low) &+ Int64(bitPattern: bits % range)
        }
        return try Tensor(int64: values, shape: shape)
    }

    /// A random permutation of `0 ..< n` (`torch.randperm`, int64): for each i from the front,
    /// swap element i with element i + (one 32-bit output mod (n − i)).
    public mutating func randperm(_ n: Int) throws -> Tensor {
        guard n >= 0 else { throw TensorError("randperm", "n must be non-negative, got\(n)") }
        var values = (0..<Int64(n)).map { $0 }
        for i in 0..<Swift.max(n - 1, 0) {
            let offset = Int(random() % UInt32(truncatingIfNeeded: n - i))
            values.swapAt(i, i + offset)
        }
        return try Tensor(int64: values, shape: [n])
    }

    /// A bool mask whose elements are true with probability `p`: one double uniform below `p` each
    /// (PyTorch's `bernoulli_(p)` on CPUs other than Intel's, where it uses MKL's stream instead).
    public mutating func bernoulli(_ shape: [Int], p: Double) throws -> Tensor {
        try Tensor.mask(shape, "bernoulli") { uniformDouble() < p }
    }

    /// Draws `count` category indices per row of non-negative `weights` (`[n]` or `[rows, n]`, float32,
    /// need not sum to 1), as `torch.multinomial` (int64, `[count]` or `[rows, count]`).
    ///
    /// Without replacement, or for one sample, PyTorch's exponential race: q ~ Exp(1) per weight (all
    /// rows first), and the indices of the `count` largest `weight / q`, largest first. With
    /// replacement, per row: the float32 running sum divided by the total, and for each sample the
    /// first bucket whose cumulative value is not below a double uniform. Drawing more samples than a
    /// row has positive weights without replacement is refused (PyTorch then orders the zero-weight
    /// categories as its `topk` orders ties).
    public mutating func multinomial(_ weights: Tensor, count: Int, replacement: Bool = false) throws -> Tensor {
        let checked = try MultinomialWeights(weights, count: count, replacement: replacement)
        let picks = !replacement || count == 1
            ? exponentialRace(checked, count: count)
            : (0..<checked.rows).flatMap { row in cumulativeSearch(Array(checked.row(row)), count: count) }
        return try Tensor(int64: picks, shape: checked.resultShape)
    }

    private mutating func exponentialRace(_ weights: MultinomialWeights, count: Int) -> [Int64] {
        let races = weights.values.map { _ in Float(exponential()) }
        let n = weights.categories
        return (0..<weights.rows).flatMap { row -> [Int64] in
            let keys = (row * n ..< (row + 1) * n).map { weights.values[$0] / races[$0] }
            let order = keys.indices.sorted { keys[$0] != keys[$1] ? keys[$0] > keys[$1] : $0 < $1 }
            return order.prefix(count).map(Int64.init)
        }
    }

    private mutating func cumulativeSearch(_ weights: [Float], count: Int) -> [Int64] {
        var cumulative = [Float](), sum: Float = 0
        for w in weights {
            sum += w
            cumulative.append(sum)
        }
        cumulative = cumulative.map { $0 / sum }
        cumulative[cumulative.count - 1] = 1
        return (0..<count).map { _ in
            let u = uniformDouble()
            var low = 0, high = cumulative.count
            while low < high {
                let mid = low + (high - low) / 2
                if Double(cumulative[mid]) < u { low = mid + 1 } else { high = mid }
            }
            return Int64(low)
        }
    }
}
