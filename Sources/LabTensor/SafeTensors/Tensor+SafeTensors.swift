/// Tensors to and from safetensors entries, in their own dtype (float32 as F32, float16 as F16,
/// bfloat16 as BF16, int64 as I64, int32 as I32, uint8 as U8, bool as BOOL).
extension SafeTensorsWriter.Entry {
    /// The entry holding `tensor`'s elements in row-major order.
    public init(name: String, tensor: Tensor) {
        switch tensor.dtype {
        case .float32: self.init(name: name, floats: tensor.toFloatArray(), shape: tensor.shape)
        case .float16: self.init(name: name, floats: tensor.toFloatArray(), shape: tensor.shape, dtype: .f16)
        case .bfloat16: self.init(name: name, floats: tensor.toFloatArray(), shape: tensor.shape, dtype: .bf16)
        case .int64: self.init(name: name, int64s: tensor.toInt64Array(), shape: tensor.shape)
        case .int32: self.init(name: name, int64s: tensor.toInt64Array(), shape: tensor.shape, dtype: .i32)
        case .uint8: self.init(name: name, dtype: .u8, shape: tensor.shape, bytes: tensor.toInt64Array().map { UInt8(truncatingIfNeeded: $0) })
        case .bool: self.init(name: name, dtype: .bool, shape: tensor.shape, bytes: tensor.toBoolArray().map { $0 ? 1 : 0 })
        }
    }
}

extension SafeTensorsFile {
    /// Tensor `name` in its own dtype: F16 as float16, BF16 as bfloat16, F32 and F64 as float32, I32
    /// as int32, U8 as uint8, BOOL as bool, other integers as int64.
    public func tensor(_ name: String) throws -> Tensor {
        let info = try info(name)
        switch info.dtype {
        case .f16: return try Tensor(floats(name), shape: info.shape).converted(to: .float16)
        case .bf16: return try Tensor(floats(name), shape: info.shape).converted(to: .bfloat16)
        case .f32, .f64: return try Tensor(floats(name), shape: info.shape)
        case .bool: return try Tensor(bools: int64s(name).map { $0 != 0 }, shape: info.shape)
        case .i32: return try Tensor(int64: int64s(name), shape: info.shape).converted(to: .int32)
        case .u8: return try Tensor(int64: int64s(name), shape: info.shape).converted(to: .uint8)
        default: return try Tensor(int64: int64s(name), shape: info.shape)
        }
    }
}
