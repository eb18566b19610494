import Foundation

extension Tensor {
    /// The elements in row-major order as little-endian bytes of the tensor's dtype (float32 and
    /// int32 4 bytes each, float16 and bfloat16 2, int64 8, bool 1): safetensors' layout of F32,
    /// F16, BF16, I32, I64 and BOOL.
    public var littleEndianBytes: [UInt8] { SafeTensorsWriter.Entry(name: "", tensor: self).bytes }

    /// A tensor of `dtype` and `shape` from the bytes `littleEndianBytes` gives; throws when their
    /// count is not the shape's.
    public init(littleEndianBytes bytes: [UInt8], dtype: DType, shape: [Int]) throws {
        let count = try Tensor.elementCount(shape, "tensor from bytes")
        guard bytes.count == count * dtype.itemSize else {
            throw TensorError("tensor from bytes", "\(bytes.count) bytes do not hold \(count) \(dtype.rawValue) elements")
        }
        func words<Word: FixedWidthInteger>(_: Word.Type) -> [Word] {
            bytes.withUnsafeBytes { raw in (0..<count).map { Word(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * Word.bitWidth / 8, as: Word.self)) } }
        }
        switch dtype {
        case .float32: self = try Tensor(words(UInt32.self).map(Float.init(bitPattern:)), shape: shape)
        case .float16: self = try Tensor(words(UInt16.self).map(floatFromHalfBits), shape: shape).converted(to: .float16)
        case .bfloat16: self = try Tensor(words(UInt16.self).map { Float(bitPattern: UInt32($0) << 16) }, shape: shape).converted(to: .bfloat16)
        case .int64: self = try Tensor(int64: words(Int64.self), shape: shape)
        case .int32: self = try Tensor(int64: words(Int32.self).map(Int64.init), shape: shape).converted(to: .int32)
        case .uint8: self = try Tensor(uint8: bytes, shape: shape)
        case .bool: self = try Tensor(bools: bytes.map { $0 != 0 }, shape: shape)
        }
    }
}
