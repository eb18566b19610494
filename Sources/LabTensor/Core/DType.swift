/// The element types a ``Tensor`` can hold.
///
/// Compute happens in `float32`; `int64`/`int32` hold token ids and indices; `uint8` holds bytes
/// (torch's random state); `bool` holds masks.
/// Half-precision checkpoints are widened to `float32` when loaded (see `Tensor(float16Bits:shape:)`).
public enum DType: String, Sendable, Codable, CaseIterable {
    case float32
    case int64
    case int32
    case uint8
    case bool

    /// Bytes per element in storage.
    public var elementSize: Int {
        switch self {
        case .float32, .int32: return 4
        case .int64: return 8
        case .uint8, .bool: return 1
        }
    }

    /// Whether the elements are integers (uint8, int32, int64; bool is not).
    public var isIntegral: Bool { self == .int64 || self == .int32 || self == .uint8 }

    /// PyTorch's name for the dtype, as printed in `dtype=torch.int64`.
    public var torchName: String {
        switch self {
        case .float32: return "torch.float32"
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
        case .int64: return "Long"
        case .int32: return "Int"
        case .uint8: return "Byte"
        case .bool: return "Bool"
        }
    }
}

// MARK: - Type promotion

extension DType {
    /// Bool < integer < floating point: a result takes the highest category among its operands.
    var category: Int { self == .bool ? 0 : (isIntegral ? 1 : 2) }

    /// `torch.promote_types`: the smaller dtype that holds both (bool < uint8 < int32 < int64 < float32).
    public static func promoted(_ a: DType, _ b: DType) -> DType {
        let order: [DType] = [.bool, .uint8, .int32, .int64, .float32]
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
