import Foundation

/// The `cmath` module's core: `sqrt`, `exp`, `log`, `log10`, `phase`, `polar`, `rect`, `isclose`,
/// `isfinite`/`isinf`/`isnan` and the constants, with CPython's algorithms for finite arguments
/// (scaling to avoid overflow and underflow, `log1p` near the unit circle). CPython answers
/// infinite and nan parts from special-value tables that labrun lacks, so those raise
/// NotImplementedError.
extension Interpreter {
    func cmathModule() -> [(String, Value)] {
        func fn(_ name: String, _ params: [String], _ body: @escaping (Interpreter, Signature.Bound) throws -> Value) -> (String, Value) {
            (name, Builtins.function(name, params, body))
        }
        return [
            fn("sqrt", ["z", "/"]) { i, a in .native(try CMath.sqrt(try i.finiteComplex(a.values[0], "sqrt"))) },
            fn("exp", ["z", "/"]) { i, a in .native(try CMath.exp(try i.finiteComplex(a.values[0], "exp"))) },
            fn("log", ["x", "base=None", "/"]) { i, a in
                let y = try CMath.log(try i.finiteComplex(a.values[0], "log"))
                if a.values[1].isNone { return .native(y) }
                let b = try CMath.log(try i.finiteComplex(a.values[1], "log"))
                guard let q = ComplexValue.quotient(y, b) else { throw PyException.valueError("math domain error") }
                return .native(q)
            },
            fn("log10", ["z", "/"]) { i, a in
                let y = try CMath.log(try i.finiteComplex(a.values[0], "log10"))
                return .native(ComplexValue(y.real / M_LN10, y.imag / M_LN10))
            },
            fn("phase", ["z", "/"]) { i, a in .float(CMath.phase(try i.complexArgument(a.values[0]))) },
            fn("polar", ["z", "/"]) { i, a in
                let z = try i.complexArgument(a.values[0])
                return .tuple([.float(try z.magnitude()), .float(CMath.phase(z))])
            },
            fn("rect", ["r", "phi", "/"]) { i, a in
                let r = try i.floatArgument(a.values[0]), phi = try i.floatArgument(a.values[1])
                guard r.isFinite, phi.isFinite else {
                    throw PyException(.notImplementedError, "cmath.rect of infinite or nan arguments is not supported yet")
                }
                // As CPython: a zero angle keeps the sign of zero in the imaginary part.
                return .native(phi == 0 ? ComplexValue(r, r * phi) : ComplexValue(r * cos(phi), r * sin(phi)))
            },
            fn("isclose", ["a", "b", "*", "rel_tol=1e-09", "abs_tol=0.0"]) { i, a in
                let x = try i.complexArgument(a.values[0]), y = try i.complexArgument(a.values[1])
                let rel = try i.floatArgument(a.values[2]), absTol = try i.floatArgument(a.values[3])
                if rel < 0 || absTol < 0 { throw PyException.valueError("tolerances must be non-negative") }
                if x.real == y.real && x.imag == y.imag { return .bool(true) }
                if [x.real, x.imag, y.real, y.imag].contains(where: \.isInfinite) { return .bool(false) }
                let diff = hypot(x.real - y.real, x.imag - y.imag)
                return .bool(diff <= rel * hypot(y.real, y.imag) || diff <= rel * hypot(x.real, x.imag) || diff <= absTol)
            },
            fn("isfinite", ["z", "/"]) { i, a in
                let z = try i.complexArgument(a.values[0])
                return .bool(z.real.isFinite && z.imag.isFinite)
            },
            fn("isinf", ["z", "/"]) { i, a in
                let z = try i.complexArgument(a.values[0])
                return .bool(z.real.isInfinite || z.imag.isInfinite)
            },
            fn("isnan", ["z", "/"]) { i, a in
                let z = try i.complexArgument(a.values[0])
                return .bool(z.real.isNaN || z.imag.isNaN)
            },
            ("pi", .float(Double.pi)), ("e", .float(M_E)), ("tau", .float(2 * Double.pi)),
            ("inf", .float(.infinity)), ("nan", .float(.nan)),
            ("infj", .native(ComplexValue(0, .infinity))), ("nanj", .native(ComplexValue(0, .nan))),
        ]
    }

