/// NumPy's pairwise summation of float64 values (its `add.reduce`): sequential below 8 values,
/// eight interleaved partial sums up to blocks of 128, and halving recursion above. Using the same
/// order makes `np.sum`/`np.mean` agree with NumPy to the last bit.
enum PairwiseSum {
    static func sum(_ values: ArraySlice<Double>) -> Double {
        let n = values.count, base = values.startIndex
        if n < 8 {
            var result = -0.0
            for v in values { result += v }
            return n == 0 ? 0 : result
        }
        if n <= 128 {
            var partial = Array(values[base..<base + 8])
            var i = 8
            while i < n - n % 8 {
                for j in 0..<8 { partial[j] += values[base + i + j] }
                i += 8
            }
            var result = ((partial[0] + partial[1]) + (partial[2] + partial[3])) + ((partial[4] + partial[5]) + (partial[6] + partial[7]))
            while i < n {
                result += values[base + i]
                i += 1
            }
            return result
        }
        var half = n / 2
        half -= half % 8
        return sum(values[base..<base + half]) + sum(values[(base + half)...])
    }
}
