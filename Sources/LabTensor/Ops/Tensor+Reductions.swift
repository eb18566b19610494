import Foundation

/// Reductions over dimensions: sum, mean, var, max/argmax, logsumexp, and cumsum.
///
/// Each reduction moves the reduced dims last, views the tensor as rows `[outer, inner]`, and reduces
/// each row on one thread in index order (sums accumulate in Double), so the result does not depend
/// on the thread count.
extension Tensor {
    /// Sum over `dims` (all dims when nil). With `keepDim` the reduced dims stay with size 1.
    /// Integer and bool tensors sum exactly to int64, as in PyTorch (not differentiable).
    public func sum(dims: [Int]? = nil, keepDim: Bool = false) throws -> Tensor {
        try reduceSum(dims, keepDim, mean: false)
    }

    /// Sum over one dim.
    public func sum(dim: Int, keepDim: Bool = false) throws -> Tensor { try sum(dims: [dim], keepDim: keepDim) }

    /// Mean over `dims` (all dims when nil).
    public func mean(dims: [Int]? = nil, keepDim: Bool = false) throws -> Tensor {
        try reduceSum(dims, keepDim, mean: true)
    }

    /// Row sums (or means), accumulated in Double in index order.
    private func reduceSum(_ dims: [Int]?, _ keepDim: Bool, mean: Bool) throws -> Tensor {
        let plan = try ReductionPlan(self, dims, mean ? "mean" : "sum")
        if !dtype.isFloatingPoint && !mean { return try plan.integerRowSums(self).reshape(plan.outputShape(keepDim: keepDim)) }
        let divisor = mean ? Double(plan.inner) : 1
        let out = plan.leadingColumns.map { Tensor.columnSums($0.floatPointer, rows: plan.inner, columns: plan.outer, divisor: divisor) }
            ?? plan.reduceRows { row, n in
            var total = 0.0
            for j in 0..<n { total += Double(row[j]) }
            return Float(total / divisor)
        }
        let result = try out.reshape(plan.outputShape(keepDim: keepDim))
        let inputShape = shape, kept = plan.outputShape(keepDim: true), scale = Float(1 / divisor)
        let name = (mean ? "mean" : "sum") + (dims == nil ? "" : "_dim")
        return Tensor.record(result, name, [self]) { g, _ in
            let spread = try g.reshape(kept).expand(inputShape)
            return [mean ? spread * scale : spread]
        }
    }

    /// Mean over one dim.
    public func mean(dim: Int, keepDim: Bool = false) throws -> Tensor { try mean(dims: [dim], keepDim: keepDim) }

    /// Variance over `dims` (all when nil); `unbiased` divides by N − 1 (PyTorch's default), else by N.
    public func variance(dims: [Int]? = nil, unbiased: Bool = true, keepDim: Bool = false) throws -> Tensor {
        let count = try ReductionPlan(self, dims, "var").inner
        let centered = try self - mean(dims: dims, keepDim: true)
        return try centered.square().sum(dims: dims, keepDim: keepDim) / Float(unbiased ? count - 1 : count)
    }

    /// Variance over one dim.
    public func variance(dim: Int, unbiased: Bool = true, keepDim: Bool = false) throws -> Tensor {
        try variance(dims: [dim], unbiased: unbiased, keepDim: keepDim)
    }

    /// Standard deviation over `dims` (all when nil): the square root of ``variance(dims:unbiased:keepDim:)``.
    public func standardDeviation(dims: [Int]? = nil, unbiased: Bool = true, keepDim: Bool = false) throws -> Tensor {
        try variance(dims: dims, unbiased: unbiased, keepDim: keepDim).sqrt()
    }

    /// Largest element along `dim` and its first index (int64). The gradient goes to that index.
    public func max(dim: Int, keepDim: Bool = false) throws -> (values: Tensor, indices: Tensor) {
        let axis = try normalizeDim(dim, "max")
        let plan = try ReductionPlan(self, [axis], "max")
        guard plan.inner > 0 else { throw TensorError("max", "cannot reduce over a zero-size dimension") }
        let (values, indices) = plan.argReduce(isBetter: { $0 > $1 || ($0.isNaN && !$1.isNaN) })
        let valuesOut = try values.reshape(plan.outputShape(keepDim: keepDim))
        let indicesOut = try indices.reshape(plan.outputShape(keepDim: keepDim))
        let inputShape = shape, keptShape = plan.outputShape(keepDim: true), keptIndices = try indices.reshape(keptShape)
        let result = Tensor.record(valuesOut, "max", [self]) { g, _ in
            [try Tensor.scatterAlong(dim: axis, index: keptIndices, values: g.reshape(keptShape), shape: inputShape)]
        }
        return (result, indicesOut)
    }

