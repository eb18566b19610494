import BigInt
import Foundation

extension Interpreter {
    /// The `math` module.
    func mathModule() -> [(String, Value)] {
        func domain() -> PyException { PyException.valueError("math domain error") }
        func unary(_ name: String, _ f: @escaping (Double) throws -> Double) -> (String, Value) {
            (name, Builtins.function(name, ["x", "/"]) { i, a in
                let x = try i.floatArgument(a.values[0])
                let r = try f(x)
                if r.isNaN && !x.isNaN { throw domain() }
                if r.isInfinite && x.isFinite { throw PyException.overflow("math range error") }
                return .float(r)
            })
        }
        func fn(_ name: String, _ params: [String], _ body: @escaping Builtins.Body) -> (String, Value) {
            (name, Builtins.function(name, params, body))
        }
        func integer(_ i: Interpreter, _ v: Value) throws -> BigInt {
            if let b = v.asBigInt { return b }
            throw PyException.typeError("'\(v.typeName)' object cannot be interpreted as an integer")
        }
        func logOf(_ i: Interpreter, _ v: Value) throws -> Double {
            if case .bigint(let b) = v {
                guard b.sign == .plus else { throw domain() }
                let d = b.nearestDouble
                if d.isFinite { return Foundation.log(d) }
                // Like CPython: b = x * 2**e with x in [0.5, 1).
                let e = b.magnitude.bitWidth
                let x = Double(b >> (e - 64)) / 18446744073709551616.0
                return Foundation.log(x) + M_LN2 * Double(e)
            }
            let x = try i.floatArgument(v)
            guard x > 0 else { throw domain() }
            return Foundation.log(x)
        }
        return [
            ("pi", .float(Double.pi)), ("e", .float(M_E)), ("tau", .float(2 * Double.pi)),
            ("inf", .float(.infinity)), ("nan", .float(.nan)),
            unary("sqrt") { x in
                guard x >= 0 else { throw domain() }
                return x.squareRoot()
            },
            unary("exp") { exp($0) }, unary("expm1") { expm1($0) },
            unary("log2") { x in
                guard x > 0 else { throw domain() }
                return log2(x)
            },
            unary("log10") { x in
                guard x > 0 else { throw domain() }
                return log10(x)
            },
            unary("log1p") { x in
                guard x > -1 else { throw domain() }
                return log1p(x)
            },
            unary("fabs") { abs($0) },
            unary("sin") { sin($0) }, unary("cos") { cos($0) }, unary("tan") { tan($0) },
            unary("asin") { asin($0) }, unary("acos") { acos($0) }, unary("atan") { atan($0) },
            unary("sinh") { sinh($0) }, unary("cosh") { cosh($0) }, unary("tanh") { tanh($0) },
            unary("asinh") { asinh($0) }, unary("acosh") { acosh($0) }, unary("atanh") { atanh($0) },
            unary("degrees") { $0 * 180 / Double.pi }, unary("radians") { $0 * Double.pi / 180 },
            unary("erf") { erf($0) }, unary("cbrt") { Foundation.cbrt($0) }, unary("erfc") { erfc($0) },
            unary("gamma") { x in try Gamma.checked(Gamma.gamma(x), x) },
            unary("lgamma") { x in try Gamma.checked(Gamma.logGamma(x), x) },
            fn("log", ["x", "base=None", "/"]) { i, a in
                let l = try logOf(i, a.values[0])
                if a.values[1].isNone { return .float(l) }
                let b = try logOf(i, a.values[1])
                if b == 0 { throw PyException.zeroDivision("float division by zero") }
                return .float(l / b)
            },
            fn("pow", ["x", "y", "/"]) { i, a in
                let x = try i.floatArgument(a.values[0]), y = try i.floatArgument(a.values[1])
                if x == 0 && y < 0 { throw domain() }
                if x < 0 && y != y.rounded() && y.isFinite { throw domain() }
                let r = Foundation.pow(x, y)
                if r.isInfinite && x.isFinite && y.isFinite { throw PyException.overflow("math range error") }
                return .float(r)
            },
            fn("floor", ["x", "/"]) { i, a in
                if a.values[0].isIntLike { return Value(a.values[0].asBigInt!) }
                if case .native(let n) = a.values[0], case .builtin(let b)? = n.pyClass.lookup("__floor__") { return try i.callBuiltin(b, [a.values[0]], []) }
                return try i.floatToInt(floor(try i.floatArgument(a.values[0])))
            },
            fn("ceil", ["x", "/"]) { i, a in
                if a.values[0].isIntLike { return Value(a.values[0].asBigInt!) }
                if case .native(let n) = a.values[0], case .builtin(let b)? = n.pyClass.lookup("__ceil__") { return try i.callBuiltin(b, [a.values[0]], []) }
                return try i.floatToInt(ceil(try i.floatArgument(a.values[0])))
            },
            fn("trunc", ["x", "/"]) { i, a in
                if a.values[0].isIntLike { return Value(a.values[0].asBigInt!) }
                if case .native(let n) = a.values[0], case .builtin(let b)? = n.pyClass.lookup("__trunc__") { return try i.callBuiltin(b, [a.values[0]], []) }
                return try i.floatToInt(try i.floatArgument(a.values[0]))
            },
            fn("atan2", ["y", "x", "/"]) { i, a in .float(atan2(try i.floatArgument(a.values[0]), try i.floatArgument(a.values[1]))) },
            fn("copysign", ["x", "y", "/"]) { i, a in .float(copysign(try i.floatArgument(a.values[0]), try i.floatArgument(a.values[1]))) },
            fn("fmod", ["x", "y", "/"]) { i, a in
                let y = try i.floatArgument(a.values[1])
                if y == 0 { throw domain() }
                return .float(fmod(try i.floatArgument(a.values[0]), y))
            },
            fn("remainder", ["x", "y", "/"]) { i, a in
                let x = try i.floatArgument(a.values[0]), y = try i.floatArgument(a.values[1])
                if y == 0 || x.isInfinite { throw domain() }
                return .float(Foundation.remainder(x, y))
            },
            fn("modf", ["x", "/"]) { i, a in
                let x = try i.floatArgument(a.values[0])
                let t = x.rounded(.towardZero)
                return .tuple([.float(copysign(x.isInfinite ? 0 : x - t, x)), .float(t)])
            },
            fn("frexp", ["x", "/"]) { i, a in
                var e: Int32 = 0
                let m = frexp(try i.floatArgument(a.values[0]), &e)
                return .tuple([.float(m), .int(Int(e))])
            },
            fn("ldexp", ["x", "i", "/"]) { i, a in .float(scalbn(try i.floatArgument(a.values[0]), Int32(clamping: try i.intArgument(a.values[1])))) },
            fn("hypot", ["*coordinates"]) { i, a in
                .float(vectorNorm(try a.varargs.map { try i.floatArgument($0) }))
            },
            fn("dist", ["p", "q", "/"]) { i, a in
                let p = try i.iterateToArray(a.values[0]).map { try i.floatArgument($0) }
                let q = try i.iterateToArray(a.values[1]).map { try i.floatArgument($0) }
                guard p.count == q.count else { throw PyException.valueError("both points must have the same number of dimensions") }
                return .float(vectorNorm(zip(p, q).map { $0 - $1 }))
            },
            fn("ulp", ["x", "/"]) { i, a in .float(unitInLastPlace(try i.floatArgument(a.values[0]))) },
            fn("nextafter", ["x", "y", "/"]) { i, a in
                let x = try i.floatArgument(a.values[0]), y = try i.floatArgument(a.values[1])
                if x.isNaN || y.isNaN { return .float(.nan) }
                if x == y { return .float(y) }
                return .float(y > x ? x.nextUp : x.nextDown)
            },
            fn("isclose", ["a", "b", "*", "rel_tol=1e-09", "abs_tol=0.0"]) { i, a in
                let x = try i.floatArgument(a.values[0]), y = try i.floatArgument(a.values[1])
                let rel = try i.floatArgument(a.values[2]), absTol = try i.floatArgument(a.values[3])
                if rel < 0 || absTol < 0 { throw PyException.valueError("tolerances must be non-negative") }
                if x == y { return .bool(true) }
                if x.isInfinite || y.isInfinite { return .bool(false) }
                let diff = abs(y - x)
                return .bool(diff <= abs(rel * y) || diff <= abs(rel * x) || diff <= absTol)
            },
            fn("isfinite", ["x", "/"]) { i, a in .bool(try i.floatArgument(a.values[0]).isFinite) },
            fn("isinf", ["x", "/"]) { i, a in .bool(try i.floatArgument(a.values[0]).isInfinite) },
            fn("isnan", ["x", "/"]) { i, a in .bool(try i.floatArgument(a.values[0]).isNaN) },
            fn("factorial", ["n", "/"]) { i, a in
                let n = try i.intArgument(a.values[0])
                if n < 0 { throw PyException.valueError("factorial() not defined for negative values") }
                var r = BigInt(1)
                var steps = 0
                if n > 1 { for k in 2...n { r *= BigInt(k); try i.pollInterrupt(&steps, every: 0xFF) } }
                return Value(r)
            },
            fn("gcd", ["*integers"]) { i, a in
                Value(try a.varargs.reduce(BigInt(0)) { $0.greatestCommonDivisor(with: try integer(i, $1)) })
            },
            fn("lcm", ["*integers"]) { i, a in
                Value(try a.varargs.reduce(BigInt(1)) { acc, v in
                    let b = try integer(i, v)
                    if acc.isZero || b.isZero { return 0 }
                    return BigInt((acc * b).magnitude) / acc.greatestCommonDivisor(with: b)
                })
            },
            fn("isqrt", ["n", "/"]) { i, a in
                let n = try integer(i, a.values[0])
                if n.sign == .minus { throw PyException.valueError("isqrt() argument must be nonnegative") }
                return Value(BigInt(n.magnitude.squareRoot()))
            },
            fn("comb", ["n", "k", "/"]) { i, a in
                let n = try i.intArgument(a.values[0]), k = try i.intArgument(a.values[1])
                if n < 0 || k < 0 { throw PyException.valueError("\(n < 0 ? "n" : "k") must be a non-negative integer") }
                if k > n { return .int(0) }
                var r = BigInt(1)
                let kk = min(k, n - k)
                var steps = 0
                if kk > 0 { for j in 1...kk { r = r * BigInt(n - kk + j) / BigInt(j); try i.pollInterrupt(&steps, every: 0xFF) } }
                return Value(r)
            },
            fn("perm", ["n", "k=None", "/"]) { i, a in
                let n = try i.intArgument(a.values[0])
                let k = a.values[1].isNone ? n : try i.intArgument(a.values[1])
                if n < 0 || k < 0 { throw PyException.valueError("\(n < 0 ? "n" : "k") must be a non-negative integer") }
                if k > n { return .int(0) }
                var r = BigInt(1)
                var steps = 0
                if k > 0 { for j in (n - k + 1)...n { r *= BigInt(j); try i.pollInterrupt(&steps, every: 0xFF) } }
                return Value(r)
            },
            fn("prod", ["iterable", "/", "*", "start=1"]) { i, a in
                var r = a.values[1]
                for v in try i.iterateToArray(a.values[0]) { r = try i.binary(.mul, r, v) }
                return r
            },
            fn("fsum", ["seq", "/"]) { i, a in .float(exactSum(try i.iterateToArray(a.values[0]).map { try i.floatArgument($0) })) },
        ]
    }
}

