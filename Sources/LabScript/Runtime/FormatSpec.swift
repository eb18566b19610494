import BigInt

/// Python's format-spec mini-language:
/// `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
struct FormatSpec {
    var fill: Character = " "
    var align: Character? = nil
    var sign: Character = "-"
    var coerceNegativeZero = false
    var alternate = false
    var width = 0
    var grouping: Character? = nil
    var precision: Int? = nil
    var type: Character? = nil

    init() {}

    init(_ spec: String, typeName: String) throws {
        let chars = Array(spec)
        var i = 0
        func isAlign(_ c: Character) -> Bool { c == "<" || c == ">" || c == "^" || c == "=" }
        var explicitFill = false
        if chars.count >= 2 && isAlign(chars[1]) {
            fill = chars[0]; align = chars[1]; i = 2
            explicitFill = true
        } else if let c = chars.first, isAlign(c) {
            align = c; i = 1
        }
        if i < chars.count, "+- ".contains(chars[i]) { sign = chars[i]; i += 1 }
        if i < chars.count, chars[i] == "z" { coerceNegativeZero = true; i += 1 }
        if i < chars.count, chars[i] == "#" { alternate = true; i += 1 }
        if i < chars.count, chars[i] == "0" {
            if !explicitFill { fill = "0" }
            if align == nil { align = "=" }
            i += 1
        }
        var w = ""
        while i < chars.count, chars[i].isASCII, chars[i].isNumber { w.append(chars[i]); i += 1 }
        guard let parsedWidth = w.isEmpty ? 0 : Int(w) else { throw PyException.valueError("Too many decimal digits in format string") }
        width = parsedWidth
        try Interpreter.checkLength(width)
        if i < chars.count, chars[i] == "," || chars[i] == "_" { grouping = chars[i]; i += 1 }
        if i < chars.count, chars[i] == "," || chars[i] == "_" { throw PyException.valueError("Cannot specify both ',' and '_'.") }
        if i < chars.count, chars[i] == "." {
            i += 1
            var p = ""
            while i < chars.count, chars[i].isASCII, chars[i].isNumber { p.append(chars[i]); i += 1 }
            if p.count > 18 { throw PyException.valueError("Too many decimal digits in format string") }
            guard let n = Int(p) else { throw PyException.valueError("Format specifier missing precision") }
            precision = n
        }
        if i < chars.count { type = chars[i]; i += 1 }
        if i < chars.count { throw PyException.valueError("Invalid format specifier '\(spec)' for object of type '\(typeName)'") }
        if let g = grouping, type == "n" { throw PyException.valueError("Cannot specify '\(g)' with 'n'.") }
    }

    /// Pads `body` (already signed) to the width; `prefixLength` characters (sign, 0x) stay in front of `=` padding.
    func pad(_ body: String, prefixLength: Int = 0, defaultAlign: Character) -> String {
        let n = body.unicodeScalars.count
        guard width > n else { return body }
        let padding = width - n
        switch align ?? defaultAlign {
        case "<": return body + String(repeating: fill, count: padding)
        case "^":
            let left = padding / 2
            return String(repeating: fill, count: left) + body + String(repeating: fill, count: padding - left)
        case "=":
            let i = body.index(body.startIndex, offsetBy: prefixLength)
            return body[..<i] + String(repeating: fill, count: padding) + body[i...]
        default: return String(repeating: fill, count: padding) + body
        }
    }
}

extension Format {
    /// Inserts a separator every `size` digits from the right of an all-digit string.
    static func group(_ digits: String, _ separator: Character, _ size: Int) -> String {
        var out: [Character] = []
        for (n, c) in digits.reversed().enumerated() {
            if n > 0 && n % size == 0 { out.append(separator) }
            out.append(c)
        }
        return String(out.reversed())
    }

