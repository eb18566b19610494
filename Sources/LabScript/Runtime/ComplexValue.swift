import BigInt
import Foundation

/// Python's `complex`: two doubles, with CPython's arithmetic (`_Py_c_prod`, `_Py_c_quot`,
/// `_Py_c_pow`), repr, hash and equality with ints and floats.
final class ComplexValue: NativeObject, HashableObject {
    let real: Double
    let imag: Double

    init(_ real: Double, _ imag: Double) {
        self.real = real
        self.imag = imag
    }

    var pyClass: PyType { ComplexValue.type }

    static let type: PyType = {
        let t = NativeClass("complex", module: "builtins", methods: [
            Function("conjugate") { a in .native(ComplexValue(try a.receiver(as: ComplexValue.self).real, -(try a.receiver(as: ComplexValue.self).imag))) },
            Function("__abs__") { a in .float(try a.receiver(as: ComplexValue.self).magnitude()) },
            Function("__format__", params: ["format_spec", "/"]) { a in
                .str(try a.receiver(as: ComplexValue.self).formatted(try a.string("format_spec")))
            },
        ], properties: [
            Property("real") { v, _ in .float((v.complexValue)?.real ?? 0) },
            Property("imag") { v, _ in .float((v.complexValue)?.imag ?? 0) },
        ]).type
        t.constructor = { interp, args, keywords in try ComplexValue.make(args, keywords, interp) }
        return t
    }()

    /// `complex(x)` of an int, float or complex, nil for other values.
    static func from(_ v: Value) throws -> ComplexValue? {
        switch v {
        case .native(let z as ComplexValue): return z
        case .float(let d): return ComplexValue(d, 0)
        case .bool(let b): return ComplexValue(b ? 1 : 0, 0)
        default:
            guard v.isIntLike, let big = v.asBigInt else { return nil }
            let d = Double(big)
            if !d.isFinite { throw PyException.overflow("int too large to convert to float") }
            return ComplexValue(d, 0)
        }
    }

    // MARK: Arithmetic

    static func product(_ a: ComplexValue, _ b: ComplexValue) -> ComplexValue {
        ComplexValue(a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real)
    }

    /// `_Py_c_quot`: divides by the larger part of `b` first; nil when `b` is zero.
    static func quotient(_ a: ComplexValue, _ b: ComplexValue) -> ComplexValue? {
        let absReal = abs(b.real), absImag = abs(b.imag)
        if absReal >= absImag {
            if absReal == 0 { return nil }
            let ratio = b.imag / b.real
            let denominator = b.real + b.imag * ratio
            return ComplexValue((a.real + a.imag * ratio) / denominator, (a.imag - a.real * ratio) / denominator)
        }
        if absImag >= absReal {
            let ratio = b.real / b.imag
            let denominator = b.real * ratio + b.imag
            return ComplexValue((a.real * ratio + a.imag) / denominator, (a.imag * ratio - a.real) / denominator)
        }
        return ComplexValue(.nan, .nan)
    }

    /// `a ** b` as CPython's `complex_pow`: repeated products for integral exponents up to 100.
    static func power(_ a: ComplexValue, _ b: ComplexValue) throws -> ComplexValue {
        var result: ComplexValue?
        if b.imag == 0, b.real == b.real.rounded(.down), abs(b.real) <= 100 {
            let n = Int(b.real)
            if n >= 0 {
                result = unsignedPower(a, n)
            } else {
                result = quotient(ComplexValue(1, 0), unsignedPower(a, -n))
            }
        } else {
            result = generalPower(a, b)
        }
        guard let result else { throw PyException.zeroDivision("0.0 to a negative or complex power") }
        if result.real.isInfinite || result.imag.isInfinite { throw PyException.overflow("complex exponentiation") }
        return result
    }

    private static func unsignedPower(_ x: ComplexValue, _ n: Int) -> ComplexValue {
        var r = ComplexValue(1, 0), p = x, mask = 1
        while mask > 0 && n >= mask {
            if n & mask != 0 { r = product(r, p) }
            mask <<= 1
            p = product(p, p)
        }
        return r
    }

    /// `_Py_c_pow`; nil for zero to a negative or complex power.
    private static func generalPower(_ a: ComplexValue, _ b: ComplexValue) -> ComplexValue? {
        if b.real == 0 && b.imag == 0 { return ComplexValue(1, 0) }
        if a.real == 0 && a.imag == 0 {
            if b.imag != 0 || b.real < 0 { return nil }
            return ComplexValue(0, 0)
        }
        let magnitude = hypot(a.real, a.imag)
        var length = pow(magnitude, b.real)
        let angle = atan2(a.imag, a.real)
        var phase = angle * b.real
        if b.imag != 0 {
            length /= exp(angle * b.imag)
            phase += b.imag * log(magnitude)
        }
        return ComplexValue(length * cos(phase), length * sin(phase))
    }

    func magnitude() throws -> Double {
        let m = hypot(real, imag)
        if m.isInfinite && real.isFinite && imag.isFinite { throw PyException.overflow("absolute value too large") }
        return m
    }

    // MARK: Python protocol

