/// Dtype conversion, dense copies, and the half-precision formats checkpoints are stored in.
extension Tensor {
    /// A row-major dense tensor with the same elements; `self` when already dense.
    /// Differentiable (the gradient passes through unchanged).
    public func contiguous() -> Tensor {
        if isContiguous { return self }
        let out = Tensor(storage: denseCopyOfStorage(), shape: shape)
        return Tensor.record(out, "contiguous", [self]) { g, _ in [g] }
    }

    /// A storage holding this view's elements densely in row-major order.
    func denseCopyOfStorage() -> TensorStorage {
        let result = TensorStorage(dtype: dtype, count: scalarCount, zeroed: false)
        switch dtype {
        case .float32, .float16, .bfloat16: gatherStrided(storage.floats, shape: shape, strides: strides, offset: offset, into: result.floats)
        case .int64: gatherStrided(storage.int64s, shape: shape, strides: strides, offset: offset, into: result.int64s)
        case .int32: gatherStrided(storage.int32s, shape: shape, strides: strides, offset: offset, into: result.int32s)
        case .uint8: gatherStrided(storage.uint8s, shape: shape, strides: strides, offset: offset, into: result.uint8s)
        case .bool: gatherStrided(storage.bools, shape: shape, strides: strides, offset: offset, into: result.bools)
        }
        return result
    }

    /// The elements converted to another dtype (PyTorch's `.to(dtype)` on x86): floats truncate
    /// toward zero when converted to integers (NaN and values out of int64's or int32's range give
    /// its minimum; uint8 keeps the low 8 bits, so -1 becomes 255 and 300.0 becomes 44), integers
    /// narrow by keeping their low bits, nonzero becomes `true`, and float16/bfloat16 round to
    /// nearest even. Converting to the same dtype is the identity; between float dtypes the
    /// gradient flows back (converted to the source's dtype).
    public func converted(to target: DType) -> Tensor {
        if target == dtype { return self }
        if dtype.isFloatingPoint && target.isFloatingPoint {
            let out = target.isReducedFloat ? rounded(into: target) : Tensor(storage: detached().float32CopyOfStorage(), shape: shape)
            return Tensor.record(out, "to", [self], narrowing: false) { g, _ in [g] }
        }
        let source = contiguous()
        let count = scalarCount
        let result = TensorStorage(dtype: target, count: count)
        for i in 0..<count {
            let v = source.element(atStorageOffset: source.offset + i)
            // Integers convert from their exact value, floats from their truncation.
            let n = dtype.isFloatingPoint ? Int64(x86Truncating: v) : source.integerElement(atStorageOffset: source.offset + i)
            switch target {
            case .float32, .float16, .bfloat16: result.floats[i] = dtype.isFloatingPoint ? Float(v) : Float(n)
            case .int64: result.int64s[i] = n
            case .int32: result.int32s[i] = dtype.isFloatingPoint && Int64(Int32(truncatingIfNeeded: n)) != n ? .min : Int32(truncatingIfNeeded: n)
            case .uint8: result.uint8s[i] = UInt8(truncatingIfNeeded: n)
            case .bool: result.bools[i] = v != 0
            }
        }
        roundInPlace(result.floats, count: count, to: target)
        return Tensor(storage: result, shape: shape)
    }

    /// A float32 storage holding this float tensor's elements densely in row-major order.
    private func float32CopyOfStorage() -> TensorStorage {
        let dense = denseCopyOfStorage()
        let result = TensorStorage(dtype: .float32, count: dense.count, zeroed: false)
        result.floats.update(from: dense.floats, count: dense.count)
        return result
    }

    /// The tensor itself when it is floating point (float32, float16, bfloat16), else as float32: how
    /// PyTorch promotes integer and bool inputs of float-valued ops.
    public func floatingPoint() -> Tensor { dtype.isFloatingPoint ? self : converted(to: .float32) }

    /// The tensor as float32 (PyTorch's `.float()`).
    public func float() -> Tensor { converted(to: .float32) }

