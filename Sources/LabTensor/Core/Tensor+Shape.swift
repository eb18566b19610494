/// Views that change shape without copying: reshape, permute, transpose, squeeze/unsqueeze,
/// expand, slicing, select and narrow. Each is differentiable.
extension Tensor {
    /// `dim` resolved against `rank` Python-style (negative counts from the end); a 0-d tensor
    /// accepts dims 0 and −1, as in PyTorch. `op` names the operation in the error.
    public static func normalizeDim(_ dim: Int, rank: Int, _ op: String) throws -> Int {
        let size = Swift.max(rank, 1)
        guard dim >= -size, dim < size else {
            throw TensorError(op, "Dimension out of range (expected to be in range of [\(-size), \(size - 1)], but got \(dim))")
        }
        return dim < 0 ? dim + size : dim
    }

    func normalizeDim(_ dim: Int, _ op: String) throws -> Int { try Tensor.normalizeDim(dim, rank: rank, op) }

    /// The size of dimension `dim` (negative counts from the end), as PyTorch's `size(dim)`.
    public func size(_ dim: Int) throws -> Int {
        let axis = try normalizeDim(dim, "size")
        guard rank > 0 else { throw TensorError("size", "dimension specified as \(dim) but tensor has no dimensions") }
        return shape[axis]
    }

    /// The same elements with another shape; one entry may be -1 (inferred). Shares storage when the
    /// tensor is contiguous, copies otherwise (PyTorch's `reshape`).
    public func reshape(_ newShape: [Int]) throws -> Tensor {
        let resolved = try resolveShape(newShape)
        if resolved == shape { return self }
        let source = contiguous()
        let out = Tensor(storage: source.storage, shape: resolved, strides: Tensor.contiguousStrides(resolved), offset: source.offset)
        let inputShape = shape
        return Tensor.record(out, "reshape", [source]) { g, _ in [try g.reshape(inputShape)] }
    }

    /// PyTorch's `view`: like ``reshape(_:)`` but fails instead of copying a non-contiguous tensor.
    public func view(_ newShape: [Int]) throws -> Tensor {
        guard isContiguous else {
            throw TensorError("view", "view size is not compatible with input tensor's size and stride; use reshape instead")
        }
        return try reshape(newShape)
    }

    /// The tensor as one dimension.
    public func flatten() throws -> Tensor { try reshape([-1]) }

    private func resolveShape(_ newShape: [Int]) throws -> [Int] {
        let inferred = newShape.indices.filter { newShape[$0] == -1 }
        guard inferred.count <= 1, newShape.allSatisfy({ $0 >= -1 }) else {
            throw TensorError("reshape", "invalid shape \(newShape)")
        }
        var resolved = newShape
        if let axis = inferred.first {
            let known = try Tensor.elementCount(newShape.filter { $0 != -1 }, "reshape")
            guard known != 0, scalarCount % known == 0 else {
                throw TensorError("reshape", "shape \(newShape) is invalid for input of size \(scalarCount)")
            }
            resolved[axis] = scalarCount / known
        }
        try Tensor.checkCount(scalarCount, resolved, "reshape")
        return resolved
    }

    /// Reorders the dimensions: result dim i is input dim `dims[i]`.
    public func permute(_ dims: [Int]) throws -> Tensor { try permute(dims, operation: "permute") }

    private func permute(_ dims: [Int], operation: String) throws -> Tensor {
        let axes = try dims.map { try normalizeDim($0, operation) }
        guard axes.count == rank, Set(axes).count == rank else {
            throw TensorError("permute", "number of dims don't match in permute: \(dims) for a tensor of rank \(rank)")
        }
        var out = self
        out.gradNode = nil
        out.shape = axes.map { shape[$0] }
        out.strides = axes.map { strides[$0] }
        var inverse = [Int](repeating: 0, count: rank)
        for (i, axis) in axes.enumerated() { inverse[axis] = i }
        return Tensor.record(out, operation, [self]) { g, _ in [try g.permute(inverse)] }
    }

    /// Swaps two dimensions.
    public func transposed(_ dim0: Int, _ dim1: Int) throws -> Tensor {
        let a = try normalizeDim(dim0, "transpose"), b = try normalizeDim(dim1, "transpose")
        var axes = Array(0..<rank)
        axes.swapAt(a, b)
        return try permute(axes, operation: "transpose")
    }

    /// Swaps the last two dimensions (PyTorch's `mT`; for a matrix, its transpose).
    public func mT() throws -> Tensor {
        guard rank >= 2 else { throw TensorError("mT", "tensor of rank \(rank) has no last two dimensions") }
        return try transposed(-2, -1)
    }

