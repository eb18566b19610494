/// Random fills of an existing tensor (`normal_`, `uniform_`), which PyTorch draws in the order the
/// elements lie in memory. A contiguous tensor is filled in row-major order by the same kernels as
/// `randn`/`rand`. A non-contiguous view (a transpose, a strided slice) is visited dimension by
/// dimension from the largest stride to the smallest, as PyTorch's TensorIterator orders a written
/// tensor, and `normal_` then draws every element as a scalar normal, since its vector kernel needs
/// a contiguous tensor.
extension TorchGenerator {
    /// New values for every element of `view` (`view.normal_(mean, std)`), as a dense tensor of its shape.
    public mutating func normal(filling view: Tensor, mean: Double = 0, std: Double = 1) throws -> Tensor {
        if view.isContiguous { return try normal(view.shape, mean: mean, std: std) }
        let order = try view.memoryOrder("normal_")
        let drawn = Tensor.makeFloat(order.shape, zeroed: false) { p in
            for i in 0..<view.scalarCount { p[i] = Float(normal() * std + mean) }
        }
        return try order.restore(drawn)
    }

    /// New values for every element of `view` (`view.uniform_(from, to)`), as a dense tensor of its shape.
    public mutating func uniform(filling view: Tensor, from: Float = 0, to: Float = 1) throws -> Tensor {
        if view.isContiguous { return try uniform(view.shape, from: from, to: to) }
        let order = try view.memoryOrder("uniform_")
        return try order.restore(try uniform(order.shape, from: from, to: to))
    }
}

/// The dimensions of a view sorted from the largest stride to the smallest (ties, which only
/// size-1 dimensions can have, keep their order): the order in which its elements lie in storage.
struct MemoryOrder {
    /// The view's dimensions, outermost in memory first.
    let dims: [Int]
    /// The view's sizes in that order.
    let shape: [Int]

    /// Dense `values` of ``shape`` (memory order) rearranged into the view's own dimension order, densely.
    func restore(_ values: Tensor) throws -> Tensor {
        var inverse = [Int](repeating: 0, count: dims.count)
        for (i, dim) in dims.enumerated() { inverse[dim] = i }
        return try values.permute(inverse).contiguous()
    }
}

extension Tensor {
    /// The memory order of this view's elements. A view in which two elements share one storage
    /// element (an `expand`ed dimension) cannot be written, as in PyTorch.
    func memoryOrder(_ op: String) throws -> MemoryOrder {
        if zip(shape, strides).contains(where: { $0 > 1 && $1 == 0 }) {
            throw TensorError(op, "unsupported operation: more than one element of the written-to tensor refers to a single memory location. Please clone() the tensor before performing the operation.")
        }
        let dims = shape.indices.sorted { strides[$0] != strides[$1] ? strides[$0] > strides[$1] : $0 < $1 }
        return MemoryOrder(dims: dims, shape: dims.map { shape[$0] })
    }
}
