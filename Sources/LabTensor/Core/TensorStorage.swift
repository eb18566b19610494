/// A flat, 64-byte aligned buffer of elements of one ``DType``, shared between tensors and views.
///
/// Tensors are values; several of them (views, copies, snapshots) may point at one storage. A tensor
/// that writes checks that it is the only owner and copies the storage first if not (copy-on-write).
final class TensorStorage {
    let dtype: DType
    let count: Int
    let bytes: UnsafeMutableRawPointer

    /// Allocates `count` elements, zeroed unless the caller will write every one (`zeroed: false`).
    init(dtype: DType, count: Int, zeroed: Bool = true) {
        self.dtype = dtype
        self.count = count
        let byteCount = Swift.max(count, 1) * dtype.elementSize
        bytes = UnsafeMutableRawPointer.allocate(byteCount: byteCount, alignment: 64)
        if zeroed { bytes.initializeMemory(as: UInt8.self, repeating: 0, count: byteCount) }
    }

    deinit { bytes.deallocate() }

    var floats: UnsafeMutablePointer<Float> { bytes.assumingMemoryBound(to: Float.self) }
    var int64s: UnsafeMutablePointer<Int64> { bytes.assumingMemoryBound(to: Int64.self) }
    var int32s: UnsafeMutablePointer<Int32> { bytes.assumingMemoryBound(to: Int32.self) }
    var uint8s: UnsafeMutablePointer<UInt8> { bytes.assumingMemoryBound(to: UInt8.self) }
    var bools: UnsafeMutablePointer<Bool> { bytes.assumingMemoryBound(to: Bool.self) }

    /// A byte-for-byte copy.
    func copy() -> TensorStorage {
        let other = TensorStorage(dtype: dtype, count: count, zeroed: false)
        other.bytes.copyMemory(from: bytes, byteCount: count * dtype.elementSize)
        return other
    }
}
