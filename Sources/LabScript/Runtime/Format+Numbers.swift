import Foundation
import BigInt

/// Python's printed forms of numbers and strings.
public enum Format {
    /// `repr(float)`: the shortest digits that round-trip, laid out with Python's rules
    /// (exponent form below 1e-4 and from 1e16 up).
    public static func floatRepr(_ d: Double) -> String {
        if d.isNaN { return "nan" }
        if d.isInfinite { return d < 0 ? "-inf" : "inf" }
        let (negative, digits, decimalPoint) = shortestDigits(d)
        let body: String
        if decimalPoint > 16 || decimalPoint < -3 {
            body = exponentLayout(digits, decimalPoint - 1)
        } else if decimalPoint <= 0 {
            body = "0." + String(repeating: "0", count: -decimalPoint) + digits
        } else if decimalPoint >= digits.count {
            body = digits + String(repeating: "0", count: decimalPoint - digits.count) + ".0"
        } else {
            let i = digits.index(digits.startIndex, offsetBy: decimalPoint)
            body = digits[..<i] + "." + digits[i...]
        }
        return negative ? "-" + body : body
    }

    private static func exponentLayout(_ digits: String, _ exponent: Int) -> String {
        let mantissa = digits.count == 1 ? digits : String(digits.prefix(1)) + "." + digits.dropFirst()
        return mantissa + exponentSuffix(exponent, "e")
    }

    static func exponentSuffix(_ exponent: Int, _ e: String) -> String {
        let magnitude = abs(exponent)
        return e + (exponent < 0 ? "-" : "+") + (magnitude < 10 ? "0" : "") + String(magnitude)
    }

    /// Shortest round-trip decimal digits (no leading/trailing zeros) and the position of the
    /// decimal point relative to the first digit: value = 0.DIGITS × 10^decimalPoint.
    static func shortestDigits(_ d: Double) -> (negative: Bool, digits: String, decimalPoint: Int) {
        let negative = d.sign == .minus
        if d == 0 { return (negative, "0", 1) }
        let text = abs(d).description  // Swift prints the shortest round-trip digits
        var mantissa = Substring(text)
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            exponent = Int(text[text.index(after: e)...])!
        }
        var intPart = mantissa, fracPart: Substring = ""
        if let dot = mantissa.firstIndex(of: ".") {
            intPart = mantissa[..<dot]
            fracPart = mantissa[mantissa.index(after: dot)...]
        }
        var digits = String(intPart) + fracPart
        var point = intPart.count + exponent
        while digits.hasPrefix("0") && digits.count > 1 { digits.removeFirst(); point -= 1 }
        while digits.hasSuffix("0") && digits.count > 1 { digits.removeLast() }
        return (negative, digits, point)
    }

    /// Correctly rounded `%.Nf` / `%.Ne` (glibc and Apple libc print exact decimal expansions).
    static func cFormat(_ d: Double, _ precision: Int, _ conversion: Character) -> String {
        let format = "%.\(precision)\(conversion)"
        var size = 64 + precision + (conversion == "f" ? 330 : 0)
        while true {
            let (n, text) = withUnsafeTemporaryAllocation(of: CChar.self, capacity: size) { buffer -> (Int32, String?) in
                let n = withVaList([d]) { vsnprintf(buffer.baseAddress, size, format, $0) }
                return (n, n < size ? String(cString: buffer.baseAddress!) : nil)
            }
            if let text { return text }
            size = Int(n) + 1
        }
    }

    /// `str(int)`.
    static func intString(_ v: Value) -> String {
        switch v {
        case .int(let i): return String(i)
        case .bigint(let b): return b.description
        case .bool(let b): return b ? "1" : "0"
        default: return ""
        }
    }

    /// An object address in CPython's repr style.
    public static func address(of object: AnyObject) -> String {
        "0x" + String(UInt(bitPattern: ObjectIdentifier(object).hashValue), radix: 16).leftPadded(to: 12, with: "0")
    }

    /// `repr(str)`: Python's quote choice and escapes.
    public static func stringRepr(_ s: String) -> String {
        let useDouble = s.contains("'") && !s.contains("\"")
        let quote: Character = useDouble ? "\"" : "'"
        var out = String(quote)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if Character(scalar) == quote { out += "\\" + String(quote) } else if isPrintable(scalar) { out.unicodeScalars.append(scalar) } else { out += escape(scalar) }
            }
        }
        out.append(quote)
        return out
    }

    static func escape(_ scalar: Unicode.Scalar) -> String {
        let v = scalar.value
        if v < 0x100 { return "\\x" + String(v, radix: 16).leftPadded(to: 2, with: "0") }
        if v < 0x10000 { return "\\u" + String(v, radix: 16).leftPadded(to: 4, with: "0") }
        return "\\U" + String(v, radix: 16).leftPadded(to: 8, with: "0")
    }

    /// `str.isprintable()` for one character.
    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x7f { return scalar.value >= 0x20 }
        if scalar.value < 0xa0 { return false }
        switch scalar.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator, .spaceSeparator:
            return scalar == " "
        default: return true
        }
    }

    /// `ascii(x)`: the repr with non-ASCII characters escaped.
    static func asciiEscaped(_ repr: String) -> String {
        var out = ""
        for scalar in repr.unicodeScalars {
            if scalar.value < 0x80 { out.unicodeScalars.append(scalar) } else { out += escape(scalar) }
        }
        return out
    }

    /// `repr(bytes)`.
    /// The text whose code points are `bytes` (latin-1), for byte operations done as text.
    static func latin1(_ bytes: [UInt8]) -> String {
        String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
    }

    /// `repr(b)`; a bytearray's repr escapes `'` even inside double quotes, as CPython's does.
    static func bytesRepr(_ bytes: [UInt8], escapingSingleQuotes: Bool = false) -> String {
        let useDouble = bytes.contains(0x27) && !bytes.contains(0x22)
        var out = useDouble ? "b\"" : "b'"
        for b in bytes {
            switch b {
            case 0x5c: out += "\\\\"
            case 0x0a: out += "\\n"
            case 0x0d: out += "\\r"
            case 0x09: out += "\\t"
            case 0x27 where !useDouble || escapingSingleQuotes: out += "\\'"
            case 0x20..<0x7f: out.unicodeScalars.append(Unicode.Scalar(b))
            default: out += "\\x" + String(b, radix: 16).leftPadded(to: 2, with: "0")
            }
        }
        return out + (useDouble ? "\"" : "'")
    }
}

extension String {
    func leftPadded(to width: Int, with pad: Character) -> String {
        let n = unicodeScalars.count
        return n >= width ? self : String(repeating: pad, count: width - n) + self
    }
}