    /// A tensor as floating point if needed (float16/bfloat16 stay as they are: their elements sit in
    /// float32 slots), laid out densely: the form the float kernels read. An op that records its
    /// result over this tensor rounds the result back to a reduced float (see `record`).
    func denseFloat() -> Tensor { floatingPoint().contiguous() }
}

// MARK: - Raw bytes (little-endian, as safetensors stores them)

extension Tensor {
    /// A float32 tensor from IEEE half-precision bit patterns.
    public init(float16Bits bits: [UInt16], shape: [Int]) throws {
        try Tensor.checkCount(bits.count, shape, "float16")
        self = Tensor.makeFloat(shape) { p in for (i, b) in bits.enumerated() { p[i] = floatFromHalfBits(b) } }
    }

    /// A float32 tensor from bfloat16 bit patterns (the top 16 bits of a float32).
    public init(bfloat16Bits bits: [UInt16], shape: [Int]) throws {
        try Tensor.checkCount(bits.count, shape, "bfloat16")
        self = Tensor.makeFloat(shape) { p in for (i, b) in bits.enumerated() { p[i] = Float(bitPattern: UInt32(b) << 16) } }
    }

    /// A tensor from little-endian raw bytes of the given stored format. `bytes` need not be aligned.
    /// F16 and BF16 are widened to float32.
    public init(rawBytes bytes: UnsafeRawBufferPointer, format: StoredFormat, shape: [Int]) throws {
        let count = shape.reduce(1, *)
        guard shape.allSatisfy({ $0 >= 0 }), bytes.count == count * format.byteWidth else {
            throw TensorError("from bytes", "\(bytes.count) bytes do not hold a \(format) tensor of shape \(shape)")
        }
        switch format {
        case .float32:
            self = Tensor.makeFloat(shape) { p in for i in 0..<count { p[i] = Float(bitPattern: UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: 4 * i, as: UInt32.self))) } }
        case .float16:
            self = Tensor.makeFloat(shape) { p in for i in 0..<count { p[i] = floatFromHalfBits(UInt16(littleEndian: bytes.loadUnaligned(fromByteOffset: 2 * i, as: UInt16.self))) } }
        case .bfloat16:
            self = Tensor.makeFloat(shape) { p in for i in 0..<count { p[i] = Float(bitPattern: UInt32(UInt16(littleEndian: bytes.loadUnaligned(fromByteOffset: 2 * i, as: UInt16.self))) << 16) } }
        case .int64:
            let storage = TensorStorage(dtype: .int64, count: count)
            for i in 0..<count { storage.int64s[i] = Int64(littleEndian: bytes.loadUnaligned(fromByteOffset: 8 * i, as: Int64.self)) }
            self.init(storage: storage, shape: shape)
        case .int32:
            let storage = TensorStorage(dtype: .int32, count: count)
            for i in 0..<count { storage.int32s[i] = Int32(littleEndian: bytes.loadUnaligned(fromByteOffset: 4 * i, as: Int32.self)) }
            self.init(storage: storage, shape: shape)
        case .bool:
            let storage = TensorStorage(dtype: .bool, count: count)
            for i in 0..<count { storage.bools[i] = bytes[i] != 0 }
            self.init(storage: storage, shape: shape)
        }
    }

    /// The elements as little-endian bytes of a stored format (float tensors narrow to F16/BF16 with
    /// round-to-nearest-even; other dtypes are converted first).
    public func rawBytes(as format: StoredFormat) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(scalarCount * format.byteWidth)
        func append<I: FixedWidthInteger>(_ v: I) { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
        switch format {
        case .float32: for v in toFloatArray() { append(v.bitPattern) }
        case .float16: for v in toFloatArray() { append(halfBitsFromFloat(v)) }
        case .bfloat16: for v in toFloatArray() { append(bfloat16BitsFromFloat(v)) }
        case .int64: for v in toInt64Array() { append(v) }
        case .int32: for v in toInt64Array() { append(Int32(truncatingIfNeeded: v)) }
        case .bool: for v in toBoolArray() { out.append(v ? 1 : 0) }
        }
        return out
    }
}

