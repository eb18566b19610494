/// The element types a ``Tensor`` can hold.
///
/// Compute happens in `float32`; `int64`/`int32` hold token ids and indices; `uint8` holds bytes
/// (torch's random state); `bool` holds masks. `float16` and `bfloat16` hold only the values their
/// formats can represent, kept in float32 slots: an op on them computes in float32 and rounds its
/// result to the format (round-to-nearest-even), as PyTorch's CPU kernels do.
public enum DType: String, Sendable, Codable, CaseIterable {
    case float32
    case float16
    case bfloat16
    case int64
    case int32
    case uint8
    case bool

    /// Bytes per element in memory (float16 and bfloat16 live in float32 slots).
    public var elementSize: Int {
        switch self {
        case .float32, .int32, .float16, .bfloat16: return 4
        case .int64: return 8
        case .uint8, .bool: return 1
        }
    }

    /// Bytes per element of the format itself, as PyTorch's `element_size()` reports.
    public var itemSize: Int { isReducedFloat ? 2 : elementSize }

    /// Whether the elements are integers (uint8, int32, int64; bool is not).
    public var isIntegral: Bool { self == .int64 || self == .int32 || self == .uint8 }

    /// Whether the elements are floating point (float32, float16, bfloat16).
    public var isFloatingPoint: Bool { self == .float32 || isReducedFloat }

    /// Whether this is a 16-bit float format, whose values sit in float32 slots rounded to the format.
    public var isReducedFloat: Bool { self == .float16 || self == .bfloat16 }

    /// The format a reduced float is stored in on disk; nil for the other dtypes.
    public var reducedFormat: StoredFormat? {
        switch self {
        case .float16: return .float16
        case .bfloat16: return .bfloat16
        default: return nil
        }
    }

    /// PyTorch's name for the dtype, as printed in `dtype=torch.int64`.
    public var torchName: String {
        switch self {
        case .float32: return "torch.float32"
        case .float16: return "torch.float16"
        case .bfloat16: return "torch.bfloat16"
        case .int64: return "torch.int64"
        case .int32: return "torch.int32"
        case .uint8: return "torch.uint8"
        case .bool: return "torch.bool"
        }
    }

    /// PyTorch's scalar-type name, as in "expected scalar type Float but found Long".
    public var scalarName: String {
        switch self {
        case .float32: return "Float"
        case .float16: return "Half"
        case .bfloat16: return "BFloat16"
        case .int64: return "Long"
        case .int32: return "Int"
        case .uint8: return "Byte"
        case .bool: return "Bool"
        }
    }
}

// MARK: - Type promotion

extension DType {
    /// `torch.can_cast`: whether an in-place op may store a `from` result in a `to` tensor (floats
    /// never go into integers, nor numbers into bools).
    public static func canCast(_ from: DType, to: DType) -> Bool {
        if from.isFloatingPoint && !to.isFloatingPoint { return false }
        if from != .bool && to == .bool { return false }
        return true
    }
}

extension DType {
    /// Bool < integer < floating point: a result takes the highest category among its operands.
    var category: Int { self == .bool ? 0 : (isIntegral ? 1 : 2) }

    /// `torch.promote_types`: the smaller dtype that holds both (bool < uint8 < int32 < int64 <
    /// float16, bfloat16 < float32); float16 with bfloat16 gives float32, which holds both.
    public static func promoted(_ a: DType, _ b: DType) -> DType {
        if a == b { return a }
        if a.isFloatingPoint && b.isFloatingPoint { return .float32 }
        if a.isFloatingPoint || b.isFloatingPoint { return a.isFloatingPoint ? a : b }
        let order: [DType] = [.bool, .uint8, .int32, .int64]
        return order[Swift.max(order.firstIndex(of: a)!, order.firstIndex(of: b)!)]
    }
}

extension Tensor {
    /// PyTorch's `result_type` of two operands: operands with dimensions decide; a 0-dim operand (a
    /// Python number, as the bridge passes one) counts only when its category is higher, so
    /// `uint8_tensor + 1` stays uint8 and `int_tensor * 0.5` is float32.
    public static func resultType(_ a: Tensor, _ b: Tensor) -> DType {
        if (a.rank == 0) == (b.rank == 0) { return DType.promoted(a.dtype, b.dtype) }
        let (dimensioned, scalar) = a.rank == 0 ? (b.dtype, a.dtype) : (a.dtype, b.dtype)
        return scalar.category > dimensioned.category ? DType.promoted(dimensioned, scalar) : dimensioned
    }
}
