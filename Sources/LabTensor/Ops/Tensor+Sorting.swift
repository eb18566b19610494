/// Sorting along a dim: `sort`, `argsort` and `topk`. The values are a `gather` of the input at the
/// sorted positions, so their gradient is `gather`'s (scattered back to where each value came from).
extension Tensor {
    /// The elements sorted along `dim` and the int64 positions they came from. Stable: equal
    /// elements keep their order (PyTorch's `stable=True`); NaN sorts as the largest value.
    ///
    /// Shapes: values and indices both have `self`'s shape.
    public func sort(dim: Int = -1, descending: Bool = false) throws -> (values: Tensor, indices: Tensor) {
        let indices = try argsort(dim: dim, descending: descending)
        return (try sortedValues(dim: dim, indices: indices).recordedAs("SortBackward0"), indices)
    }

    /// The positions that sort `self` along `dim` (int64, `self`'s shape).
    public func argsort(dim: Int = -1, descending: Bool = false) throws -> Tensor {
        let axis = try normalizeDim(dim, "sort")
        if rank == 0 { return try Tensor(int64: [0], shape: []) }
        let moved = try detached().transposed(axis, -1).contiguous()
        let n = moved.shape.last!, rows = n == 0 ? 0 : moved.scalarCount / n
        let keys = moved.converted(to: .float32).toFloatArray()
        var order = [Int64](repeating: 0, count: moved.scalarCount)
        for row in 0..<rows {
            let base = row * n
            let sorted = (0..<n).sorted { a, b in
                let x = keys[base + a], y = keys[base + b]
                if x.isNaN || y.isNaN {
                    if x.isNaN == y.isNaN { return a < b }
                    return descending ? x.isNaN : y.isNaN
                }
                if x == y { return a < b }
                return descending ? x > y : x < y
            }
            for (j, i) in sorted.enumerated() { order[base + j] = Int64(i) }
        }
        return try Tensor(int64: order, shape: moved.shape).transposed(axis, -1).contiguous()
    }

    /// The `k` largest (or smallest) elements along `dim`, in sorted order, and their positions.
    ///
    /// Shapes: `self` `[..., n, ...]` gives values and indices `[..., k, ...]`.
    public func topk(_ k: Int, dim: Int = -1, largest: Bool = true) throws -> (values: Tensor, indices: Tensor) {
        let axis = try normalizeDim(dim, "topk")
        let extent = rank == 0 ? 1 : shape[axis]
        guard k >= 0, k <= extent else { throw TensorError("topk", "selected index k out of range") }
        let order = try argsort(dim: axis, descending: largest)
        let indices = rank == 0 ? order : try order.narrow(dim: axis, start: 0, length: k).contiguous()
        return (try sortedValues(dim: axis, indices: indices).recordedAs("TopkBackward0"), indices)
    }

    /// `self` gathered at `indices` along `dim`, in `self`'s dtype.
    private func sortedValues(dim: Int, indices: Tensor) throws -> Tensor {
        if rank == 0 { return self }
        let values = try gather(dim: dim, index: indices)
        return dtype == .float32 ? values : values.converted(to: dtype)
    }
}
