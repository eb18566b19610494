import BigInt
import Foundation

/// `fractions.Fraction`: an exact rational, always in lowest terms with a positive denominator.
final class FractionValue: NativeObject, HashableObject {
    let numerator: BigInt
    let denominator: BigInt

    /// `n/d` reduced; ZeroDivisionError naming the numerator when `d` is 0, as CPython's does.
    init(_ n: BigInt, _ d: BigInt) throws {
        if d.isZero { throw PyException.zeroDivision("Fraction(\(n), 0)") }
        let g = n.greatestCommonDivisor(with: d)
        let sign: BigInt = d.sign == .minus ? -1 : 1
        numerator = sign * n / g
        denominator = sign * d / g
    }

    var pyClass: PyType { FractionValue.type }

    static let type = NativeClass("Fraction", module: "fractions", constructor: Function(
        "Fraction", params: ["numerator=0", "denominator=None"]) { a in
        .native(try FractionValue.make(a["numerator"], a["denominator"], a.interpreter))
    }, methods: [
        Function("limit_denominator", params: ["max_denominator=1000000"]) { a in
            .native(try a.receiver(as: FractionValue.self).limited(BigInt(try a.int("max_denominator"))))
        },
        Function("as_integer_ratio") { a in
            let f = try a.receiver(as: FractionValue.self)
            return .tuple([Value(f.numerator), Value(f.denominator)])
        },
        Function("__abs__") { a in .native(try a.receiver(as: FractionValue.self).absolute) },
        Function("__divmod__", params: ["other", "/"]) { a in
            let i = a.interpreter
            return .tuple([try i.binary(.floordiv, a.receiver ?? .none, a["other"]), try i.binary(.mod, a.receiver ?? .none, a["other"])])
        },
        Function("__float__") { a in try a.receiver(as: FractionValue.self).float(a.interpreter) },
        Function("__int__") { a in Value(try a.receiver(as: FractionValue.self).truncated) },
        Function("__trunc__") { a in Value(try a.receiver(as: FractionValue.self).truncated) },
        Function("__floor__") { a in Value(try a.receiver(as: FractionValue.self).floor) },
        Function("__ceil__") { a in
            let f = try a.receiver(as: FractionValue.self)
            return Value(-FractionValue.floorDiv(-f.numerator, f.denominator))
        },
        Function("__round__", params: ["ndigits=None"]) { a in
            try a.receiver(as: FractionValue.self).rounded(a["ndigits"], a.interpreter)
        },
    ], properties: [
        Property("numerator") { v, _ in (v.fraction).map { Value($0.numerator) } ?? .none },
        Property("denominator") { v, _ in (v.fraction).map { Value($0.denominator) } ?? .none },
    ], staticMethods: [
        Function("from_float", params: ["f"]) { a in
            guard case .float = a["f"] else {
                if a["f"].isIntLike { return .native(try FractionValue(a["f"].asBigInt!, 1)) }
                throw PyException.typeError("Fraction.from_float() only takes floats, not \(try a.interpreter.reprOf(a["f"])) (\(a["f"].typeName))")
            }
            return .native(try FractionValue.make(a["f"], .none, a.interpreter))
        },
    ]).type

    /// `Fraction(numerator, denominator)`.
    static func make(_ n: Value, _ d: Value, _ i: Interpreter) throws -> FractionValue {
        if d.isNone {
            if let r = rational(n) { return try FractionValue(r.0, r.1) }
            switch n {
            case .float(let x):
                let (num, den) = try integerRatio(x)
                return try FractionValue(num, den)
            case .str(let s): return try parse(s)
            default: break
            }
            throw PyException.typeError("argument should be a string or a Rational instance")
        }
        guard let a = rational(n), let b = rational(d) else { throw PyException.typeError("both arguments should be Rational instances") }
        return try FractionValue(a.0 * b.1, a.1 * b.0)
    }

    /// An int, bool or Fraction as numerator and denominator; nil for anything else.
    static func rational(_ v: Value) -> (BigInt, BigInt)? {
        if v.isIntLike { return (v.asBigInt!, 1) }
        if let f = v.fraction { return (f.numerator, f.denominator) }
        return nil
    }