    /// CPython's `complex_repr`: `1j` when the real part is +0, else `(re±imj)`, each part as
    /// `repr(float)` without a trailing `.0`.
    var repr: String {
        if real == 0 && real.sign == .plus { return ComplexValue.part(imag) + "j" }
        let im = ComplexValue.part(imag)
        let signed = im.hasPrefix("-") ? im : "+" + im
        return "(" + ComplexValue.part(real) + signed + "j)"
    }

    /// `format(z, spec)` as CPython's `format_complex_internal`: each part formatted as a float
    /// (the imaginary one always signed unless it stands alone), then padded as a whole. Without a
    /// type, the parts are as in repr (or `g` with a precision), in parentheses unless the real
    /// part is +0.
    func formatted(_ text: String) throws -> String {
        if text.isEmpty { return repr }
        let spec = try FormatSpec(text, typeName: "complex")
        if spec.fill == "0" { throw PyException.valueError("Zero padding is not allowed in complex format specifier") }
        if spec.align == "=" { throw PyException.valueError("'=' alignment flag is not allowed in complex format specifier") }
        var type = spec.type
        if let t = type, !"eEfFgGn".contains(t) {
            throw PyException.valueError("Unknown format code '\(t)' for object of type 'complex'")
        }
        if type == "n" { type = "g" }
        let skipReal = type == nil && real == 0 && real.sign == .plus
        let parens = type == nil && !skipReal
        if type == nil && spec.precision != nil { type = "g" }
        func part(_ d: Double, sign: Character) throws -> String {
            guard type == nil else {
                var partSpec = FormatSpec()
                partSpec.sign = sign
                partSpec.alternate = spec.alternate
                partSpec.coerceNegativeZero = spec.coerceNegativeZero
                partSpec.grouping = spec.grouping
                partSpec.precision = spec.precision
                partSpec.type = type
                return try Format.formatFloat(d, partSpec)
            }
            if spec.grouping != nil || spec.alternate || spec.coerceNegativeZero {
                throw PyException(.notImplementedError, "'\(text)' (a complex format without a type) is not supported yet")
            }
            let digits = ComplexValue.part(d)
            return digits.hasPrefix("-") || sign == "-" ? digits : String(sign) + digits
        }
        let re = skipReal ? "" : try part(real, sign: spec.sign)
        let im = try part(imag, sign: skipReal ? spec.sign : "+")
        return spec.pad((parens ? "(" : "") + re + im + "j" + (parens ? ")" : ""), defaultAlign: ">")
    }

    private static func part(_ d: Double) -> String {
        let text = Format.floatRepr(d)
        return text.hasSuffix(".0") && !text.contains("e") ? String(text.dropLast(2)) : text
    }

    func repr(_ interpreter: Interpreter) throws -> String { repr }
    func str(_ interpreter: Interpreter) throws -> String { repr }
    func truthiness(_ interpreter: Interpreter) throws -> Bool? { real != 0 || imag != 0 }
    func hashValue() -> Int? { try? pyHash() }

    /// CPython's `complex_hash`: hash(real) + 1000003 * hash(imag), wrapping, with -1 made -2.
    func pyHash() throws -> Int? {
        let combined = Hashing.hashDouble(real) &+ 1000003 &* Hashing.hashDouble(imag)
        return combined == -1 ? -2 : combined
    }

    func pyEquals(_ other: Value) -> Bool? {
        if case .native(let z as ComplexValue) = other { return real == z.real && imag == z.imag }
        guard imag == 0 else { return false }
        switch other {
        case .float(let d): return real == d
        case .bool(let b): return real == (b ? 1 : 0)
        default:
            guard other.isIntLike, let big = other.asBigInt, real.isFinite, real == real.rounded(.towardZero) else { return false }
            return BigInt(real) == big
        }
    }

    func unaryOp(_ op: UnaryOp, _ interpreter: Interpreter) throws -> Value? {
        switch op {
        case .neg: return .native(ComplexValue(-real, -imag))
        case .pos: return .native(ComplexValue(real, imag))
        case .invert: return nil
        }
    }

    func compare(_ op: CompareOp, _ other: Value, _ interpreter: Interpreter) throws -> Value? {
        guard op == .eq || op == .ne, try ComplexValue.from(other) != nil || other.isIntLike else { return nil }
        let equal = pyEquals(other) ?? false
        return .bool(op == .eq ? equal : !equal)
    }

    func binaryOp(_ op: BinaryOp, _ other: Value, reflected: Bool, _ interpreter: Interpreter) throws -> Value? {
        guard let o = try ComplexValue.from(other) else { return nil }
        let (a, b) = reflected ? (o, self) : (self, o)
        switch op {
        case .add: return .native(ComplexValue(a.real + b.real, a.imag + b.imag))
        case .sub: return .native(ComplexValue(a.real - b.real, a.imag - b.imag))
        case .mul: return .native(ComplexValue.product(a, b))
        case .truediv:
            guard let q = ComplexValue.quotient(a, b) else { throw PyException.zeroDivision("complex division by zero") }
            return .native(q)
        case .pow: return .native(try ComplexValue.power(a, b))
        default: return nil
        }
    }
}

extension Value {
    var complexValue: ComplexValue? {
        if case .native(let z as ComplexValue) = self { return z }
        return nil
    }
}
