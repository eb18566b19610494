/// Element types of safetensors files, spelled as in the file header.
///
/// The case order is the format's: increasing alignment, which the writer uses (descending) to lay out
/// tensors as the Python library does.
public enum SafeTensorsDType: String, CaseIterable, Comparable, Sendable {
    case bool = "BOOL", u8 = "U8", i8 = "I8", i16 = "I16", u16 = "U16", f16 = "F16", bf16 = "BF16"
    case i32 = "I32", u32 = "U32", f32 = "F32", f64 = "F64", i64 = "I64", u64 = "U64"

    /// Bytes per element.
    public var byteSize: Int {
        switch self {
        case .bool, .u8, .i8: return 1
        case .i16, .u16, .f16, .bf16: return 2
        case .i32, .u32, .f32: return 4
        case .f64, .i64, .u64: return 8
        }
    }

    public static func < (lhs: SafeTensorsDType, rhs: SafeTensorsDType) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// A tensor's element type and shape as recorded in the header.
public struct SafeTensorsInfo: Equatable, Sendable {
    public var dtype: SafeTensorsDType
    public var shape: [Int]

    public init(dtype: SafeTensorsDType, shape: [Int]) {
        self.dtype = dtype
        self.shape = shape
    }

    /// Number of elements (1 for a scalar, shape []).
    public var count: Int { shape.reduce(1, *) }
}
