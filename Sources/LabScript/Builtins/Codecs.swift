/// The text codecs behind `str.encode` and `bytes.decode`: utf-8 (and utf-8-sig), ascii,
/// latin-1, utf-16 and utf-32 with CPython's error handlers (strict, ignore, replace,
/// backslashreplace, xmlcharrefreplace on encode) and its exact UnicodeEncodeError /
/// UnicodeDecodeError messages.
enum Codec: String {
    case utf8 = "utf-8"
    case utf8sig = "utf-8-sig"
    case ascii
    case latin1 = "latin-1"
    case utf16 = "utf-16", utf16le = "utf-16-le", utf16be = "utf-16-be"
    case utf32 = "utf-32", utf32le = "utf-32-le", utf32be = "utf-32-be"

    /// Codecs CPython has that labrun does not implement; asking for one fails naming it.
    private static let unsupported: Set<String> = [
        "utf-7", "cp1252",
        "windows-1252", "cp437", "cp850", "idna", "mbcs", "big5", "shift-jis", "euc-jp", "gbk", "gb2312", "koi8-r",
        "unicode-escape", "raw-unicode-escape", "mac-roman", "iso-8859-2", "iso-8859-15", "punycode",
    ]

    /// Resolves a codec name as CPython's aliases do (`UTF8`, `latin1`, `iso-8859-1`, `us-ascii`, …).
    init(name: String) throws {
        let key = name.lowercased().replacingOccurrences(of: "_", with: "-").replacingOccurrences(of: " ", with: "-")
        switch key {
        case "utf-8", "utf8", "u8", "utf", "cp65001": self = .utf8
        case "ascii", "us-ascii", "646", "us": self = .ascii
        case "latin-1", "latin1", "latin", "l1", "iso-8859-1", "iso8859-1", "8859", "cp819", "iso-ir-100": self = .latin1
        case "utf-8-sig", "utf8-sig": self = .utf8sig
        case "utf-16", "utf16", "u16": self = .utf16
        case "utf-16-le", "utf-16le", "utf16le": self = .utf16le
        case "utf-16-be", "utf-16be", "utf16be": self = .utf16be
        case "utf-32", "utf32", "u32": self = .utf32
        case "utf-32-le", "utf-32le", "utf32le": self = .utf32le
        case "utf-32-be", "utf-32be", "utf32be": self = .utf32be
        default:
            if Codec.unsupported.contains(key) {
                throw PyException(.notImplementedError, "the '\(name)' codec is not supported by labrun (it has utf-8, utf-8-sig, utf-16, utf-32, ascii and latin-1)")
            }
            throw PyException(.lookupError, "unknown encoding: \(name)")
        }
    }

    private var limit: UInt32 { self == .ascii ? 128 : 256 }

    // MARK: Encoding

    /// `str.encode(codec, errors)`.
    func encode(_ s: String, errors: String) throws -> [UInt8] {
        if self == .utf8 { return Array(s.utf8) }
        if self == .utf8sig { return [0xEF, 0xBB, 0xBF] + Array(s.utf8) }
        if wideLayout != nil { return encodeWide(s) }
        let scalars = Array(s.unicodeScalars)
        var out: [UInt8] = []
        out.reserveCapacity(scalars.count)
        var i = 0
        while i < scalars.count {
            if scalars[i].value < limit {
                out.append(UInt8(scalars[i].value))
                i += 1
                continue
            }
            var end = i + 1
            while end < scalars.count && scalars[end].value >= limit { end += 1 }
            let bad = scalars[i..<end]
            switch errors {
            case "strict":
                throw encodeError(scalars, i, end)
            case "ignore": break
            case "replace": out += Array(repeating: UInt8(ascii: "?"), count: bad.count)
            case "backslashreplace": for c in bad { out += Array(Codec.backslashEscape(c).utf8) }
            case "xmlcharrefreplace": for c in bad { out += Array("&#\(c.value);".utf8) }
            default: throw Codec.unknownHandler(errors)
            }
            i = end
        }
        return out
    }

