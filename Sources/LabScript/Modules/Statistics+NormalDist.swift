import Foundation

/// `statistics.NormalDist(mu, sigma)`: a normal distribution with CPython 3.11's formulas —
/// `pdf`, `cdf` (through libm's `erf`), `inv_cdf` (Wichura's algorithm AS241), `quantiles`,
/// `overlap`, `zscore`, `samples` (drawn by `random.gauss`, or by `random.Random(seed).gauss`),
/// `from_samples`, arithmetic with constants and other NormalDists, equality and hashing.
final class NormalDistValue: NativeObject, HashableObject {
    let mu: Double
    let sigma: Double

    init(mu: Double, sigma: Double) {
        self.mu = mu
        self.sigma = sigma
    }

    /// `NormalDist(mu, sigma)`: sigma compared with 0.0 and both converted by `float()`, in CPython's order.
    static func make(_ mu: Value, _ sigma: Value, _ i: Interpreter) throws -> Value {
        if try i.truthy(try i.compare(.lt, sigma, .float(0))) { throw PyException(.statisticsError, "sigma must be non-negative") }
        let m = try i.floatArgument(try i.call(.type(.float), [mu]))
        let s = try i.floatArgument(try i.call(.type(.float), [sigma]))
        return .native(NormalDistValue(mu: m, sigma: s))
    }

    static let type = NativeClass("NormalDist", module: "statistics", constructor: Function(
        "NormalDist", params: ["mu=0.0", "sigma=1.0"]) { a in try make(a["mu"], a["sigma"], a.interpreter)
    }, methods: [
        Function("pdf", params: ["x"]) { a in
            let d = try a.receiver(as: NormalDistValue.self)
            let variance = d.sigma * d.sigma
            if variance == 0 { throw PyException(.statisticsError, "pdf() not defined when sigma is zero") }
            let diff = try d.offset(a["x"], a.interpreter)
            return .float(Foundation.exp(diff * diff / (-2.0 * variance)) / (2 * Double.pi * variance).squareRoot())
        },
        Function("cdf", params: ["x"]) { a in
            let d = try a.receiver(as: NormalDistValue.self)
            if d.sigma == 0 { throw PyException(.statisticsError, "cdf() not defined when sigma is zero") }
            return .float(d.cdf(try d.offset(a["x"], a.interpreter)))
        },
        Function("inv_cdf", params: ["p"]) { a in .float(try a.receiver(as: NormalDistValue.self).inverseCDF(a["p"], a.interpreter)) },
        Function("quantiles", params: ["n=4"]) { a in
            let d = try a.receiver(as: NormalDistValue.self)
            let n = try a.interpreter.intArgument(a["n"])
            guard n > 1 else { return .list(PyList()) }
            return .list(PyList(try (1..<n).map { .float(try d.inverseCDF(.float(Double($0) / Double(n)), a.interpreter)) }))
        },
        Function("overlap", params: ["other"]) { a in
            let d = try a.receiver(as: NormalDistValue.self)
            guard case .native(let other as NormalDistValue) = a["other"] else { throw PyException.typeError("Expected another NormalDist instance") }
            return .float(try d.overlap(other))
        },
        Function("zscore", params: ["x"]) { a in
            let d = try a.receiver(as: NormalDistValue.self)
            if d.sigma == 0 { throw PyException(.statisticsError, "zscore() not defined when sigma is zero") }
            return .float(try d.offset(a["x"], a.interpreter) / d.sigma)
        },
        Function("samples", params: ["n", "*", "seed=None"]) { a in
            let d = try a.receiver(as: NormalDistValue.self), i = a.interpreter
            let random = Value.object(try i.importModule("random"))
            let source = a["seed"].isNone ? random : try i.call(try i.getAttribute(random, "Random"), [a["seed"]])
            let gauss = try i.getAttribute(source, "gauss")
            let n = try i.intArgument(a["n"])
            return .list(PyList(try (0..<max(n, 0)).map { _ in try i.call(gauss, [.float(d.mu), .float(d.sigma)]) }))
        },
    ], properties: [
        Property("mean") { v, _ in .float(try NormalDistValue.of(v).mu) },
        Property("median") { v, _ in .float(try NormalDistValue.of(v).mu) },
        Property("mode") { v, _ in .float(try NormalDistValue.of(v).mu) },
        Property("stdev") { v, _ in .float(try NormalDistValue.of(v).sigma) },
        Property("variance") { v, _ in
            let d = try NormalDistValue.of(v)
            return .float(d.sigma * d.sigma)
        },
    ], staticMethods: [
        Function("from_samples", params: ["data"]) { a in
            let i = a.interpreter
            let statistics = Value.object(try i.importModule("statistics"))
            let data = Value.list(PyList(try i.iterateToArray(a["data"])))
            // `_mean_stdev`: the stdev's error for fewer than two points comes first.
            let stdev = try i.call(try i.getAttribute(statistics, "stdev"), [data])
            let mean = try i.call(try i.getAttribute(statistics, "mean"), [data])
            return try make(mean, stdev, i)
        },
    ]).type