    /// Applies zero-padding with grouping the way CPython does: the padding zeros are grouped too.
    private static func groupedZeroPadded(_ digits: String, _ spec: FormatSpec, _ signLength: Int, _ restLength: Int, size: Int) -> String {
        guard let sep = spec.grouping else { return digits }
        var grouped = group(digits, sep, size)
        if spec.fill == "0" && spec.align == "=" {
            let target = spec.width - signLength - restLength
            var padded = digits
            while group(padded, sep, size).count < target { padded = "0" + padded }
            grouped = group(padded, sep, size)
        }
        return grouped
    }

    private static func signPrefix(_ negative: Bool, _ spec: FormatSpec) -> String {
        if negative { return "-" }
        return spec.sign == "+" ? "+" : spec.sign == " " ? " " : ""
    }

    /// format(int, spec) for an int that fits in 64 bits: the plain decimal forms directly, the
    /// others as for any int.
    static func formatInt(_ value: Int, _ spec: FormatSpec) throws -> String {
        guard spec.type == nil || spec.type == "d", spec.grouping == nil, spec.precision == nil else {
            return try formatInt(BigInt(value), spec)
        }
        let sign = signPrefix(value < 0, spec)
        return spec.pad(sign + String(value.magnitude), prefixLength: sign.count, defaultAlign: ">")
    }

    /// format(int, spec).
    static func formatInt(_ value: BigInt, _ spec: FormatSpec) throws -> String {
        let type = spec.type ?? "d"
        switch type {
        case "e", "E", "f", "F", "g", "G", "%":
            return try formatFloat(value.nearestDouble, spec)
        case "n":
            var s = spec
            s.type = "d"
            return try formatInt(value, s)
        case "c":
            guard spec.precision == nil else { throw PyException.valueError("Precision not allowed in integer format specifier") }
            guard !spec.alternate else { throw PyException.valueError("Alternate form (#) not allowed with integer format specifier 'c'") }
            if let g = spec.grouping { throw PyException.valueError("Cannot specify '\(g)' with 'c'.") }
            guard spec.sign == "-" else { throw PyException.valueError("Sign not allowed with integer format specifier 'c'") }
            guard let i = Int(exactly: value), i >= 0, i <= 0x10FFFF, let u = Unicode.Scalar(UInt32(i)) else {
                throw PyException.overflow("%c arg not in range(0x110000)")
            }
            return spec.pad(String(Character(u)), defaultAlign: ">")
        case "d", "b", "o", "x", "X":
            guard spec.precision == nil else { throw PyException.valueError("Precision not allowed in integer format specifier") }
            let radix = type == "b" ? 2 : type == "o" ? 8 : type == "d" ? 10 : 16
            var digits = Int(exactly: value).map { String($0.magnitude, radix: radix, uppercase: type == "X") }
                ?? String(value.magnitude, radix: radix, uppercase: type == "X")
            let prefix = spec.alternate && radix != 10 ? "0" + String(type) : ""
            let sign = signPrefix(value.sign == .minus && !value.isZero, spec)
            if spec.grouping == "," && radix != 10 { throw PyException.valueError("Cannot specify ',' with '\(type)'.") }
            digits = groupedZeroPadded(digits, spec, sign.count + prefix.count, 0, size: radix == 10 ? 3 : 4)
            return spec.pad(sign + prefix + digits, prefixLength: sign.count + prefix.count, defaultAlign: ">")
        default:
            throw PyException.valueError("Unknown format code '\(type)' for object of type 'int'")
        }
    }