    /// Largest element overall (a 0-d tensor). As in PyTorch, the gradient is shared evenly among
    /// all elements equal to the maximum.
    public func max() throws -> Tensor {
        guard scalarCount > 0 else { throw TensorError("max", "operation does not have an identity, so it cannot reduce an empty tensor") }
        let x = detached()
        let out = try x.flatten().max(dim: 0).values
        return Tensor.record(out, "max_all", [self]) { g, _ in
            let ties = try x.compare(.equal, out).float()
            return [try ties * (g / ties.sum())]
        }
    }

    /// Index (int64) of the first largest element along `dim`; over the flattened tensor when nil.
    public func argmax(dim: Int? = nil, keepDim: Bool = false) throws -> Tensor {
        guard let dim else { return try detached().flatten().max(dim: 0).indices }
        return try detached().max(dim: dim, keepDim: keepDim).indices
    }

    /// Smallest element along `dim` and its first index.
    public func min(dim: Int, keepDim: Bool = false) throws -> (values: Tensor, indices: Tensor) {
        let (values, indices) = try (-self).max(dim: dim, keepDim: keepDim)
        return (-values, indices)
    }

    /// log(Σ exp(x)) along `dim`, computed stably; its gradient is softmax(x).
    public func logsumexp(dim: Int, keepDim: Bool = false) throws -> Tensor {
        let plan = try ReductionPlan(self, [dim], "logsumexp")
        let out = plan.reduceRows { row, n in rowLogSumExp(row, n) }
        let result = try out.reshape(plan.outputShape(keepDim: keepDim))
        let x = detached(), kept = try out.reshape(plan.outputShape(keepDim: true))
        return Tensor.record(result, "logsumexp", [self]) { g, _ in
            [try g.reshape(kept.shape) * (x - kept).exp()]
        }
    }

    /// Running sum along `dim`. Floats stay float32 (differentiable); integers and bools give int64.
    public func cumsum(dim: Int) throws -> Tensor {
        let axis = try normalizeDim(dim, "cumsum")
        if rank == 0 { return self }
        let moved = try transposed(axis, -1).detached()
        if !dtype.isFloatingPoint {
            let x = moved.converted(to: .int64).contiguous()
            let n = x.shape.last!, storage = TensorStorage(dtype: .int64, count: x.scalarCount)
            withExtendedLifetime(x) {
                let src = x.storage.int64s + x.offset
                for row in 0..<(n == 0 ? 0 : x.scalarCount / n) {
                    var total: Int64 = 0
                    for j in 0..<n { total &+= src[row * n + j]; storage.int64s[row * n + j] = total }
                }
            }
            return try Tensor(storage: storage, shape: x.shape).transposed(axis, -1).contiguous()
        }
        let x = moved.contiguous(), n = x.shape.last!, rows = n == 0 ? 0 : x.scalarCount / n
        let out = Tensor.makeFloat(x.shape, zeroed: false) { dst in
            let src = x.floatPointer
            parallelChunks(rows, costPerItem: n) { r in
                for row in r {
                    var total = 0.0
                    for j in 0..<n { total += Double(src[row * n + j]); dst[row * n + j] = Float(total) }
                }
            }
        }
        let result = try out.transposed(axis, -1).contiguous()
        return Tensor.record(result, "cumsum", [self]) { g, _ in
            // d/dx_i of Σ_j≤k x_j summed against g: the reversed running sum of g.
            let reversedSums = try g.flip(axis).cumsum(dim: axis).flip(axis)
            return [reversedSums]
        }
    }

    /// The elements in reverse order along `dim` (a copy).
    public func flip(_ dim: Int) throws -> Tensor {
        let axis = try normalizeDim(dim, "flip")
        guard rank > 0, shape[axis] > 1 else { return self }
        var view = detached()
        view.offset += (shape[axis] - 1) * strides[axis]
        view.strides[axis] = -strides[axis]
        let out = Tensor(storage: view.denseCopyOfStorage(), shape: shape)
        return Tensor.record(out, "flip", [self]) { g, _ in [try g.flip(axis)] }
    }
}

/// log Σ exp over a dense row, stable: −inf for an empty or all −inf row.
func rowLogSumExp(_ row: UnsafePointer<Float>, _ n: Int) -> Float {
    let largest = rowMaximum(row, n)
    if largest.isInfinite { return largest }
    return largest + log(sumOfExponentials(row, n, shift: largest, into: nil))
}