    var pyClass: PyType { NormalDistValue.type }

    static func of(_ v: Value) throws -> NormalDistValue {
        guard case .native(let d as NormalDistValue) = v else { throw PyException.typeError("expected a NormalDist") }
        return d
    }

    /// `x - mu` in Python's arithmetic (so a str fails as CPython's does), as a float.
    private func offset(_ x: Value, _ i: Interpreter) throws -> Double {
        try i.floatArgument(try i.binary(.sub, x, .float(mu)))
    }

    private func cdf(_ offset: Double) -> Double {
        0.5 * (1.0 + erf(offset / (sigma * 2.0.squareRoot())))
    }

    private func inverseCDF(_ pValue: Value, _ i: Interpreter) throws -> Double {
        let p = try i.floatArgument(pValue)
        if p <= 0.0 || p >= 1.0 { throw PyException(.statisticsError, "p must be in the range 0.0 < p < 1.0") }
        if sigma <= 0.0 { throw PyException(.statisticsError, "cdf() not defined when sigma at or below zero") }
        return NormalDistValue.percentPoint(p) * sigma + mu
    }

    /// The overlapping coefficient of two densities (CPython's formula, its operands sorted
    /// by (sigma, mu) so the result is symmetric).
    private func overlap(_ other: NormalDistValue) throws -> Double {
        var (x, y) = (self, other)
        if (y.sigma, y.mu) < (x.sigma, x.mu) { swap(&x, &y) }
        let xVariance = x.sigma * x.sigma, yVariance = y.sigma * y.sigma
        if xVariance == 0 || yVariance == 0 { throw PyException(.statisticsError, "overlap() not defined when sigma is zero") }
        let dv = yVariance - xVariance
        let dm = abs(y.mu - x.mu)
        if dv == 0 { return 1.0 - erf(dm / (2.0 * x.sigma * 2.0.squareRoot())) }
        let a = x.mu * yVariance - y.mu * xVariance
        let b = x.sigma * y.sigma * (dm * dm + dv * Foundation.log(yVariance / xVariance)).squareRoot()
        let x1 = (a + b) / dv, x2 = (a - b) / dv
        return 1.0 - (abs(y.cdf(x1 - y.mu) - x.cdf(x1 - x.mu)) + abs(y.cdf(x2 - y.mu) - x.cdf(x2 - x.mu)))
    }

