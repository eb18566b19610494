/// Joining tensors: concat along an existing dim and stack along a new one.
extension Tensor {
    /// The tensors joined along `dim`; all other dims must agree. Differentiable in each part.
    public static func concat(_ tensors: [Tensor], dim: Int = 0) throws -> Tensor {
        try concat(tensors, dim: dim, operation: "cat")
    }

    private static func concat(_ tensors: [Tensor], dim: Int, operation: String) throws -> Tensor {
        guard let first = tensors.first else { throw TensorError("cat", "expected a non-empty list of Tensors") }
        let axis = try first.normalizeDim(dim, "cat")
        guard first.rank > 0 else { throw TensorError("cat", "zero-dimensional tensor cannot be concatenated") }
        for (i, t) in tensors.enumerated() {
            guard t.rank == first.rank, (0..<first.rank).allSatisfy({ $0 == axis || t.shape[$0] == first.shape[$0] }) else {
                throw TensorError("cat", "Sizes of tensors must match except in dimension \(axis). Expected \(first.shape) but got \(t.shape) for tensor number \(i) in the list.")
            }
        }
        let dtype = tensors.dropFirst().reduce(first.dtype) { DType.promoted($0, $1.dtype) }
        var shape = first.shape
        shape[axis] = tensors.map { $0.shape[axis] }.reduce(0, +)
        let out = try Tensor.zeros(shape, dtype: dtype)
        var start = 0
        for t in tensors {
            let part = t.detached().converted(to: dtype).contiguous()
            let slot = try out.narrow(dim: axis, start: start, length: t.shape[axis])
            part.copyElements(into: slot)
            start += t.shape[axis]
        }
        let sizes = tensors.map { $0.shape[axis] }
        return record(out, operation, tensors) { g, needs in
            var offset = 0
            return try sizes.indices.map { i in
                defer { offset += sizes[i] }
                return needs[i] ? try g.narrow(dim: axis, start: offset, length: sizes[i]) : nil
            }
        }
    }

    /// The tensors (all of one shape) stacked along a new dim `dim`.
    public static func stack(_ tensors: [Tensor], dim: Int = 0) throws -> Tensor {
        guard let first = tensors.first else { throw TensorError("stack", "expected a non-empty list of Tensors") }
        guard tensors.allSatisfy({ $0.shape == first.shape }) else {
            throw TensorError("stack", "stack expects each tensor to be equal size, but got \(tensors.map(\.shape))")
        }
        let axis = try normalizeDim(dim, rank: first.rank + 1, "stack")
        return try concat(tensors.map { try $0.unsqueeze(axis) }, dim: axis, operation: "stack")
    }

    /// These elements (of `view`'s shape) in `view`'s dtype and layout: a private copy of its
    /// storage, written through its strides and offset. This is what filling `view` in place leaves,
    /// so a transposed view stays transposed and the next in-place fill sees the same memory order.
    /// Records no graph.
    public func laidOut(as view: Tensor) throws -> Tensor {
        guard shape == view.shape else { throw TensorError("copy_", "shape \(shape) does not match the view's shape \(view.shape)") }
        let values = converted(to: view.dtype).contiguous()
        let out = Tensor(storage: view.storage.copy(), shape: view.shape, strides: view.strides, offset: view.offset)
        withExtendedLifetime(values) { values.copyElements(into: out) }
        return out
    }

    /// Writes this dense tensor's elements into the strided view `target` (same shape and dtype).
    func copyElements(into target: Tensor) {
        switch dtype {
        case .float32, .float16, .bfloat16: scatterStrided(floatPointer, into: target.storage.floats, shape: target.shape, strides: target.strides, offset: target.offset)
        case .int64: scatterStrided(storage.int64s + offset, into: target.storage.int64s, shape: target.shape, strides: target.strides, offset: target.offset)
        case .int32: scatterStrided(storage.int32s + offset, into: target.storage.int32s, shape: target.shape, strides: target.strides, offset: target.offset)
        case .uint8: scatterStrided(storage.uint8s + offset, into: target.storage.uint8s, shape: target.shape, strides: target.strides, offset: target.offset)
        case .bool: scatterStrided(storage.bools + offset, into: target.storage.bools, shape: target.shape, strides: target.strides, offset: target.offset)
        }
    }
}
