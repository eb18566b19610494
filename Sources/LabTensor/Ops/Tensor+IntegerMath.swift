/// Powers and clamps of integer tensors that stay exact integers, as PyTorch's integer kernels
/// keep them (the float forms are in `Tensor+Arithmetic.swift` and `Tensor+Pointwise.swift`).
extension Tensor {
    /// `self ** exponent` elementwise for integer or bool operands (broadcast), in their
    /// ``resultType(_:_:)``, by repeated squaring that wraps as PyTorch's does. A negative exponent
    /// is refused with PyTorch's message. No graph (integer tensors have no gradient).
    public func integerPower(_ exponent: Tensor) throws -> Tensor {
        let type = Tensor.resultType(self, exponent)
        let shape = try Tensor.broadcastShape(self.shape, exponent.shape, "pow")
        let bases = try expand(shape).toInt64Array(), powers = try exponent.expand(shape).toInt64Array()
        guard powers.allSatisfy({ $0 >= 0 }) else { throw TensorError("pow", "Integers to negative integer powers are not allowed.") }
        let values = zip(bases, powers).map { base, power in base.wrappingPower(power) }
        return Tensor.wrapping(values, shape: shape, to: type)
    }

    /// The elements of an integer tensor limited to `min...max` (either may be absent), in its dtype.
    public func clampedIntegers(min: Int64?, max: Int64?) -> Tensor {
        let values = toInt64Array().map { v -> Int64 in
            var v = v
            if let min { v = Swift.max(v, min) }
            if let max { v = Swift.min(v, max) }
            return v
        }
        return Tensor.wrapping(values, shape: shape, to: dtype)
    }
}

public extension Int64 {
    /// `self ** exponent` by repeated squaring, wrapping on overflow as int64 multiplication does
    /// (PyTorch's and NumPy's integer power). `exponent` must be at least 0.
    func wrappingPower(_ exponent: Int64) -> Int64 {
        var result: Int64 = 1, square = self, rest = exponent
        while rest > 0 {
            if rest & 1 == 1 { result = result &* square }
            square = square &* square
            rest >>= 1
        }
        return result
    }
}