    /// A Fraction literal: `[sign]digits[/digits]` or a decimal with an optional exponent, with
    /// surrounding whitespace and `_` between digits allowed.
    static func parse(_ text: String) throws -> FractionValue {
        let invalid = PyException.valueError("Invalid literal for Fraction: \(Format.stringRepr(text))")
        var s = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines))
        var negative = false
        if let c = s.first, c == "+" || c == "-" {
            negative = c == "-"
            s = s.dropFirst()
        }
        func digits(_ part: Substring, allowEmpty: Bool) throws -> String {
            if part.isEmpty {
                guard allowEmpty else { throw invalid }
                return ""
            }
            guard part.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "_") }), part.first != "_", part.last != "_",
                  !part.contains("__") else { throw invalid }
            return part.replacingOccurrences(of: "_", with: "")
        }
        var n: BigInt, d: BigInt = 1
        if let slash = s.firstIndex(of: "/") {
            n = BigInt(try digits(s[..<slash], allowEmpty: false))!
            d = BigInt(try digits(s[s.index(after: slash)...], allowEmpty: false))!
        } else {
            var mantissa = s, exponent = 0
            if let e = s.firstIndex(where: { $0 == "e" || $0 == "E" }) {
                mantissa = s[..<e]
                var exp = s[s.index(after: e)...]
                var expNegative = false
                if let c = exp.first, c == "+" || c == "-" {
                    expNegative = c == "-"
                    exp = exp.dropFirst()
                }
                guard let value = Int(try digits(exp, allowEmpty: false)) else { throw invalid }
                exponent = expNegative ? -value : value
            }
            var whole = mantissa, fraction: Substring = ""
            if let dot = mantissa.firstIndex(of: ".") {
                whole = mantissa[..<dot]
                fraction = mantissa[mantissa.index(after: dot)...]
            }
            let w = try digits(whole, allowEmpty: true), f = try digits(fraction, allowEmpty: true)
            guard !(w.isEmpty && f.isEmpty) else { throw invalid }
            n = BigInt(w + f) ?? 0
            exponent -= f.count
            if exponent >= 0 { n *= BigInt(10).power(exponent) } else { d = BigInt(10).power(-exponent) }
        }
        return try FractionValue(negative ? -n : n, d)
    }

    var truncated: BigInt { numerator / denominator }
    var floor: BigInt {
        let (q, r) = numerator.quotientAndRemainder(dividingBy: denominator)
        return r.sign == .minus && !r.isZero ? q - 1 : q
    }

    func float(_ i: Interpreter) throws -> Value { try i.binary(.truediv, Value(numerator), Value(denominator)) }

    /// The closest fraction with a denominator at most `limit` (CPython's continued-fraction walk).
    func limited(_ limit: BigInt) throws -> FractionValue {
        if limit < 1 { throw PyException.valueError("max_denominator should be at least 1") }
        if denominator <= limit { return self }
        var (p0, q0, p1, q1): (BigInt, BigInt, BigInt, BigInt) = (0, 1, 1, 0)
        var n = numerator, d = denominator
        while true {
            let a = FractionValue.floorDiv(n, d)
            let q2 = q0 + a * q1
            if q2 > limit { break }
            (p0, q0, p1, q1) = (p1, q1, p0 + a * p1, q2)
            (n, d) = (d, n - a * d)
        }
        let k = FractionValue.floorDiv(limit - q0, q1)
        let bound1 = try FractionValue(p0 + k * p1, q0 + k * q1)
        let bound2 = try FractionValue(p1, q1)
        let d1 = try bound2.subtracting(self).absolute, d2 = try bound1.subtracting(self).absolute
        return d1.numerator * d2.denominator <= d2.numerator * d1.denominator ? bound2 : bound1
    }

    static func floorDiv(_ a: BigInt, _ b: BigInt) -> BigInt {
        let (q, r) = a.quotientAndRemainder(dividingBy: b)
        return !r.isZero && (r.sign == .minus) != (b.sign == .minus) ? q - 1 : q
    }

    var absolute: FractionValue { numerator.sign == .minus ? (try! FractionValue(-numerator, denominator)) : self }
    func subtracting(_ o: FractionValue) throws -> FractionValue {
        try FractionValue(numerator * o.denominator - o.numerator * denominator, denominator * o.denominator)
    }

    /// `round(f)` (an int, ties to even) or `round(f, n)` (a Fraction).
    func rounded(_ ndigits: Value, _ i: Interpreter) throws -> Value {
        func roundHalfEven(_ n: BigInt, _ d: BigInt) -> BigInt {
            let q = FractionValue.floorDiv(n, d), r = n - q * d
            let twice = 2 * r
            if twice < d || (twice == d && q % 2 == 0) { return q }
            return q + 1
        }
        if ndigits.isNone { return Value(roundHalfEven(numerator, denominator)) }
        let k = try i.intArgument(ndigits)
        let shift = BigInt(10).power(abs(k))
        if k > 0 { return .native(try FractionValue(roundHalfEven(numerator * shift, denominator), shift)) }
        return .native(try FractionValue(roundHalfEven(numerator, denominator * shift) * shift, 1))
    }

    // MARK: Python protocol

    func repr(_ interpreter: Interpreter) throws -> String { "Fraction(\(numerator), \(denominator))" }
    func str(_ interpreter: Interpreter) throws -> String { denominator == 1 ? "\(numerator)" : "\(numerator)/\(denominator)" }
    func truthiness(_ interpreter: Interpreter) throws -> Bool? { !numerator.isZero }
    func hashValue() -> Int? { try? pyHash() }

    /// CPython's rational hash, so a Fraction hashes as the equal int or float does.
    func pyHash() throws -> Int? {
        let p = BigInt(Hashing.modulus)
        let hash: Int
        if (denominator % p).isZero {
            hash = 314159
        } else {
            let inverse = denominator.power(p - 2, modulus: p)
            hash = Hashing.hashBig(BigInt(Hashing.hashBig(abs(numerator))) * inverse)
        }
        let r = numerator.sign == .minus ? -hash : hash
        return r == -1 ? -2 : r
    }

    func pyEquals(_ other: Value) -> Bool? {
        if let (n, d) = FractionValue.rational(other) { return n == numerator && d == denominator }
        if case .float(let x) = other {
            guard let (n, d) = try? integerRatio(x) else { return false }
            return n == numerator && d == denominator
        }
        return false
    }

    func unaryOp(_ op: UnaryOp, _ interpreter: Interpreter) throws -> Value? {
        switch op {
        case .neg: return .native(try FractionValue(-numerator, denominator))
        case .pos: return .native(self)
        default: return nil
        }
    }

    func compare(_ op: CompareOp, _ other: Value, _ interpreter: Interpreter) throws -> Value? {
        if case .float(let x) = other {
            if !x.isFinite { return try interpreter.compare(op, try float(interpreter), other) }
            let (n, d) = try integerRatio(x)
            return try interpreter.compare(op, Value(numerator * d), Value(n * denominator))
        }
        guard let (n, d) = FractionValue.rational(other) else { return nil }
        let left = numerator * d, right = n * denominator
        return try interpreter.compare(op, Value(left), Value(right))
    }

    func binaryOp(_ op: BinaryOp, _ other: Value, reflected: Bool, _ interpreter: Interpreter) throws -> Value? {
        let i = interpreter
        if case .float = other {
            let mine = try float(i)
            return try reflected ? i.binary(op, other, mine) : i.binary(op, mine, other)
        }
        guard let (on, od) = FractionValue.rational(other) else { return nil }
        let (an, ad, bn, bd) = reflected ? (on, od, numerator, denominator) : (numerator, denominator, on, od)
        switch op {
        case .add: return .native(try FractionValue(an * bd + bn * ad, ad * bd))
        case .sub: return .native(try FractionValue(an * bd - bn * ad, ad * bd))
        case .mul: return .native(try FractionValue(an * bn, ad * bd))
        case .truediv:
            if bn.isZero {
                // CPython divides out common factors first, so the message shows what is left.
                let shown = an.isZero ? 0 : BigInt(an.signum()) * (bd / bd.greatestCommonDivisor(with: ad))
                throw PyException.zeroDivision("Fraction(\(shown), 0)")
            }
            return .native(try FractionValue(an * bd, ad * bn))
        case .floordiv:
            if bn.isZero { throw PyException.zeroDivision("integer division or modulo by zero") }
            return Value(FractionValue.floorDiv(an * bd, ad * bn))
        case .mod:
            if bn.isZero { throw PyException.zeroDivision("integer modulo by zero") }
            let q = FractionValue.floorDiv(an * bd, ad * bn)
            return .native(try FractionValue(an * bd - q * ad * bn, ad * bd))
        case .pow:
            if bd == 1 {
                // An integral exponent keeps the result exact.
                guard let e = Int(exactly: bn) else { throw PyException.overflow("exponent too large") }
                if reflected && od == 1 && e >= 0 { return Value(on.power(e)) }
                if e >= 0 { return .native(try FractionValue(an.power(e), ad.power(e))) }
                return .native(try FractionValue(ad.power(-e), an.power(-e)))
            }
            let base = try FractionValue(an, ad).float(i), exponent = try FractionValue(bn, bd).float(i)
            return try i.binary(.pow, base, exponent)
        default: return nil
        }
    }
}

extension Value {
    /// The Fraction this value is, if it is one.
    var fraction: FractionValue? {
        if case .native(let f as FractionValue) = self { return f }
        return nil
    }
}

extension Interpreter {
    /// The `fractions` module: `Fraction`.
    func fractionsModule() -> [(String, Value)] {
        [("Fraction", .type(FractionValue.type))]
    }
}
