import BigInt
import Foundation

extension Interpreter {
    /// `int(x)` / `int(s, base)`.
    func makeInt(_ v: Value, base: Value?) throws -> Value {
        if case .object(let b as PyBytes) = v {
            // Parsed as its ASCII text; a bad literal is shown as the bytes, as CPython shows it.
            do {
                return try makeInt(.str(Format.latin1(b.bytes)), base: base ?? .int(10))
            } catch let e as PyException where e.cls === PyType.valueError && e.args.count == 1 {
                guard case .str(let message) = e.args[0], let colon = message.range(of: ": ", options: .backwards),
                      message.hasPrefix("invalid literal") else { throw e }
                throw PyException.valueError(String(message[..<colon.lowerBound]) + ": " + Format.bytesRepr(b.bytes))
            }
        }
        if let base = base {
            if case .object(let inst as PyInstance) = v, case .object(let bytes as PyBytes)? = inst.builtinValue {
                return try makeInt(.object(bytes), base: base)
            }
            guard case .str(let s) = v.unwrappingSubclass else { throw PyException.typeError("int() can't convert non-string with explicit base") }
            let b = try intArgument(base)
            guard b == 0 || (2...36).contains(b) else { throw PyException.valueError("int() base must be >= 2 and <= 36, or 0") }
            return try parseInt(s, base: b)
        }
        switch v {
        case .int, .bigint: return v
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d): return try floatToInt(d)
        case .str(let s): return try parseInt(s, base: 10)
        case .object(let inst as PyInstance):
            for name in ["__int__", "__index__", "__trunc__"] {
                if let m = inst.cls.lookup(name) { return try callMethodValue(m, receiver: v, []) }
            }
            if let payload = inst.builtinValue { return try makeInt(payload, base: nil) }
        case .native(let n):
            if case .builtin(let b)? = n.pyClass.lookup("__int__") { return try callBuiltin(b, [v], []) }
        default: break
        }
        throw PyException.typeError("int() argument must be a string, a bytes-like object or a real number, not '\(v.typeName)'")
    }

    public func floatToInt(_ d: Double) throws -> Value {
        if d.isNaN { throw PyException.valueError("cannot convert float NaN to integer") }
        if d.isInfinite { throw PyException.overflow("cannot convert float infinity to integer") }
        let t = d.rounded(.towardZero)
        if abs(t) < 9.2e18 { return .int(Int(t)) }
        return Value(BigInt(t))
    }

    /// The decimal digits of `b`, within CPython 3.11's limit on int-to-str conversion.
    func decimalString(_ b: BigInt) throws -> String {
        let limit = intMaxStrDigits
        // A number of this many bits has more digits than the limit for sure; skip converting it.
        let tooLong = PyException.valueError("Exceeds the limit (\(limit) digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit")
        if limit > 0, Double(b.magnitude.bitWidth - 1) * 0.30102999566398120 > Double(limit) { throw tooLong }
        let text = (b.sign == .minus ? "-" : "") + (try interruptibleDecimal(b.magnitude))
        if limit > 0, text.utf8.count - (b.sign == .minus ? 1 : 0) > limit { throw tooLong }
        return text
    }

    /// The decimal digits of `n`; a long number (the limit switched off) is split around a power
    /// of ten with interruptible divisions, so Ctrl-C stops `str()` of a huge int. Splits fall at
    /// powers of ten with power-of-two exponents, so each level of the split tree divides by the
    /// same power, computed once.
    private func interruptibleDecimal(_ n: BigUInt) throws -> String {
        var ladder = PowerLadder(base: 10)
        return try interruptibleDecimal(n, &ladder)
    }

    private func interruptibleDecimal(_ n: BigUInt, _ ladder: inout PowerLadder) throws -> String {
        guard n.words.count > 1024 else { return n.description }
        let digits = Int(Double(n.bitWidth) * 0.30102999566398120)
        let rung = PowerLadder.rung(below: digits / 2)
        let half = 1 << rung
        let (high, low) = try interruptibleQuotientAndRemainder(n, try ladder.power(rung, self))
        let lowText = try interruptibleDecimal(low, &ladder)
        let highText = high.isZero ? "" : try interruptibleDecimal(high, &ladder)
        return highText.isEmpty ? lowText : highText + String(repeating: "0", count: half - lowText.utf8.count) + lowText
    }

    func parseInt(_ text: String, base: Int) throws -> Value {
        let invalid = PyException.valueError("invalid literal for int() with base \(base): \(Format.stringRepr(text))")
        var s = text.trimmingCharacters(in: .whitespacesAndNewlines)
        var negative = false
        if s.hasPrefix("-") || s.hasPrefix("+") {
            negative = s.hasPrefix("-")
            s.removeFirst()
        }
        var radix = base
        let lower = s.lowercased()
        for (prefix, r) in [("0x", 16), ("0o", 8), ("0b", 2)] where lower.hasPrefix(prefix) && (base == 0 || base == r) {
            radix = r
            s = String(s.dropFirst(2))
            if s.hasPrefix("_") { s.removeFirst() }
        }
        if radix == 0 {
            radix = 10
            if s.count > 1 && s.hasPrefix("0") && s.contains(where: { $0 != "0" && $0 != "_" }) { throw invalid }
        }
        guard !s.isEmpty, !s.hasPrefix("_"), !s.hasSuffix("_"), !s.contains("__") else { throw invalid }
        let digits = s.replacingOccurrences(of: "_", with: "")
        if radix & (radix - 1) != 0, intMaxStrDigits > 0, digits.utf8.count > intMaxStrDigits {
            throw PyException.valueError("Exceeds the limit (\(intMaxStrDigits) digits) for integer string conversion: value has \(digits.utf8.count) digits; use sys.set_int_max_str_digits() to increase the limit")
        }
        guard digits.allSatisfy({ $0.isASCII }), let big = try parseLongDigits(Substring(digits), radix: radix) else { throw invalid }
        return Value(negative ? -big : big)
    }

    /// Digits past a few thousand (the digit limit switched off) are parsed in halves joined by an
    /// interruptible product, so Ctrl-C stops `int()` of a huge string, and it runs in less than
    /// quadratic time. The low part's length is a power of two, so each level of the split tree
    /// multiplies by the same power of the radix, computed once.
    private func parseLongDigits(_ digits: Substring, radix: Int) throws -> BigInt? {
        var ladder = PowerLadder(base: BigUInt(radix))
        return try parseLongDigits(digits, &ladder)
    }

    private func parseLongDigits(_ digits: Substring, _ ladder: inout PowerLadder) throws -> BigInt? {
        let radix = Int(ladder.base)
        guard digits.utf8.count > 4096 else { return Interpreter.parseDigits(String(digits), radix: radix) }
        let rung = PowerLadder.rung(below: digits.utf8.count / 2)
        let split = digits.index(digits.endIndex, offsetBy: -(1 << rung))
        guard let high = try parseLongDigits(digits[..<split], &ladder),
              let low = try parseLongDigits(digits[split...], &ladder) else { return nil }
        return try interruptibleProduct(high, BigInt(try ladder.power(rung, self))) + low
    }

    /// Parses ASCII digits in any radix from 2 to 36.
    static func parseDigits(_ digits: String, radix: Int) -> BigInt? {
        if let small = Int(digits, radix: radix) { return BigInt(small) }
        var result = BigInt(0)
        var chunk = Substring(digits)
        while !chunk.isEmpty {
            let piece = chunk.prefix(8)
            guard let value = Int(piece, radix: radix) else { return nil }
            result = result * BigInt(radix).power(piece.count) + BigInt(value)
            chunk = chunk.dropFirst(piece.count)
        }
        return result
    }

    /// `float(x)`.
    func makeFloat(_ v: Value) throws -> Double {
        switch v {
        case .float(let d): return d
        case .int, .bigint, .bool:
            let d = v.asDouble!
            if d.isInfinite { throw PyException.overflow("int too large to convert to float") }
            return d
        case .str(let s):
            if let d = parseFloat(s) { return d }
            throw PyException.valueError("could not convert string to float: \(Format.stringRepr(s))")
        case .object(let b as PyBytes):
            if let d = parseFloat(Format.latin1(b.bytes)) { return d }
            throw PyException.valueError("could not convert string to float: \(Format.bytesRepr(b.bytes))")
        case .object(let inst as PyInstance):
            if let m = inst.cls.lookup("__float__") { return try floatArgument(callMethodValue(m, receiver: v, [])) }
            if let payload = inst.builtinValue { return try makeFloat(payload) }
        case .native(let n):
            if case .builtin(let b)? = n.pyClass.lookup("__float__") { return try floatArgument(callBuiltin(b, [v], [])) }
        default: break
        }
        throw PyException.typeError("float() argument must be a string or a real number, not '\(v.typeName)'")
    }

    func parseFloat(_ text: String) -> Double? {
        let s = text.trimmingCharacters(in: .whitespacesAndNewlines)
        var body = s.lowercased()
        var sign = 1.0
        if body.hasPrefix("-") || body.hasPrefix("+") {
            if body.hasPrefix("-") { sign = -1 }
            body.removeFirst()
        }
        switch body {
        case "inf", "infinity": return sign * .infinity
        case "nan": return .nan
        default: break
        }
        guard !body.isEmpty, !body.hasPrefix("_"), !body.hasSuffix("_"), !body.contains("__"),
              body.allSatisfy({ $0.isASCII && ($0.isNumber || "._e+-".contains($0)) }) else { return nil }
        let cleaned = body.replacingOccurrences(of: "_", with: "")
        guard cleaned.first != "e", let d = Double(cleaned) else { return nil }
        return sign * d
    }

    /// `round(x[, ndigits])`.
    func round(_ x: Value, _ ndigits: Value) throws -> Value {
        switch x {
        case .float(let d):
            if ndigits.isNone { return try floatToInt(d.rounded(.toNearestOrEven)) }
            let n = try intArgument(ndigits)
            if !d.isFinite { return x }
            if n > 300 { return x }
            if n >= 0 {
                let text = Format.cFormat(d, n, "f")
                return .float(Double(text) ?? d)
            }
            let p = Foundation.pow(10.0, Double(-n))
            if p.isInfinite { return .float(0 * d) }
            return .float((d / p).rounded(.toNearestOrEven) * p)
        case .int, .bigint, .bool:
            let i = x.asBigInt!
            if ndigits.isNone { return Value(i) }
            let n = try intArgument(ndigits)
            if n >= 0 { return Value(i) }
            let p = BigInt(10).power(-n)
            var (q, r) = i.quotientAndRemainder(dividingBy: p)
            if r.sign == .minus { q -= 1; r += p }
            let twice = r * 2
            if twice > p || (twice == p && q % 2 != 0) { q += 1 }
            return Value(q * p)
        case .object(let inst as PyInstance):
            if let m = inst.cls.lookup("__round__") { return try callMethodValue(m, receiver: x, ndigits.isNone ? [] : [ndigits]) }
            if let payload = inst.builtinValue { return try round(payload, ndigits) }
        case .native(let n):
            if case .builtin(let b)? = n.pyClass.lookup("__round__") { return try callBuiltin(b, ndigits.isNone ? [x] : [x, ndigits], []) }
        default: break
        }
        throw PyException.typeError("type \(x.typeName) doesn't define __round__ method")
    }

    /// `abs(x)`.
    func absolute(_ x: Value) throws -> Value {
        switch x {
        case .int(let i): return i == Int.min ? Value(-BigInt(i)) : .int(abs(i))
        case .bigint(let b): return Value(BigInt(b.magnitude))
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d): return .float(abs(d))
        case .object(let inst as PyInstance):
            if let m = inst.cls.lookup("__abs__") { return try callMethodValue(m, receiver: x, []) }
            if let payload = inst.builtinValue { return try absolute(payload) }
        case .native(let n):
            if case .builtin(let b)? = n.pyClass.lookup("__abs__") { return try callBuiltin(b, [x], []) }
        default: break
        }
        throw PyException.typeError("bad operand type for abs(): '\(x.typeName)'")
    }

    /// `hex`, `oct`, `bin`.
    func radixString(_ v: Value, _ radix: Int, _ prefix: String) throws -> String {
        guard let b = v.asBigInt else {
            if let i = try indexValue(v) { return try radixString(.int(i), radix, prefix) }
            throw PyException.typeError("'\(v.typeName)' object cannot be interpreted as an integer")
        }
        return (b.sign == .minus ? "-" : "") + prefix + String(b.magnitude, radix: radix)
    }

    func installNumberBuiltins() {
        builtins["abs"] = Builtins.function("abs", ["x", "/"]) { i, a in try i.absolute(a.values[0]) }
        builtins["round"] = Builtins.function("round", ["number", "ndigits=None"]) { i, a in try i.round(a.values[0], a.values[1]) }
        builtins["divmod"] = Builtins.function("divmod", ["x", "y", "/"]) { i, a in
            let (x, y) = (a.values[0], a.values[1])
            if x.isIntLike && y.isIntLike || (x.asDouble != nil && y.asDouble != nil) {
                return .tuple([try i.binary(.floordiv, x, y), try i.binary(.mod, x, y)])
            }
            if case .object(let inst as PyInstance) = x, let m = inst.cls.lookup("__divmod__") { return try i.callMethodValue(m, receiver: x, [y]) }
            if case .object(let inst as PyInstance) = y, let m = inst.cls.lookup("__rdivmod__") { return try i.callMethodValue(m, receiver: y, [x]) }
            if case .native(let n) = x, case .builtin(let b)? = n.pyClass.lookup("__divmod__") { return try i.callBuiltin(b, [x, y], []) }
            throw PyException.typeError("unsupported operand type(s) for divmod(): '\(x.typeName)' and '\(y.typeName)'")
        }
        builtins["pow"] = Builtins.function("pow", ["base", "exp", "mod=None"]) { i, a in
            if a.values[2].isNone { return try i.binary(.pow, a.values[0], a.values[1]) }
            guard let b = a.values[0].asBigInt, let e = a.values[1].asBigInt, let m = a.values[2].asBigInt else {
                throw PyException.typeError("pow() 3rd argument not allowed unless all arguments are integers")
            }
            if m.isZero { throw PyException.valueError("pow() 3rd argument cannot be 0") }
            var (base, exponent) = (b, e)
            if e.sign == .minus {
                // A negative exponent raises the modular inverse (extended Euclid) to -e.
                let modulus = BigInt(m.magnitude)
                guard let inverse = modularInverse(((b % modulus) + modulus) % modulus, modulus) else {
                    throw PyException.valueError("base is not invertible for the given modulus")
                }
                (base, exponent) = (inverse, -e)
            }
            var r = base.power(exponent, modulus: m)
            if !r.isZero && (r.sign == .minus) != (m.sign == .minus) { r += m }
            return Value(r)
        }
        builtins["hex"] = Builtins.function("hex", ["number", "/"]) { i, a in .str(try i.radixString(a.values[0], 16, "0x")) }
        builtins["oct"] = Builtins.function("oct", ["number", "/"]) { i, a in .str(try i.radixString(a.values[0], 8, "0o")) }
        builtins["bin"] = Builtins.function("bin", ["number", "/"]) { i, a in .str(try i.radixString(a.values[0], 2, "0b")) }
        builtins["chr"] = Builtins.function("chr", ["i", "/"]) { i, a in
            let n = try i.intArgument(a.values[0])
            guard n >= 0, n <= 0x10FFFF else { throw PyException.valueError("chr() arg not in range(0x110000)") }
            guard let u = Unicode.Scalar(UInt32(n)) else { return .str("\u{FFFD}") }
            return .str(String(Character(u)))
        }
        builtins["ord"] = Builtins.function("ord", ["c", "/"]) { _, a in
            guard case .str(let s) = a.values[0].unwrappingSubclass else {
                throw PyException.typeError("ord() expected string of length 1, but \(a.values[0].typeName) found")
            }
            let scalars = s.unicodeScalars
            guard scalars.count == 1 else { throw PyException.typeError("ord() expected a character, but string of length \(scalars.count) found") }
            return .int(Int(scalars.first!.value))
        }
        PyType.int.constructor = { i, args, kw in
            let (sig, defaults) = Signature.parse(["x=0", "/", "base=None"])
            let b = try sig.bind(args, kw, defaults: defaults, function: "int")
            return try i.makeInt(b.values[0], base: b.values[1].isNone ? nil : b.values[1])
        }
        PyType.float.constructor = { i, args, kw in
            guard kw.isEmpty, args.count <= 1 else { throw PyException.typeError("float expected at most 1 argument, got \(args.count)") }
            return .float(try args.first.map { try i.makeFloat($0) } ?? 0)
        }
        PyType.bool.constructor = { i, args, _ in
            guard args.count <= 1 else { throw PyException.typeError("bool expected at most 1 argument, got \(args.count)") }
            return .bool(try args.first.map { try i.truthy($0) } ?? false)
        }
    }
}

