/// Comparisons (giving bool masks), logical mask ops, and selection by mask: where and masked_fill.
extension Tensor {
    /// Comparison operators, applied elementwise with broadcasting.
    public enum Comparison: Sendable { case equal, notEqual, less, lessOrEqual, greater, greaterOrEqual }

    /// A bool mask of `self <op> other` (any dtypes, compared as numbers).
    public func compare(_ comparison: Comparison, _ other: Tensor) throws -> Tensor {
        let shape = try Tensor.broadcastShape(self.shape, other.shape, "compare")
        // Reduced floats compare in their result type, so a float32 0-dim operand is rounded first.
        let type = Tensor.resultType(self, other)
        let (a, b) = type.isReducedFloat ? (converted(to: type), other.converted(to: type)) : (self, other)
        return try Tensor.comparePairs(comparison, a.detached().expand(shape), b.detached().expand(shape))
    }

    /// A bool mask of `self <op> value`.
    public func compare(_ comparison: Comparison, _ value: Double) -> Tensor {
        let exactInteger = !dtype.isFloatingPoint && value == value.rounded() && Swift.abs(value) < 0x1p62
        // A Python number compares in a reduced float tensor's own format, as PyTorch rounds it.
        var scalar = exactInteger ? Tensor(storage: TensorStorage(dtype: .int64, count: 1), shape: []) : Tensor(Float(value)).converted(to: dtype.isReducedFloat ? dtype : .float32)
        if exactInteger { scalar.storage.int64s[0] = Int64(value) }
        scalar.shape = shape
        scalar.strides = [Int](repeating: 0, count: rank)
        return Tensor.comparePairs(comparison, detached(), scalar)
    }

    /// The comparison of two views of one shape, element by element.
    private static func comparePairs(_ comparison: Comparison, _ a: Tensor, _ b: Tensor) -> Tensor {
        let result = TensorStorage(dtype: .bool, count: a.scalarCount)
        var i = 0
        Tensor.forEachPair(a, b) { x, y in
            switch comparison {
            case .equal: result.bools[i] = x == y
            case .notEqual: result.bools[i] = x != y
            case .less: result.bools[i] = x < y
            case .lessOrEqual: result.bools[i] = x <= y
            case .greater: result.bools[i] = x > y
            case .greaterOrEqual: result.bools[i] = x >= y
            }
            i += 1
        }
        return Tensor(storage: result, shape: a.shape)
    }

    /// Whether both tensors broadcast together and every pair of elements satisfies
    /// |a − b| ≤ atol + rtol·|b| (PyTorch's `allclose`; NaNs are never close).
    public func allClose(_ other: Tensor, rtol: Double = 1e-5, atol: Double = 1e-8) -> Bool {
        guard let shape = try? Tensor.broadcastShape(self.shape, other.shape),
              let a = try? detached().expand(shape), let b = try? other.detached().expand(shape) else { return false }
        var close = true
        Tensor.forEachPair(a, b) { x, y in
            if !(Swift.abs(x - y) <= atol + rtol * Swift.abs(y)) && x != y { close = false }
        }
        return close
    }

    /// Elementwise `|a − b| ≤ atol + rtol·|b|` over the broadcast shape (PyTorch's `isclose`):
    /// equal infinities are close, and NaNs only with `equalNaN`.
    public func isClose(_ other: Tensor, rtol: Double = 1e-5, atol: Double = 1e-8, equalNaN: Bool = false) throws -> Tensor {
        let shape = try Tensor.broadcastShape(self.shape, other.shape, "isclose")
        var close: [Bool] = []
        Tensor.forEachPair(try detached().expand(shape), try other.detached().expand(shape)) { x, y in
            close.append(x == y || (equalNaN && x.isNaN && y.isNaN) || (x.isFinite && y.isFinite && Swift.abs(x - y) <= atol + rtol * Swift.abs(y)))
        }
        return try Tensor(bools: close, shape: shape)
    }

    /// Whether any element is nonzero (true for a mask with a true element).
    public func any() -> Bool { toBoolArray().contains(true) }

    /// Whether every element is nonzero (true for an empty tensor).
    public func all() -> Bool { !toBoolArray().contains(false) }

    /// Elementwise logical not of a mask.
    public func logicalNot() -> Tensor { compare(.equal, 0) }

    /// Elementwise logical and of two masks (broadcast).
    public func logicalAnd(_ other: Tensor) throws -> Tensor {
        try (converted(to: .int64) * other.converted(to: .int64)).compare(.notEqual, 0)
    }

    /// Elementwise logical or of two masks (broadcast).
    public func logicalOr(_ other: Tensor) throws -> Tensor {
        try (converted(to: .bool).converted(to: .int64) + other.converted(to: .bool).converted(to: .int64)).compare(.notEqual, 0)
    }

    /// `condition ? a : b` elementwise, all three broadcast together. Gradients flow to `a` where the
    /// condition holds and to `b` elsewhere.
    public static func `where`(_ condition: Tensor, _ a: Tensor, _ b: Tensor) throws -> Tensor {
        let shape = try broadcastShape(broadcastShape(condition.shape, a.shape, "where"), b.shape, "where")
        let mask = try condition.converted(to: .bool).expand(shape).contiguous()
        let x = try a.detached().expand(shape).denseFloat(), y = try b.detached().expand(shape).denseFloat()
        let out = makeFloat(shape, zeroed: false) { o in
            let pm = mask.storage.bools + mask.offset, px = x.floatPointer, py = y.floatPointer
            parallelChunks(mask.scalarCount) { r in for i in r { o[i] = pm[i] ? px[i] : py[i] } }
        }
        let zero = Tensor(0)
        return record(out, "where", [a, b]) { g, needs in
            [needs[0] ? try Tensor.where(mask, g, zero).sumToShape(a.shape) : nil,
             needs[1] ? try Tensor.where(mask, zero, g).sumToShape(b.shape) : nil]
        }
    }

    /// `value` where `mask` is true, `self` elsewhere (mask broadcasts to self's shape).
    public func maskedFill(_ mask: Tensor, _ value: Float) throws -> Tensor {
        guard try Tensor.broadcastShape(shape, mask.shape, "masked_fill") == shape else {
            throw TensorError("masked_fill", "mask of shape \(mask.shape) does not broadcast to the tensor's shape \(shape)")
        }
        return try Tensor.where(mask, Tensor(value), self)
    }

    /// Calls `body` with each pair of elements of two same-shaped views, as Doubles, in row-major order.
    static func forEachPair(_ a: Tensor, _ b: Tensor, _ body: (Double, Double) -> Void) {
        let x = a.contiguous(), y = b.contiguous()
        for i in 0..<x.scalarCount {
            body(x.element(atStorageOffset: x.offset + i), y.element(atStorageOffset: y.offset + i))
        }
    }
}