    /// Inserts a dimension of size 1 at `dim` (which may be `rank`, or negative).
    public func unsqueeze(_ dim: Int) throws -> Tensor {
        let axis = try Tensor.normalizeDim(dim, rank: rank + 1, "unsqueeze")
        var out = self
        out.gradNode = nil
        out.shape.insert(1, at: axis)
        out.strides.insert(axis < rank ? strides[axis] * shape[axis] : 1, at: axis)
        return Tensor.record(out, "unsqueeze", [self]) { g, _ in [try g.squeeze(axis)] }
    }

    /// Removes dimension `dim` if its size is 1 (otherwise returns the tensor unchanged, as PyTorch
    /// does); with no dim, removes every size-1 dimension.
    public func squeeze(_ dim: Int? = nil) throws -> Tensor {
        let axes: [Int]
        if let dim {
            let axis = try normalizeDim(dim, "squeeze")
            axes = rank > 0 && shape[axis] == 1 ? [axis] : []
        } else {
            axes = shape.indices.filter { shape[$0] == 1 }
        }
        if axes.isEmpty { return self }
        var out = self
        out.gradNode = nil
        for axis in axes.reversed() {
            out.shape.remove(at: axis)
            out.strides.remove(at: axis)
        }
        let inputShape = shape
        return Tensor.record(out, dim == nil ? "squeeze" : "squeeze_dim", [self]) { g, _ in [try g.reshape(inputShape)] }
    }

    /// Broadcasts size-1 dimensions (and new leading ones) to `newShape` without copying; -1 keeps a size.
    public func expand(_ newShape: [Int]) throws -> Tensor {
        guard newShape.allSatisfy({ $0 >= -1 }) else { throw TensorError("expand", "invalid size in \(newShape)") }
        guard newShape.count >= rank else {
            throw TensorError("expand", "the number of sizes provided (\(newShape.count)) must be greater or equal to the number of dimensions in the tensor (\(rank))")
        }
        let lead = newShape.count - rank
        var outShape = newShape, outStrides = [Int](repeating: 0, count: newShape.count)
        for axis in 0..<newShape.count {
            guard axis >= lead else {
                guard newShape[axis] >= 0 else { throw TensorError("expand", "the expanded size \(newShape[axis]) is not allowed in a leading, non-existing dimension") }
                continue
            }
            let size = shape[axis - lead]
            if newShape[axis] == -1 || newShape[axis] == size {
                outShape[axis] = size
                outStrides[axis] = strides[axis - lead]
            } else if size != 1 {
                throw TensorError("expand", "the expanded size of the tensor (\(newShape[axis])) must match the existing size (\(size)) at non-singleton dimension \(axis). Target sizes: \(newShape). Tensor sizes: \(shape)")
            }
        }
        if outShape == shape { return self }
        _ = try Tensor.elementCount(outShape, "expand")
        var out = self
        out.gradNode = nil
        out.shape = outShape
        out.strides = outStrides
        let inputShape = shape
        return Tensor.record(out, "expand", [self]) { g, _ in [try g.sumToShape(inputShape)] }
    }

    /// This tensor broadcast to `shape` by NumPy's rules (PyTorch's `broadcast_to`), without copying.
    public func broadcast(to shape: [Int]) throws -> Tensor {
        guard try Tensor.broadcastShape(self.shape, shape, "broadcast_to") == shape else {
            throw TensorError("broadcast_to", "shape \(self.shape) cannot be broadcast to \(shape)")
        }
        return try expand(shape)
    }

    /// A view of `dim` restricted to `start..<end` by `step`, with Python slice rules: negative
    /// bounds count from the end, out-of-range bounds are clamped, nil means the whole extent.
    public func slice(dim: Int, start: Int? = nil, end: Int? = nil, step: Int = 1) throws -> Tensor {
        let axis = try normalizeDim(dim, "slice")
        guard rank > 0 else { throw TensorError("slice", "cannot slice a 0-d tensor") }
        guard step > 0 else { throw TensorError("slice", "step must be greater than zero") }
        let size = shape[axis]
        func clamp(_ bound: Int?, _ fallback: Int) -> Int {
            guard var bound else { return fallback }
            if bound < 0 { bound += size }
            return Swift.min(Swift.max(bound, 0), size)
        }
        let lower = clamp(start, 0), upper = Swift.max(clamp(end, size), lower)
        return try view("slice") { base in
            base.offset += lower * base.strides[axis]
            base.shape[axis] = (upper - lower + step - 1) / step
            base.strides[axis] *= step
        }
    }