    /// format(float, spec).
    static func formatFloat(_ value: Double, _ spec: FormatSpec) throws -> String {
        var d = value
        var type = spec.type
        var percent = false
        if type == "%" { d *= 100; type = "f"; percent = true }
        if type == "n" { type = "g" }
        if spec.coerceNegativeZero && d == 0 { d = 0 }
        var negative = d.sign == .minus && !d.isNaN
        let magnitude = abs(d)
        var body: String
        let upper = type == "E" || type == "F" || type == "G"
        if let t = type, !"eEfFgG".contains(t) {
            throw PyException.valueError("Unknown format code '\(t)' for object of type 'float'")
        }
        if !magnitude.isFinite {
            body = magnitude.isNaN ? "nan" : "inf"
            if upper { body = body.uppercased() }
        } else {
            switch type {
            case "f", "F":
                body = cFormat(magnitude, spec.precision ?? 6, "f")
                if spec.alternate && !body.contains(".") { body += "." }
            case "e", "E":
                body = cFormat(magnitude, spec.precision ?? 6, "e")
                if spec.alternate && !body.contains(".") { body = body.replacingOccurrences(of: "e", with: ".e") }
                if upper { body = body.uppercased() }
            case "g", "G":
                body = general(magnitude, spec.precision ?? 6, alternate: spec.alternate, addDotZero: false)
                if upper { body = body.uppercased() }
            case nil:
                if let p = spec.precision {
                    body = general(magnitude, p, alternate: spec.alternate, addDotZero: true)
                } else {
                    body = floatRepr(magnitude)
                }
            default:
                throw PyException.valueError("Unknown format code '\(type!)' for object of type 'float'")
            }
        }
        // `z` drops the sign of a result that rounds to zero, as CPython's Py_DTSF_NO_NEG_0 does.
        if spec.coerceNegativeZero && magnitude.isFinite && !body.contains(where: { "123456789".contains($0) }) { negative = false }
        if percent { body += "%" }
        let sign = signPrefix(negative, spec)
        if spec.grouping != nil && magnitude.isFinite {
            var intEnd = body.firstIndex { !$0.isNumber } ?? body.endIndex
            if intEnd == body.startIndex { intEnd = body.endIndex }
            let intDigits = String(body[..<intEnd])
            let rest = String(body[intEnd...])
            body = groupedZeroPadded(intDigits, spec, sign.count, rest.count, size: 3) + rest
        }
        return spec.pad(sign + body, prefixLength: sign.count, defaultAlign: ">")
    }

    /// The 'g' presentation: fixed or exponent by the rounded exponent, trailing zeros removed.
    static func general(_ d: Double, _ precision: Int, alternate: Bool, addDotZero: Bool) -> String {
        let p = max(precision, 1)
        if d == 0 {
            if alternate { return "0." + String(repeating: "0", count: p - 1) }
            return addDotZero ? "0.0" : "0"
        }
        let e = cFormat(d, p - 1, "e")
        let exponent = Int(e[e.index(after: e.firstIndex(of: "e")!)...])!
        var body: String
        // Without a presentation type (addDotZero) CPython switches to exponent one digit earlier.
        if exponent >= -4 && exponent < (addDotZero ? p - 1 : p) {
            body = cFormat(d, p - 1 - exponent, "f")
            if !alternate { body = stripZeros(body) }
            if addDotZero && !body.contains(".") { body += ".0" }
            if alternate && !body.contains(".") { body += "." }
        } else {
            var mantissa = String(e[..<e.firstIndex(of: "e")!])
            if !alternate { mantissa = stripZeros(mantissa) } else if !mantissa.contains(".") { mantissa += "." }
            body = mantissa + exponentSuffix(exponent, "e")
        }
        return body
    }

    private static func stripZeros(_ s: String) -> String {
        guard s.contains(".") else { return s }
        var t = s
        while t.hasSuffix("0") { t.removeLast() }
        if t.hasSuffix(".") { t.removeLast() }
        return t
    }

    /// format(str, spec).
    static func formatString(_ s: String, _ spec: FormatSpec) throws -> String {
        if let t = spec.type, t != "s" { throw PyException.valueError("Unknown format code '\(t)' for object of type 'str'") }
        if spec.sign != "-" { throw PyException.valueError("Sign not allowed in string format specifier") }
        if spec.alternate { throw PyException.valueError("Alternate form (#) not allowed in string format specifier") }
        if spec.align == "=" { throw PyException.valueError("'=' alignment not allowed in string format specifier") }
        var body = s
        if let p = spec.precision, s.unicodeScalars.count > p {
            body = String(String.UnicodeScalarView(s.unicodeScalars.prefix(p)))
        }
        return spec.pad(body, defaultAlign: "<")
    }
}