/// The inverse of `a` modulo `m` (both non-negative, m > 0), or nil when gcd(a, m) != 1.
private func modularInverse(_ a: BigInt, _ m: BigInt) -> BigInt? {
    if m == 1 { return 0 }
    var (oldR, r) = (a, m)
    var (oldS, s) = (BigInt(1), BigInt(0))
    while !r.isZero {
        let q = oldR / r
        (oldR, r) = (r, oldR - q * r)
        (oldS, s) = (s, oldS - q * s)
    }
    guard oldR == 1 else { return nil }
    return ((oldS % m) + m) % m
}

/// The powers `base ** (2 ** k)` that one long conversion divides or multiplies by, each made once
/// by squaring the one below it.
struct PowerLadder {
    let base: BigUInt
    /// `rungs[k] == base ** (2 ** k)`.
    private var rungs: [BigUInt]

    init(base: BigUInt) {
        self.base = base
        rungs = [base]
    }

    /// The largest `k` with `2 ** k <= count` (`count >= 1`).
    static func rung(below count: Int) -> Int { Int.bitWidth - 1 - max(count, 1).leadingZeroBitCount }

    /// `base ** (2 ** k)`, squaring interruptibly as far as needed.
    mutating func power(_ k: Int, _ interpreter: Interpreter) throws -> BigUInt {
        while rungs.count <= k {
            let last = rungs[rungs.count - 1]
            rungs.append(try interpreter.interruptibleProduct(last, last))
        }
        return rungs[k]
    }
}
