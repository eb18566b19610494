/// UTF-16 and UTF-32, with or without a byte-order mark, and UTF-8 with a signature. `utf-16` and
/// `utf-32` write a little-endian BOM (the byte order of every machine labrun runs on) and read
/// either; their errors name the byte order they decoded in, as CPython's do.
extension Codec {
    /// Bytes per code unit, and whether units are big-endian; nil for the byte codecs.
    var wideLayout: (width: Int, bigEndian: Bool)? {
        switch self {
        case .utf16, .utf16le: return (2, false)
        case .utf16be: return (2, true)
        case .utf32, .utf32le: return (4, false)
        case .utf32be: return (4, true)
        default: return nil
        }
    }

    private var hasByteOrderMark: Bool { self == .utf16 || self == .utf32 }

    func encodeWide(_ s: String) -> [UInt8] {
        guard let (width, bigEndian) = wideLayout else { return [] }
        func unit(_ v: UInt32, into out: inout [UInt8]) {
            let bytes = (0..<width).map { UInt8(truncatingIfNeeded: v >> (8 * $0)) }
            out += bigEndian ? bytes.reversed() : bytes
        }
        var out: [UInt8] = []
        if hasByteOrderMark { unit(0xFEFF, into: &out) }
        if width == 2 {
            for u in s.utf16 { unit(UInt32(u), into: &out) }
        } else {
            for c in s.unicodeScalars { unit(c.value, into: &out) }
        }
        return out
    }

    func decodeWide(_ bytes: [UInt8], errors: String) throws -> String {
        guard let layout = wideLayout else { return "" }
        let width = layout.width
        var bigEndian = layout.bigEndian
        var name = rawValue, i = 0
        if hasByteOrderMark {
            let bom = bytes.prefix(width)
            let little: [UInt8] = width == 2 ? [0xFF, 0xFE] : [0xFF, 0xFE, 0, 0]
            if bytes.count >= width, Array(bom) == little { i = width }
            else if bytes.count >= width, Array(bom) == little.reversed() { (i, bigEndian) = (width, true) }
            name += bigEndian ? "-be" : "-le"
        }
        func unit(at k: Int) -> UInt32 {
            (0..<width).reduce(UInt32(0)) { v, j in v | UInt32(bytes[k + (bigEndian ? width - 1 - j : j)]) << (8 * j) }
        }
        var out = String.UnicodeScalarView()
        while i < bytes.count {
            var length = width, reason = ""
            if bytes.count - i < width {
                (length, reason) = (bytes.count - i, "truncated data")
            } else {
                let u = unit(at: i)
                if width == 4 {
                    if let c = Unicode.Scalar(u) { out.append(c); i += 4; continue }
                    reason = u < 0x110000 ? "code point in surrogate code point range(0xd800, 0xe000)" : "code point not in range(0x110000)"
                } else if !(0xD800..<0xE000).contains(u) {
                    out.append(Unicode.Scalar(u)!); i += 2; continue
                } else if u >= 0xDC00 {
                    reason = "illegal encoding"
                } else if bytes.count - i < 4 {
                    (length, reason) = (bytes.count - i >= 2 ? 2 : bytes.count - i, "unexpected end of data")
                } else {
                    let low = unit(at: i + 2)
                    if (0xDC00..<0xE000).contains(low) {
                        out.append(Unicode.Scalar(0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00))!)
                        i += 4
                        continue
                    }
                    reason = "illegal UTF-16 surrogate"
                }
            }
            try Codec.handleDecodeError(errors, codec: name, bytes, i, length, reason, into: &out)
            i += length
        }
        return String(out)
    }
}