/// A tensor viewed as rows: the kept dims (outer) before the reduced dims (inner), densely.
struct ReductionPlan {
    /// The input as dense rows `[outer, inner]` (reduced dims last); nil when ``leadingColumns`` is used.
    private let denseRows: Tensor?
    /// When the reduced dims lead a dense input: that input, read as `[inner, outer]` columns.
    let leadingColumns: Tensor?
    let outer: Int
    let inner: Int
    let keptShape: [Int]
    let reducedDims: Set<Int>
    let inputShape: [Int]

    init(_ tensor: Tensor, _ dims: [Int]?, _ op: String) throws {
        let (order, axes) = try ReductionPlan.order(tensor, dims, op)
        if axes == Set(0..<axes.count), axes.count < tensor.rank, tensor.dtype.isFloatingPoint, tensor.isContiguous {
            (leadingColumns, denseRows) = (tensor.detached(), nil)
        } else {
            let permuted = order == Array(0..<tensor.rank) ? tensor.detached() : try tensor.detached().permute(order)
            (leadingColumns, denseRows) = (nil, permuted.denseFloat())
        }
        keptShape = (0..<tensor.rank).filter { !axes.contains($0) }.map { tensor.shape[$0] }
        outer = keptShape.reduce(1, *)
        inner = axes.map { tensor.shape[$0] }.reduce(1, *)
        reducedDims = axes
        inputShape = tensor.shape
    }

    /// The dim order that puts kept dims before reduced ones, and the reduced dims.
    private static func order(_ tensor: Tensor, _ dims: [Int]?, _ op: String) throws -> ([Int], Set<Int>) {
        let axes = try dims.map { try Set($0.map { try tensor.normalizeDim($0, op) }) } ?? Set(0..<tensor.rank)
        let kept = (0..<tensor.rank).filter { !axes.contains($0) }
        return (kept + (0..<tensor.rank).filter { axes.contains($0) }, axes)
    }

    /// Exact int64 sums of the rows of an integer or bool tensor, `[outer]`.
    func integerRowSums(_ tensor: Tensor) throws -> Tensor {
        let (order, _) = try ReductionPlan.order(tensor, Array(reducedDims), "sum")
        let values = try tensor.permute(order).toInt64Array()
        let storage = TensorStorage(dtype: .int64, count: outer)
        for row in 0..<outer { storage.int64s[row] = values[row * inner ..< (row + 1) * inner].reduce(0, &+) }
        return Tensor(storage: storage, shape: [outer])
    }

    func outputShape(keepDim: Bool) -> [Int] {
        keepDim ? inputShape.indices.map { reducedDims.contains($0) ? 1 : inputShape[$0] } : keptShape
    }

    /// The input as dense rows `[outer, inner]`.
    var rows: Tensor { denseRows ?? leadingColumns!.transposedToRows(inner: inner, outer: outer) }

    /// One float per row, `[outer]`.
    func reduceRows(_ f: (UnsafePointer<Float>, Int) -> Float) -> Tensor {
        let rows = self.rows, n = inner
        return Tensor.makeFloat([outer], zeroed: false) { out in
            let base = rows.floatPointer
            parallelChunks(outer, costPerItem: n) { r in for row in r { out[row] = f(base + row * n, n) } }
        }
    }

    /// The best element of each row and its index (int64), `[outer]` each.
    func argReduce(isBetter: (Float, Float) -> Bool) -> (Tensor, Tensor) {
        let rows = self.rows, n = inner
        let indices = TensorStorage(dtype: .int64, count: outer)
        let values = Tensor.makeFloat([outer]) { out in
            let base = rows.floatPointer
            parallelChunks(outer, costPerItem: n) { r in
                for row in r {
                    let p = base + row * n
                    var best = 0
                    for j in 1..<Swift.max(n, 1) where isBetter(p[j], p[best]) { best = j }
                    out[row] = p[best]
                    indices.int64s[row] = Int64(best)
                }
            }
        }
        return (values, Tensor(storage: indices, shape: [outer]))
    }
}

extension Tensor {
    /// This dense float tensor, read as `[inner, outer]`, rearranged as dense `[outer, inner]` rows.
    fileprivate func transposedToRows(inner: Int, outer: Int) -> Tensor {
        let columns = Tensor(storage: storage, shape: [outer, inner], strides: [1, outer], offset: offset)
        return Tensor(storage: columns.denseCopyOfStorage(), shape: [outer, inner])
    }
}