    /// The slice `start..<start+length` of `dim` (PyTorch's `narrow`); `start` may be negative.
    public func narrow(dim: Int, start: Int, length: Int) throws -> Tensor {
        let axis = try normalizeDim(dim, "narrow")
        let first = start < 0 ? start + shape[axis] : start
        guard first >= 0, length >= 0, first + length <= shape[axis] else {
            throw TensorError("narrow", "start (\(start)) + length (\(length)) exceeds dimension size (\(shape[axis])).")
        }
        return try slice(dim: axis, start: first, end: first + length)
    }

    /// The sub-tensor at `index` of `dim`, which disappears (Python's `x[i]` on that dim).
    public func select(dim: Int, index: Int) throws -> Tensor {
        let axis = try normalizeDim(dim, "select")
        guard rank > 0 else { throw TensorError("select", "invalid index of a 0-dim tensor") }
        let size = shape[axis]
        guard index >= -size, index < size else {
            throw TensorError("select", "index \(index) is out of bounds for dimension \(axis) with size \(size)")
        }
        let position = index < 0 ? index + size : index
        return try view("select") { base in
            base.offset += position * base.strides[axis]
            base.shape.remove(at: axis)
            base.strides.remove(at: axis)
        }
    }

    /// Applies a storage-sharing change of view and records its backward: the gradient is written
    /// into the same view of a zero tensor shaped like the input.
    private func view(_ operation: String, _ change: @escaping (inout Tensor) -> Void) throws -> Tensor {
        var out = self
        out.gradNode = nil
        change(&out)
        let inputShape = shape
        return Tensor.record(out, operation, [self]) { g, _ in
            let base = try Tensor.zeros(inputShape)
            var target = base
            change(&target)
            let dense = g.denseFloat()
            withExtendedLifetime(dense) {
                scatterStrided(dense.floatPointer, into: base.storage.floats, shape: target.shape, strides: target.strides, offset: target.offset)
            }
            return [base]
        }
    }

    /// Sums a broadcast gradient back down to `target` (the shape before broadcasting).
    func sumToShape(_ target: [Int]) throws -> Tensor {
        if shape == target { return self }
        let lead = rank - target.count
        var dims = Array(0..<lead)
        for axis in 0..<target.count where target[axis] == 1 && shape[axis + lead] != 1 { dims.append(axis + lead) }
        let summed = dims.isEmpty ? self : try sum(dims: dims, keepDim: true)
        return try summed.reshape(target)
    }

    /// The shape two shapes broadcast to, by NumPy's rules.
    public static func broadcastShape(_ a: [Int], _ b: [Int], _ op: String = "broadcast") throws -> [Int] {
        let rank = Swift.max(a.count, b.count)
        var result = [Int](repeating: 1, count: rank)
        for i in 0..<rank {
            let x = i < rank - a.count ? 1 : a[i - (rank - a.count)]
            let y = i < rank - b.count ? 1 : b[i - (rank - b.count)]
            guard x == y || x == 1 || y == 1 else {
                throw TensorError(op, "The size of tensor a (\(x)) must match the size of tensor b (\(y)) at non-singleton dimension \(i)")
            }
            result[i] = x == 1 ? y : x
        }
        return result
    }

    /// Strides that read this tensor as if broadcast to `target` (0 along broadcast dims).
    func broadcastStrides(to target: [Int]) -> [Int] {
        let lead = target.count - rank
        return target.indices.map { axis in
            axis < lead || shape[axis - lead] == 1 ? 0 : strides[axis - lead]
        }
    }
}

// MARK: - In-place writes (copy-on-write)

extension Tensor {
    /// Gives `body` a dense, uniquely owned float buffer of this tensor's elements to update in place.
    /// Copies the storage first if it is shared (with a snapshot, a view, or a recorded graph), so no
    /// other tensor sees the change. Keeps the graph node, so a weight keeps its gradient slot.
    /// A float16/bfloat16 tensor keeps its dtype: the written values are rounded to it afterwards.
    public mutating func updateFloats(_ body: (UnsafeMutableBufferPointer<Float>) throws -> Void) rethrows {
        if !dtype.isFloatingPoint || !isContiguous || !isKnownUniquelyReferenced(&storage) || storage.count != scalarCount {
            let node = gradNode
            self = withNoGrad { denseCopy() }
            gradNode = node
        }
        defer { roundInPlace(floatPointer, count: scalarCount, to: dtype) }
        try body(UnsafeMutableBufferPointer(start: floatPointer, count: scalarCount))
    }

    /// A float tensor (float32 unless already floating) with its own fresh storage.
    func denseCopy() -> Tensor {
        let source = dtype.isFloatingPoint ? self : float()
        return Tensor(storage: source.denseCopyOfStorage(), shape: shape)
    }
}