    /// A cmath argument: an int, float, complex, or an object with `__complex__`/`__float__`/`__index__`.
    func complexArgument(_ v: Value) throws -> ComplexValue {
        if let z = try ComplexValue.from(v) { return z }
        guard case .object(let inst as PyInstance) = v, inst.cls.isUserDefined,
              case .native(let z as ComplexValue) = try ComplexValue.make([v], [], self) else {
            throw PyException.typeError("must be real number, not \(v.typeName)")
        }
        return z
    }

    /// A cmath argument with finite parts, the only ones labrun computes.
    private func finiteComplex(_ v: Value, _ function: String) throws -> ComplexValue {
        let z = try complexArgument(v)
        guard z.real.isFinite, z.imag.isFinite else {
            throw PyException(.notImplementedError, "cmath.\(function) of infinite or nan parts is not supported yet")
        }
        return z
    }
}

/// CPython's `cmathmodule.c` algorithms for finite arguments.
enum CMath {
    static let largeDouble = Double.greatestFiniteMagnitude / 4
    static let logLargeDouble = Foundation.log(largeDouble)
    static let scaleUp = 53, scaleDown = -27

    static func sqrt(_ z: ComplexValue) throws -> ComplexValue {
        if z.real == 0 && z.imag == 0 { return ComplexValue(0, z.imag) }
        var ax = abs(z.real)
        let ay = abs(z.imag)
        let s: Double
        if ax < Double.leastNormalMagnitude && ay < Double.leastNormalMagnitude {
            // hypot(ax, ay) would be subnormal: scale up first.
            ax = scalbn(ax, scaleUp)
            s = scalbn(Foundation.sqrt(ax + hypot(ax, scalbn(ay, scaleUp))), scaleDown)
        } else {
            ax /= 8
            s = 2 * Foundation.sqrt(ax + hypot(ax, ay / 8))
        }
        let d = ay / (2 * s)
        return z.real >= 0 ? ComplexValue(s, copysign(d, z.imag)) : ComplexValue(d, copysign(s, z.imag))
    }

    static func exp(_ z: ComplexValue) throws -> ComplexValue {
        let r: ComplexValue
        if z.real > logLargeDouble {
            let l = Foundation.exp(z.real - 1)
            r = ComplexValue(l * cos(z.imag) * M_E, l * sin(z.imag) * M_E)
        } else {
            let l = Foundation.exp(z.real)
            r = ComplexValue(l * cos(z.imag), l * sin(z.imag))
        }
        if !r.real.isFinite || !r.imag.isFinite { throw PyException.overflow("math range error") }
        return r
    }

    static func log(_ z: ComplexValue) throws -> ComplexValue {
        let ax = abs(z.real), ay = abs(z.imag)
        let real: Double
        if ax > largeDouble || ay > largeDouble {
            real = Foundation.log(hypot(ax / 2, ay / 2)) + M_LN2
        } else if ax < Double.leastNormalMagnitude && ay < Double.leastNormalMagnitude {
            guard ax > 0 || ay > 0 else { throw PyException.valueError("math domain error") }
            real = Foundation.log(hypot(scalbn(ax, 53), scalbn(ay, 53))) - 53 * M_LN2
        } else {
            let h = hypot(ax, ay)
            if 0.71 <= h && h <= 1.73 {
                let am = max(ax, ay), an = min(ax, ay)
                real = log1p((am - 1) * (am + 1) + an * an) / 2
            } else {
                real = Foundation.log(h)
            }
        }
        return ComplexValue(real, atan2(z.imag, z.real))
    }

    static func phase(_ z: ComplexValue) -> Double {
        z.real.isNaN || z.imag.isNaN ? .nan : atan2(z.imag, z.real)
    }
}
