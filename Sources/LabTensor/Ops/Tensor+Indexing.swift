/// Indexing by index tensors: embedding lookup, gather along a dim, and index_select, each with a
/// backward that adds gradients back into the positions read (duplicates accumulate).
extension Tensor {
    /// Rows of `self` (a `[V, D]` table) picked by integer `ids` of any shape: `[ids..., D]`.
    /// Gradient rows for `paddingIndex` stay zero, as with PyTorch's `padding_idx`.
    public func embedding(_ ids: Tensor, paddingIndex: Int? = nil) throws -> Tensor {
        guard rank == 2 else { throw TensorError("embedding", "weight must be 2-D [num_embeddings, dim], got shape \(shape)") }
        let rows = try ids.validatedIndices(below: shape[0], "embedding")
        let width = shape[1], table = detached().denseFloat()
        let out = Tensor.makeFloat(ids.shape + [width], zeroed: false) { dst in
            let source = table.floatPointer
            parallelChunks(rows.count, costPerItem: width) { r in
                for i in r { (dst + i * width).update(from: source + rows[i] * width, count: width) }
            }
        }
        let tableShape = shape
        return Tensor.record(out, "embedding", [self]) { g, _ in
            let dg = g.denseFloat()
            return [Tensor.makeFloat(tableShape) { dw in
                let pg = dg.floatPointer
                for (i, row) in rows.enumerated() where row != paddingIndex {
                    let target = dw + row * width, source = pg + i * width
                    for j in 0..<width { target[j] += source[j] }
                }
            }]
        }
    }

    /// `out[i][j][k] = self[i][index[i][j][k]][k]` for `dim` 1 (likewise for any dim): PyTorch's
    /// `gather`. `index` has the rank of `self`, and no larger extent than `self` outside `dim`.
    public func gather(dim: Int, index: Tensor) throws -> Tensor {
        let axis = try normalizeDim(dim, "gather")
        guard index.rank == rank else {
            throw TensorError("gather", "Index tensor must have the same number of dimensions as input tensor")
        }
        for d in 0..<rank where d != axis && index.shape[d] > shape[d] {
            throw TensorError("gather", "Size does not match at dimension \(d) expected index \(index.shape) to be smaller than self \(shape) apart from dimension \(axis)")
        }
        let positions = try index.validatedIndices(below: rank == 0 ? 1 : shape[axis], "gather")
        let x = detached().float(), indexShape = index.shape
        let out = Tensor.makeFloat(indexShape) { dst in
            Tensor.forEachIndexedElement(indexShape, positions, axis) { i, coords in
                dst[i] = x.storage.floats[x.storageOffset(coords)]
            }
        }
        let inputShape = shape
        return Tensor.record(out, "gather", [self]) { g, _ in
            [try Tensor.scatterAlong(dim: axis, index: index, values: g, shape: inputShape)]
        }
    }

    /// The slices `index[0], index[1], ...` of `dim`, in that order (PyTorch's `index_select`).
    public func indexSelect(dim: Int, index: Tensor) throws -> Tensor {
        let axis = try normalizeDim(dim, "index_select")
        guard index.rank <= 1 else { throw TensorError("index_select", "index must be a vector, got shape \(index.shape)") }
        let picks = try index.validatedIndices(below: rank == 0 ? 1 : shape[axis], "index_select")
        let moved = try detached().transposed(axis, 0).denseFloat()
        let sliceSize = moved.scalarCount / Swift.max(moved.shape.first ?? 1, 1)
        var outShape = moved.shape
        if rank > 0 { outShape[0] = picks.count }
        let gathered = Tensor.makeFloat(outShape) { dst in
            let source = moved.floatPointer
            for (k, p) in picks.enumerated() { (dst + k * sliceSize).update(from: source + p * sliceSize, count: sliceSize) }
        }
        let out = rank == 0 ? gathered : try gathered.transposed(axis, 0)
        let movedShape = moved.shape
        return Tensor.record(out, "index_select", [self]) { g, _ in
            let dg = try (self.rank == 0 ? g : g.transposed(axis, 0)).denseFloat()
            let summed = Tensor.makeFloat(movedShape) { dst in
                let pg = dg.floatPointer
                for (k, p) in picks.enumerated() {
                    for j in 0..<sliceSize { dst[p * sliceSize + j] += pg[k * sliceSize + j] }
                }
            }
            return [self.rank == 0 ? summed : try summed.transposed(axis, 0)]
        }
    }

    /// A zero tensor of `shape` with `values` added at the positions `index` names along `dim`
    /// (PyTorch's `scatter_add` into zeros). Differentiable in `values`.
    static func scatterAlong(dim axis: Int, index: Tensor, values: Tensor, shape: [Int]) throws -> Tensor {
        let positions = try index.validatedIndices(below: shape.isEmpty ? 1 : shape[axis], "scatter")
        let v = values.denseFloat()
        let target = try Tensor.zeros(shape)
        Tensor.forEachIndexedElement(index.shape, positions, axis) { i, coords in
            target.storage.floats[target.storageOffset(coords)] += v.floatPointer[i]
        }
        return Tensor.record(target, "scatter_add", [values]) { g, _ in [try g.gather(dim: axis, index: index)] }
    }

    /// The integer elements as Ints, each checked to lie in `0..<bound` (negative indices are not
    /// wrapped, as in PyTorch's gather/embedding).
    func validatedIndices(below bound: Int, _ op: String) throws -> [Int] {
        guard dtype == .int64 || dtype == .int32 else {
            throw TensorError(op, "expected an index tensor of dtype int64 or int32, got \(dtype.torchName)")
        }
        let values = toInt64Array().map { Int($0) }
        if let bad = values.first(where: { $0 < 0 || $0 >= bound }) {
            throw TensorError(op, "index \(bad) is out of bounds for dimension with size \(bound)")
        }
        return values
    }

    /// The storage offset of the element at `coords`.
    func storageOffset(_ coords: [Int]) -> Int {
        var result = offset
        for (c, s) in zip(coords, strides) { result += c * s }
        return result
    }

    /// Calls `body(i, coords)` for each element `i` of an index tensor of `shape`, where `coords` is
    /// that element's position with the `axis` coordinate replaced by `positions[i]`.
    static func forEachIndexedElement(_ shape: [Int], _ positions: [Int], _ axis: Int, _ body: (Int, [Int]) -> Void) {
        var coords = [Int](repeating: 0, count: shape.count)
        for i in 0..<positions.count {
            var remaining = i
            for d in shape.indices.reversed() { coords[d] = remaining % shape[d]; remaining /= shape[d] }
            if !shape.isEmpty { coords[axis] = positions[i] }
            body(i, coords)
        }
    }
}