    /// Wichura's AS241 (PPND16): the standard normal deviate with lower tail probability `p`.
    static func percentPoint(_ p: Double) -> Double {
        func horner(_ coefficients: [Double], _ r: Double) -> Double {
            coefficients.dropFirst().reduce(coefficients[0]) { $0 * r + $1 }
        }
        let q = p - 0.5
        if abs(q) <= 0.425 {
            let r = 0.180625 - q * q
            let num = horner([2.5090809287301226727e+3, 3.3430575583588128105e+4, 6.7265770927008700853e+4, 4.5921953931549871457e+4,
                              1.3731693765509461125e+4, 1.9715909503065514427e+3, 1.3314166789178437745e+2, 3.3871328727963666080e+0], r) * q
            let den = horner([5.2264952788528545610e+3, 2.8729085735721942674e+4, 3.9307895800092710610e+4, 2.1213794301586595867e+4,
                              5.3941960214247511077e+3, 6.8718700749205790830e+2, 4.2313330701600911252e+1, 1.0], r)
            return num / den
        }
        var r = (-Foundation.log(q <= 0.0 ? p : 1.0 - p)).squareRoot()
        let num: Double, den: Double
        if r <= 5.0 {
            r -= 1.6
            num = horner([7.7454501427834140764e-4, 2.2723844989269184583e-2, 2.4178072517745061177e-1, 1.2704582524523683826e+0,
                          3.6478483247632046050e+0, 5.7694972214606914055e+0, 4.6303378461565452959e+0, 1.4234371107496835773e+0], r)
            den = horner([1.0507500716444168432e-9, 5.4759380849953449460e-4, 1.5198666563616457197e-2, 1.4810397642748007459e-1,
                          6.8976733498510000455e-1, 1.6763848301838038494e+0, 2.0531916266377588219e+0, 1.0], r)
        } else {
            r -= 5.0
            num = horner([2.0103343992922881327e-7, 2.7115555687434875782e-5, 1.2426609473880784386e-3, 2.6532189526576123093e-2,
                          2.9656057182850489123e-1, 1.7848265399172913358e+0, 5.4637849111641143699e+0, 6.6579046435011037772e+0], r)
            den = horner([2.0442631033899397856e-15, 1.4215117583164458887e-7, 1.8463183175100546818e-5, 7.8686913114561329059e-4,
                          1.4875361290850615025e-2, 1.3692988092273580531e-1, 5.9983220655588793769e-1, 1.0], r)
        }
        let x = num / den
        return q < 0.0 ? -x : x
    }

    /// `+d` is a copy; `-d` negates mu.
    func unaryOp(_ op: UnaryOp, _ interpreter: Interpreter) throws -> Value? {
        switch op {
        case .pos: return .native(NormalDistValue(mu: mu, sigma: sigma))
        case .neg: return .native(NormalDistValue(mu: -mu, sigma: sigma))
        default: return nil
        }
    }

    func repr(_ interpreter: Interpreter) throws -> String {
        "NormalDist(mu=\(try interpreter.reprOf(.float(mu))), sigma=\(try interpreter.reprOf(.float(sigma))))"
    }

    func pyHash() throws -> Int? { try Hashing.hash(.tuple([.float(mu), .float(sigma)])) }
    func hashValue() -> Int? { try? pyHash() }
    func pyEquals(_ other: Value) -> Bool? {
        guard case .native(let o as NormalDistValue) = other else { return nil }
        return mu == o.mu && sigma == o.sigma
    }

    func compare(_ op: CompareOp, _ other: Value, _ interpreter: Interpreter) throws -> Value? {
        guard op == .eq || op == .ne, let equal = pyEquals(other) else { return nil }
        return .bool(op == .eq ? equal : !equal)
    }

    /// `+ - * /` with a constant or (for `+ -`) another NormalDist, in CPython's order of
    /// operations, so a bad operand fails with CPython's error.
    func binaryOp(_ op: BinaryOp, _ other: Value, reflected: Bool, _ i: Interpreter) throws -> Value? {
        switch (op, other) {
        case (.add, .native(let o as NormalDistValue)), (.sub, .native(let o as NormalDistValue)):
            let (a, b) = reflected ? (o, self) : (self, o)
            return .native(NormalDistValue(mu: op == .add ? a.mu + b.mu : a.mu - b.mu, sigma: vectorNorm([a.sigma, b.sigma])))
        case (.add, _):
            return try NormalDistValue.make(try i.binary(.add, .float(mu), other), .float(sigma), i)
        case (.sub, _):
            let shifted = try NormalDistValue.make(try i.binary(.sub, .float(mu), other), .float(sigma), i)
            guard reflected, case .native(let d as NormalDistValue) = shifted else { return shifted }
            return .native(NormalDistValue(mu: -d.mu, sigma: d.sigma))
        case (.mul, _), (.truediv, _):
            if op == .truediv && reflected { return nil }
            let scaled = try i.binary(op, .float(mu), other)
            let spread = try i.binary(op, .float(sigma), .float(abs(try i.floatArgument(other))))
            return try NormalDistValue.make(scaled, spread, i)
        default:
            return nil
        }
    }
}