/// Shewchuk's exactly rounded floating-point summation (what math.fsum computes).
func exactSum(_ values: [Double]) -> Double {
    var partials: [Double] = []
    for var x in values {
        var kept = 0
        for var y in partials {
            if abs(x) < abs(y) { swap(&x, &y) }
            let hi = x + y
            let lo = y - (hi - x)
            if lo != 0 {
                partials[kept] = lo
                kept += 1
            }
            x = hi
        }
        partials.removeSubrange(kept...)
        partials.append(x)
    }
    guard var hi = partials.popLast() else { return 0 }
    var lo = 0.0
    while let y = partials.popLast() {
        let x = hi
        hi = x + y
        let yr = hi - x
        lo = y - yr
        if lo != 0 { break }
    }
    if let next = partials.last, (lo < 0 && next < 0) || (lo > 0 && next > 0) {
        let y = lo * 2
        let x = hi + y
        if y == x - hi { hi = x }
    }
    return hi
}

/// `math.ulp`: the distance from |x| to the next larger double (to the next smaller one at the top).
func unitInLastPlace(_ x: Double) -> Double {
    if x.isNaN { return x }
    let m = abs(x)
    if m.isInfinite { return m }
    let up = m.nextUp
    return up.isInfinite ? m - m.nextDown : up - m
}

