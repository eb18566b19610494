/// Decoding of little-endian element bytes. The half-precision conversions themselves are the
/// tensor's (`floatFromHalfBits`, `halfBitsFromFloat`, `bfloat16BitsFromFloat` in Tensor+Conversion).
enum SafeTensorsConversion {
    /// Reads `bytes` as consecutive little-endian `Word`s (any alignment) and maps each one.
    static func decode<Word: FixedWidthInteger, T>(_ bytes: UnsafeRawBufferPointer, as _: Word.Type,
                                                   _ transform: (Word) -> T) -> [T] {
        let count = bytes.count / MemoryLayout<Word>.size
        return (0..<count).map { i in
            transform(Word(littleEndian: bytes.loadUnaligned(fromByteOffset: i * MemoryLayout<Word>.size, as: Word.self)))
        }
    }
}
