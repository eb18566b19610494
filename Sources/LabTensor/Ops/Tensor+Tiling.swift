/// Building larger tensors from a smaller one: `repeat` (tiling) and the triangular masks
/// `tril`/`triu`. Each is composed from differentiable views and `where`, so the gradient comes
/// from theirs.
extension Tensor {
    /// The tensor tiled `repeats[i]` times along dim i (PyTorch's `Tensor.repeat`). `repeats` may be
    /// longer than the rank; the shape is then padded with leading 1s.
    ///
    /// Shapes: `[s0, ..., sn]` with repeats `[r0, ..., rn]` gives `[r0*s0, ..., rn*sn]`.
    public func repeated(_ repeats: [Int]) throws -> Tensor {
        guard repeats.count >= rank else {
            throw TensorError("repeat", "Number of dimensions of repeat dims can not be smaller than number of dimensions of tensor")
        }
        guard repeats.allSatisfy({ $0 >= 0 }) else { throw TensorError("repeat", "Trying to create tensor with negative dimension") }
        let padded = [Int](repeating: 1, count: repeats.count - rank) + shape
        // [s0, s1] viewed as [1, s0, 1, s1], expanded to [r0, s0, r1, s1], then merged pairwise.
        let interleaved = try reshape(padded.flatMap { [1, $0] })
        let expanded = try interleaved.expand(zip(repeats, padded).flatMap { [$0, $1] })
        return try expanded.contiguous().reshape(zip(repeats, padded).map { $0 * $1 }).recordedAs("RepeatBackward0")
    }

    /// The lower triangle of the last two dims (elements with `col - row <= diagonal`), zeros elsewhere.
    public func tril(diagonal: Int = 0) throws -> Tensor { try triangle(keepBelow: true, diagonal: diagonal, "tril").recordedAs("TrilBackward0") }

    /// The upper triangle of the last two dims (elements with `col - row >= diagonal`), zeros elsewhere.
    public func triu(diagonal: Int = 0) throws -> Tensor { try triangle(keepBelow: false, diagonal: diagonal, "triu").recordedAs("TriuBackward0") }

    private func triangle(keepBelow: Bool, diagonal: Int, _ op: String) throws -> Tensor {
        guard rank >= 2 else { throw TensorError(op, "input tensor must have at least 2 dimensions") }
        let rows = shape[rank - 2], cols = shape[rank - 1]
        var keep = [Bool](repeating: false, count: rows * cols)
        for r in 0..<rows {
            for c in 0..<cols { keep[r * cols + c] = keepBelow ? c - r <= diagonal : c - r >= diagonal }
        }
        let mask = try Tensor(bools: keep, shape: [rows, cols])
        let kept = try Tensor.where(mask, self, Tensor(0))
        return dtype == .float32 ? kept : kept.converted(to: dtype)
    }

    /// Whether each element is NaN (bool, `self`'s shape).
    public func isNaN() throws -> Tensor {
        try Tensor(bools: dtype.isFloatingPoint ? toFloatArray().map(\.isNaN) : [Bool](repeating: false, count: scalarCount), shape: shape)
    }

    /// Whether each element is +inf or -inf (bool, `self`'s shape).
    public func isInfinite() throws -> Tensor {
        try Tensor(bools: dtype.isFloatingPoint ? toFloatArray().map(\.isInfinite) : [Bool](repeating: false, count: scalarCount), shape: shape)
    }
}