/// The Euclidean norm as CPython's vector_norm computes it: scaled by a power of two, squares
/// summed exactly in double-length arithmetic, then one correction step, so results match to the bit.
func vectorNorm(_ values: [Double]) -> Double {
    var vec = values.map { abs($0) }
    let foundNaN = vec.contains { $0.isNaN }
    let maxValue = vec.filter { !$0.isNaN }.max() ?? 0
    if maxValue.isInfinite { return maxValue }
    if foundNaN { return .nan }
    if maxValue == 0 || vec.count <= 1 { return maxValue }
    let maxExponent = Int(maxValue.exponent) + 1
    if maxExponent < -1023 {
        vec = vec.map { $0 / Double.leastNormalMagnitude }
        return Double.leastNormalMagnitude * vectorNorm(vec)
    }
    let scale = Double(sign: .plus, exponent: -maxExponent, significand: 1)
    var csum = 1.0, frac1 = 0.0, frac2 = 0.0
    func addExact(_ hi: Double, _ lo: Double) {
        let sum = csum + hi
        frac2 += (csum - sum) + hi
        csum = sum
        frac1 += lo
    }
    for v in vec {
        let x = v * scale
        let square = x * x
        addExact(square, fusedLow(x, x, square))
    }
    var h = (csum - 1.0 + (frac1 + frac2)).squareRoot()
    let product = -h * h
    addExact(product, fusedLow(-h, h, product))
    let x = csum - 1.0 + (frac1 + frac2)
    h += x / (2.0 * h)
    return h / scale
}

/// The exact rounding error of `a * b` (whose rounded value is `product`), by a fused multiply-add.
private func fusedLow(_ a: Double, _ b: Double, _ product: Double) -> Double {
    (-product).addingProduct(a, b)
}
