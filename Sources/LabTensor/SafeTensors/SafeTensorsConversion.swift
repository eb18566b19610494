/// Decoding of little-endian element bytes, including IEEE half precision.
enum SafeTensorsConversion {
    /// Reads `bytes` as consecutive little-endian `Word`s (any alignment) and maps each one.
    static func decode<Word: FixedWidthInteger, T>(_ bytes: UnsafeRawBufferPointer, as _: Word.Type,
                                                   _ transform: (Word) -> T) -> [T] {
        let count = bytes.count / MemoryLayout<Word>.size
        return (0..<count).map { i in
            transform(Word(littleEndian: bytes.loadUnaligned(fromByteOffset: i * MemoryLayout<Word>.size, as: Word.self)))
        }
    }

    /// IEEE 754 binary16 bits to Float (exact: every half value is a float).
    static func halfToFloat(_ bits: UInt16) -> Float {
        let sign: Float = bits & 0x8000 != 0 ? -1 : 1
        let exponent = Int((bits >> 10) & 0x1F), fraction = Float(bits & 0x3FF)
        switch exponent {
        case 0: return sign * fraction * 0x1p-24
        case 31: return fraction == 0 ? sign * .infinity : .nan
        default: return sign * (1 + fraction / 1024) * Float(sign: .plus, exponent: exponent - 15, significand: 1)
        }
    }

    /// Float to IEEE 754 binary16 bits, rounding to nearest even (as numpy and PyTorch do).
    static func floatToHalf(_ value: Float) -> UInt16 {
        let bits = value.bitPattern
        let sign = UInt16((bits >> 16) & 0x8000)
        let magnitude = abs(value)
        if magnitude.isNaN { return sign | 0x7E00 }
        if magnitude >= 65520 { return sign | 0x7C00 }  // rounds past the largest half, 65504
        if magnitude < 0x1p-14 {
            // Subnormal half: a multiple of 2^-24; Float rounds the scaled value to nearest even.
            let units = (magnitude * 0x1p24).rounded(.toNearestOrEven)
            return sign | UInt16(units)
        }
        let exponent = Int(magnitude.exponent)  // -14...15
        let scaled = (magnitude.significand - 1) * 1024  // fraction in units of 2^-10
        var fraction = scaled.rounded(.toNearestOrEven)
        var biased = exponent + 15
        if fraction == 1024 { fraction = 0; biased += 1 }
        return sign | UInt16(biased) << 10 | UInt16(fraction)
    }

    /// Float to bfloat16 bits, rounding to nearest even (as PyTorch does).
    static func floatToBFloat16(_ value: Float) -> UInt16 {
        if value.isNaN { return UInt16(value.bitPattern >> 16) | 0x40 }
        let bits = value.bitPattern
        return UInt16((bits &+ 0x7FFF &+ ((bits >> 16) & 1)) >> 16)
    }
}