/// The element formats tensors are stored in on disk (safetensors' dtypes F32, F16, BF16, I64, I32, BOOL).
public enum StoredFormat: String, Sendable, CaseIterable {
    case float32, float16, bfloat16, int64, int32, bool

    /// Bytes per element on disk.
    public var byteWidth: Int {
        switch self {
        case .float32, .int32: return 4
        case .float16, .bfloat16: return 2
        case .int64: return 8
        case .bool: return 1
        }
    }
}

/// IEEE binary16 → binary32, exact (subnormals, infinities and NaN included).
public func floatFromHalfBits(_ h: UInt16) -> Float {
    let sign = UInt32(h & 0x8000) << 16
    let exponent = Int((h >> 10) & 0x1F)
    let mantissa = UInt32(h & 0x3FF)
    if exponent == 0x1F { return Float(bitPattern: sign | 0x7F80_0000 | (mantissa << 13)) }
    if exponent == 0 {
        let magnitude = Float(mantissa) * 0x1p-24
        return sign == 0 ? magnitude : -magnitude
    }
    return Float(bitPattern: sign | UInt32(exponent - 15 + 127) << 23 | (mantissa << 13))
}

/// binary32 → binary16 with round-to-nearest-even; overflow gives infinity, NaN stays NaN.
public func halfBitsFromFloat(_ f: Float) -> UInt16 { halfBitsFromDouble(Double(f)) }

/// binary64 → binary16 with one round-to-nearest-even (as pyarrow casts a double to halffloat);
/// overflow gives infinity, NaN stays NaN.
public func halfBitsFromDouble(_ d: Double) -> UInt16 {
    let sign: UInt16 = d.sign == .minus ? 0x8000 : 0
    if d.isNaN { return sign | 0x7E00 }
    let magnitude = abs(d)
    if magnitude >= 65520 { return sign | 0x7C00 }
    // Subnormal half: the value in units of 2^-24, rounded half to even (1024 units is the
    // smallest normal, whose bits are the same number).
    if magnitude < 0x1p-14 { return sign | UInt16((magnitude * 0x1p24).rounded(.toNearestOrEven)) }
    // Normal half: 1024...2048 units of 2^(exponent - 10); 2048 carries into the exponent.
    let exponent = Int(magnitude.exponent)
    let units = Int((magnitude * Double(sign: .plus, exponent: 10 - exponent, significand: 1)).rounded(.toNearestOrEven))
    return sign | UInt16((exponent + 15) << 10 + units - 1024)
}

/// binary32 → bfloat16 with round-to-nearest-even; NaN stays NaN.
func bfloat16BitsFromFloat(_ f: Float) -> UInt16 {
    if f.isNaN { return UInt16(f.bitPattern >> 16) | 0x40 }
    let bits = f.bitPattern
    let rounding = 0x7FFF + ((bits >> 16) & 1)
    return UInt16((bits &+ rounding) >> 16)
}

extension Int64 {
    /// `value` truncated toward zero; NaN and values outside Int64's range give Int64.min, as x86's
    /// conversion instruction does for PyTorch.
    init(x86Truncating value: Double) {
        if value.isNaN || value < -0x1p63 || value >= 0x1p63 { self = .min } else { self.init(value.rounded(.towardZero)) }
    }
}

extension Tensor {
    /// The float elements rounded to what `format` can hold (round-to-nearest-even), still float32:
    /// what a checkpoint stored in F16/BF16 gives back when loaded. Not differentiable.
    public func rounded(to format: StoredFormat) -> Tensor {
        guard dtype == .float32, format == .float16 || format == .bfloat16 else { return self }
        let bytes = rawBytes(as: format)
        // The byte count always matches the shape, so the initializer cannot fail here.
        return bytes.withUnsafeBytes { (try? Tensor(rawBytes: $0, format: format, shape: shape)) ?? self }
    }
}
