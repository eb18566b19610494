/// The element types a ``Tensor`` can hold.
///
/// Compute happens in `float32`; `int64`/`int32` hold token ids and indices; `bool` holds masks.
/// Half-precision checkpoints are widened to `float32` when loaded (see `Tensor(float16Bits:shape:)`).
public enum DType: String, Sendable, Codable, CaseIterable {
    case float32
    case int64
    case int32
    case bool

    /// Bytes per element in storage.
    public var elementSize: Int {
        switch self {
        case .float32, .int32: return 4
        case .int64: return 8
        case .bool: return 1
        }
    }

    /// PyTorch's name for the dtype, as printed in `dtype=torch.int64`.
    public var torchName: String {
        switch self {
        case .float32: return "torch.float32"
        case .int64: return "torch.int64"
        case .int32: return "torch.int32"
        case .bool: return "torch.bool"
        }
    }

    /// PyTorch's scalar-type name, as in "expected scalar type Float but found Long".
    public var scalarName: String {
        switch self {
        case .float32: return "Float"
        case .int64: return "Long"
        case .int32: return "Int"
        case .bool: return "Bool"
        }
    }
}
