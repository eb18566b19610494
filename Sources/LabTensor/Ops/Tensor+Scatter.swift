/// Writing along a dim at positions an index tensor names: `scatter` (replace), `scatter_add`
/// (accumulate) and `index_add` (accumulate whole slices), each with its gradient next to it.
/// Duplicate positions are written in index order, so with `scatter` the last one wins, as on
/// PyTorch's CPU.
extension Tensor {
    /// `self.scatter(dim, index, src)`: a copy of `self` with `src[i]` written at `index[i]`
    /// along `dim`. `index`, `src` and `self` have one rank; `index` is no larger than `src`, nor
    /// than `self` outside `dim`. Differentiable in `self` (zero where written) and `src`.
    public func scatter(dim: Int, index: Tensor, source: Tensor) throws -> Tensor {
        let axis = try checkScatter(dim: dim, index: index, source: source, "scatter")
        let (out, sites) = try scattered(axis, index, source, accumulate: false)
        return Tensor.record(out, "scatter", [self, source]) { g, needs in
            [needs[0] ? try g.scatter(dim: axis, index: index, value: 0) : nil,
             needs[1] ? try g.gathered(at: sites, into: source.shape) : nil]
        }
    }

    /// `self.scatter(dim, index, value)`: a copy of `self` with `value` at every position `index` names.
    public func scatter(dim: Int, index: Tensor, value: Float) throws -> Tensor {
        let filler = try Tensor.full(index.shape, value)
        let axis = try checkScatter(dim: dim, index: index, source: filler, "scatter")
        let (out, _) = try scattered(axis, index, filler, accumulate: false)
        return Tensor.record(out, "scatter", [self]) { g, _ in [try g.scatter(dim: axis, index: index, value: 0)] }
    }

    /// `self.scatter_add(dim, index, src)`: a copy of `self` with `src[i]` added at `index[i]` along `dim`.
    public func scatterAdd(dim: Int, index: Tensor, source: Tensor) throws -> Tensor {
        let axis = try checkScatter(dim: dim, index: index, source: source, "scatter_add")
        let (out, sites) = try scattered(axis, index, source, accumulate: true)
        return Tensor.record(out, "scatter_add", [self, source]) { g, needs in
            [needs[0] ? g : nil, needs[1] ? try g.gathered(at: sites, into: source.shape) : nil]
        }
    }

    /// `self.index_add(dim, index, source, alpha=)`: `alpha * source[.., k, ..]` added to
    /// `self[.., index[k], ..]`. `index` is 1-D; `source` is `self`'s shape with `index.count` at `dim`.
    public func indexAdd(dim: Int, index: Tensor, source: Tensor, alpha: Float = 1) throws -> Tensor {
        let axis = try normalizeDim(dim, "index_add")
        guard index.rank <= 1 else { throw TensorError("index_add", "index_add_(): Index is supposed to be a vector") }
        var expected = shape
        if rank > 0 { expected[axis] = index.scalarCount }
        guard source.shape == expected || (rank == 0 && source.scalarCount == 1) else {
            throw TensorError("index_add", "source tensor shape must match self tensor shape, excluding the specified dimension. Got self.shape = \(shape) source.shape = \(source.shape)")
        }
        // Each source element's index is index[k] for its coordinate k along `dim`.
        var indexShape = [Int](repeating: 1, count: rank)
        if rank > 0 { indexShape[axis] = index.scalarCount }
        let spread = rank == 0 ? try index.reshape([]) : try index.reshape(indexShape).expand(source.shape).contiguous()
        return try scatterAdd(dim: axis, index: spread, source: alpha == 1 ? source : source * alpha)
    }

    /// Checks ranks, index dtype and sizes with PyTorch's messages; returns the normalized dim.
    private func checkScatter(dim: Int, index: Tensor, source: Tensor, _ op: String) throws -> Int {
        let axis = try normalizeDim(dim, op)
        guard index.dtype == .int64 || index.dtype == .int32 else { throw TensorError(op, "\(op)(): Expected dtype int32/int64 for index") }
        guard index.rank == rank || (rank == 0 && index.rank <= 1) else {
            throw TensorError(op, "Index tensor must have the same number of dimensions as self tensor")
        }
        guard source.rank == rank || (rank == 0 && source.rank <= 1) else {
            throw TensorError(op, "Index tensor must have the same number of dimensions as src tensor")
        }
        let fits = zip(index.shape, source.shape).allSatisfy { $0 <= $1 }
            && index.shape.indices.allSatisfy { $0 == axis || index.shape[$0] <= shape[$0] }
        guard fits else {
            throw TensorError(op, "Expected index \(index.shape) to be no larger than self \(shape) apart from dimension \(axis) and to be no larger size than src \(source.shape)")
        }
        return axis
    }

    /// The result, and for each index element the source offset and result offset it joined.
    private func scattered(_ axis: Int, _ index: Tensor, _ source: Tensor, accumulate: Bool) throws -> (Tensor, [(source: Int, target: Int)]) {
        let bound = rank == 0 ? 1 : shape[axis]
        let positions = index.toInt64Array().map { Int($0) }
        if let bad = positions.first(where: { $0 < 0 || $0 >= bound }) {
            throw TensorError("scatter", "index \(bad) is out of bounds for dimension \(axis) with size \(bound)")
        }
        let sourceStrides = Tensor.contiguousStrides(source.shape), targetStrides = Tensor.contiguousStrides(shape)
        var sites: [(source: Int, target: Int)] = []
        sites.reserveCapacity(positions.count)
        var coords = [Int](repeating: 0, count: index.rank)
        for (i, position) in positions.enumerated() {
            var remaining = i
            for d in index.shape.indices.reversed() { coords[d] = remaining % index.shape[d]; remaining /= index.shape[d] }
            var s = 0, t = 0
            for d in coords.indices where d < sourceStrides.count {
                s += coords[d] * sourceStrides[d]
                t += (d == axis ? position : coords[d]) * targetStrides[d]
            }
            sites.append((s, t))
        }
        let values = source.toFloatArray()
        var result = toFloatArray()
        for site in sites {
            if accumulate { result[site.target] += values[site.source] } else { result[site.target] = values[site.source] }
        }
        return (try Tensor(result, shape: shape), sites)
    }

    /// A tensor of `shape`, zero but at each site's source offset, which holds this gradient's element at its target offset.
    private func gathered(at sites: [(source: Int, target: Int)], into shape: [Int]) throws -> Tensor {
        let g = toFloatArray()
        var out = [Float](repeating: 0, count: shape.reduce(1, *))
        for site in sites { out[site.source] = g[site.target] }
        return try Tensor(out, shape: shape)
    }
}