    private func encodeError(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> PyException {
        let what = end - start == 1
            ? "character '\(Codec.backslashEscape(scalars[start]))' in position \(start)"
            : "characters in position \(start)-\(end - 1)"
        return PyException(.unicodeEncodeError, "'\(rawValue)' codec can't encode \(what): ordinal not in range(\(limit))")
    }

    /// `\xNN`, `\uNNNN` or `\UNNNNNNNN`, as the backslashreplace handler and repr write a code point.
    static func backslashEscape(_ c: Unicode.Scalar) -> String {
        let v = c.value
        let (prefix, width) = v < 0x100 ? ("\\x", 2) : v < 0x10000 ? ("\\u", 4) : ("\\U", 8)
        return prefix + String(v, radix: 16).leftPadded(to: width, with: "0")
    }

    static func unknownHandler(_ name: String) -> PyException {
        if ["surrogateescape", "surrogatepass", "namereplace"].contains(name) {
            return PyException(.notImplementedError, "the '\(name)' error handler is not supported by labrun")
        }
        return PyException(.lookupError, "unknown error handler name '\(name)'")
    }

    // MARK: Decoding

    /// `bytes.decode(codec, errors)`.
    func decode(_ bytes: [UInt8], errors: String) throws -> String {
        if wideLayout != nil { return try decodeWide(bytes, errors: errors) }
        if self == .utf8sig { return try Codec.utf8.decode(bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes, errors: errors) }
        var out = String.UnicodeScalarView()
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 || self == .latin1 {
                out.append(Unicode.Scalar(b))
                i += 1
                continue
            }
            let (scalar, length, reason): (Unicode.Scalar?, Int, String)
            if self == .ascii {
                (scalar, length, reason) = (nil, 1, "ordinal not in range(128)")
            } else {
                (scalar, length, reason) = Codec.decodeUTF8Sequence(bytes, at: i)
            }
            if let scalar {
                out.append(scalar)
                i += length
                continue
            }
            try Codec.handleDecodeError(errors, codec: rawValue, bytes, i, length, reason, into: &out)
            i += length
        }
        return String(out)
    }

    /// Applies the `errors` handler to the `length` bytes at `i` that `codec` cannot decode
    /// (strict raises CPython's UnicodeDecodeError with `reason`).
    static func handleDecodeError(_ errors: String, codec: String, _ bytes: [UInt8], _ i: Int, _ length: Int, _ reason: String,
                                  into out: inout String.UnicodeScalarView) throws {
        switch errors {
        case "strict":
            let what = length == 1
                ? "byte 0x\(String(bytes[i], radix: 16).leftPadded(to: 2, with: "0")) in position \(i)"
                : "bytes in position \(i)-\(i + length - 1)"
            throw PyException(.unicodeDecodeError, "'\(codec)' codec can't decode \(what): \(reason)")
        case "ignore": break
        case "replace": out.append("\u{FFFD}")
        case "backslashreplace":
            for b in bytes[i..<(i + length)] { out.append(contentsOf: "\\x\(String(b, radix: 16).leftPadded(to: 2, with: "0"))".unicodeScalars) }
        default: throw Codec.unknownHandler(errors)
        }
    }

    /// Decodes the UTF-8 sequence starting with a non-ASCII byte: the scalar and its length, or nil
    /// with the length of the maximal invalid subpart and CPython's reason for rejecting it.
    private static func decodeUTF8Sequence(_ bytes: [UInt8], at start: Int) -> (Unicode.Scalar?, Int, String) {
        let b0 = bytes[start]
        let count: Int, secondRange: ClosedRange<UInt8>
        switch b0 {
        case 0xC2...0xDF: (count, secondRange) = (2, 0x80...0xBF)
        case 0xE0: (count, secondRange) = (3, 0xA0...0xBF)
        case 0xED: (count, secondRange) = (3, 0x80...0x9F)
        case 0xE1...0xEF: (count, secondRange) = (3, 0x80...0xBF)
        case 0xF0: (count, secondRange) = (4, 0x90...0xBF)
        case 0xF1...0xF3: (count, secondRange) = (4, 0x80...0xBF)
        case 0xF4: (count, secondRange) = (4, 0x80...0x8F)
        default: return (nil, 1, "invalid start byte")
        }
        var value = UInt32(b0) & (count == 2 ? 0x1F : count == 3 ? 0x0F : 0x07)
        for k in 1..<count {
            guard start + k < bytes.count else { return (nil, bytes.count - start, "unexpected end of data") }
            let b = bytes[start + k]
            guard (k == 1 ? secondRange : 0x80...0xBF).contains(b) else { return (nil, k, "invalid continuation byte") }
            value = value << 6 | UInt32(b & 0x3F)
        }
        return (Unicode.Scalar(value), count, "")
    }
}
