/// The weights `multinomial` draws from (`[n]` or `[rows, n]`, non-negative, each row with a
/// positive sum, need not sum to 1), checked in the order PyTorch checks them and with its words.
struct MultinomialWeights {
    /// All rows, row-major.
    let values: [Float]
    let rows: Int
    let categories: Int
    /// The result's shape: `[count]` or `[rows, count]`.
    let resultShape: [Int]

    /// Checks `weights` for drawing `count` samples; `replacement` chooses PyTorch's checks (the
    /// element-wise ones of its cumulative kernel, or the whole-tensor ones of its exponential race,
    /// which also serves one sample with replacement).
    init(_ weights: Tensor, count: Int, replacement: Bool) throws {
        guard weights.rank == 1 || weights.rank == 2 else { throw TensorError("multinomial", "prob_dist must be 1 or 2 dim") }
        guard weights.dtype.isFloatingPoint else {
            throw TensorError("multinomial", "multinomial only supports floating-point dtypes for input, got: \(weights.dtype.scalarName)")
        }
        guard count > 0 else { throw TensorError("multinomial", "cannot sample n_sample <= 0 samples") }
        categories = weights.shape.last!
        rows = weights.rank == 1 ? 1 : weights.shape[0]
        guard replacement || count <= categories else {
            throw TensorError("multinomial", "cannot sample n_sample > prob_dist.size(-1) samples without replacement")
        }
        values = weights.toFloatArray()
        resultShape = weights.rank == 1 ? [count] : [rows, count]
        if replacement && count > 1 {
            for value in values {
                guard value >= 0 else { throw TensorError("multinomial", "invalid multinomial distribution (encountering probability entry < 0)") }
                guard value.isFinite else { throw TensorError("multinomial", "invalid multinomial distribution (encountering probability entry = infinity or NaN)") }
            }
        } else if !values.allSatisfy({ $0 >= 0 && $0 < .infinity }) {
            throw TensorError("multinomial", "probability tensor contains either `inf`, `nan` or element < 0")
        }
        for row in 0..<rows where !self.row(row).contains(where: { $0 > 0 }) {
            throw TensorError("multinomial", "invalid multinomial distribution (sum of probabilities <= 0)")
        }
        if !replacement, (0..<rows).contains(where: { self.row($0).filter { $0 > 0 }.count < count }) {
            throw TensorError("multinomial", "multinomial without replacement of more samples than a row has positive weights "
                              + "(drawing zero-probability categories) is not supported by labrun")
        }
    }

    /// The weights of one row.
    func row(_ row: Int) -> ArraySlice<Float> { values[row * categories ..< (row + 1) * categories] }
}
