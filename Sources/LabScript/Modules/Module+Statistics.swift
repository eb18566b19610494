import BigInt
import Foundation

/// An exact rational number, enough for the statistics module's exactly rounded results.
struct Rational {
    var numerator: BigInt
    var denominator: BigInt

    /// The exact value of a finite double or an int.
    init(_ v: Value) throws {
        if let f = v.fraction {
            numerator = f.numerator
            denominator = f.denominator
            return
        }
        if let b = v.asBigInt {
            numerator = b
            denominator = 1
            return
        }
        guard case .float(let d) = v.unwrappingSubclass, d.isFinite else { throw PyException.valueError("cannot convert \(v.typeName) to an exact fraction") }
        let significand = BigInt(d.significandBitPattern) + (d.isNormal ? BigInt(1) << 52 : 0)
        let exponent = d.isNormal ? Int(d.exponent) - 52 : -1074
        numerator = d.sign == .minus ? -significand : significand
        denominator = 1
        if exponent >= 0 { numerator <<= exponent } else { denominator <<= -exponent }
    }

    init(_ n: BigInt, _ d: BigInt) {
        numerator = n
        denominator = d
    }

    static func + (a: Rational, b: Rational) -> Rational {
        Rational(a.numerator * b.denominator + b.numerator * a.denominator, a.denominator * b.denominator)
    }
    static func - (a: Rational, b: Rational) -> Rational {
        Rational(a.numerator * b.denominator - b.numerator * a.denominator, a.denominator * b.denominator)
    }
    static func * (a: Rational, b: Rational) -> Rational {
        Rational(a.numerator * b.numerator, a.denominator * b.denominator)
    }
    func divided(by n: Int) -> Rational { Rational(numerator, denominator * BigInt(n)) }

    var reduced: Rational {
        let g = numerator.greatestCommonDivisor(with: denominator)
        return g.isZero ? self : Rational(numerator / g, denominator / g)
    }
}

extension Interpreter {
    /// A rational as Python's statistics converts it: an int when the data were ints and the
    /// value is whole, otherwise a correctly rounded float.
    private func statisticsResult(_ r: Rational, intData: Bool) -> Value {
        let q = r.reduced
        if intData && q.denominator == 1 { return Value(q.numerator) }
        return .float(bigTrueDivide(q.numerator, q.denominator))
    }

    /// The result of `mean`/`variance`/`pvariance` in the type CPython's `_coerce` picks from the
    /// data's types: a subclass of int or float in the data makes it an instance of that class
    /// (`_convert`: `T(value)`, or a float when an int subclass's value is not whole).
    func statisticsResult(_ r: Rational, _ items: [Value]) throws -> Value {
        var chosen: PyType? = nil
        for item in items {
            guard case .object(let inst as PyInstance) = item, inst.builtinValue != nil else { continue }
            let t = inst.cls
            if let c = chosen, c !== t, !t.isSubclass(of: c) {
                guard c.isSubclass(of: t) else { throw PyException.typeError("don't know how to coerce \(c.name) and \(t.name)") }
                continue
            }
            chosen = t
        }
        let intData = items.allSatisfy { $0.isIntLike || $0.builtinPayload?.isIntLike == true }
        let floatData = items.contains { if case .float = $0.unwrappingSubclass { return true } else { return false } }
        // `_coerce`: Fraction wins over int (and its subclasses), float over Fraction.
        if !floatData && items.contains(where: { $0.fraction != nil }) {
            let q = r.reduced
            return .native(try FractionValue(q.numerator, q.denominator))
        }
        let value = statisticsResult(r, intData: intData)
        guard let cls = chosen, cls.isSubclass(of: .float) || value.isIntLike else { return value }
        if cls.isSubclass(of: .int), items.contains(where: { if case .float = $0.unwrappingSubclass { return true } else { return false } }) {
            return value
        }
        return try instantiate(cls, [value], [])
    }

    /// Correctly rounded sqrt(n/m) (CPython's `_float_sqrt_of_frac`).
    private func sqrtOfFraction(_ n: BigInt, _ m: BigInt) -> Double {
        func isqrtRoundToOdd(_ n: BigInt, _ m: BigInt) -> BigInt {
            let a = BigInt((n / m).magnitude.squareRoot())
            return a * a * m != n ? a | 1 : a
        }
        let q = (n.magnitude.bitWidth - m.magnitude.bitWidth - 109) >> 1
        if q >= 0 { return bigTrueDivide(isqrtRoundToOdd(n, m << (2 * q)) << q, 1) }
        return bigTrueDivide(isqrtRoundToOdd(n << (-2 * q), m), BigInt(1) << -q)
    }

    /// The `statistics` module's common functions, computed exactly like CPython's.
    func statisticsModule() -> [(String, Value)] {
        func data(_ i: Interpreter, _ v: Value, _ name: String, minimum: Int = 1) throws -> [Value] {
            let items = try i.iterateToArray(v)
            if items.count < minimum {
                throw PyException(PyType.statisticsError, minimum == 1 ? "\(name) requires at least one data point" : "\(name) requires at least two data points")
            }
            return items
        }
        func medianData(_ i: Interpreter, _ v: Value) throws -> [Value] {
            var items = try i.iterateToArray(v)
            if items.isEmpty { throw PyException(PyType.statisticsError, "no median for empty data") }
            try i.sortValues(&items, key: nil, reverse: false)
            return items
        }
        func exactMean(_ items: [Value]) throws -> Rational {
            try items.map(Rational.init).reduce(Rational(0, 1), +).divided(by: items.count)
        }
        /// The exact sum of squared deviations divided by `n - ddof`.
        func meanSquares(_ items: [Value], ddof: Int) throws -> Rational {
            let xs = try items.map(Rational.init)
            let mean = xs.reduce(Rational(0, 1), +).divided(by: xs.count)
            return xs.map { ($0 - mean) * ($0 - mean) }.reduce(Rational(0, 1), +).divided(by: xs.count - ddof)
        }
        /// `_ss(data, c)` with a given centre, as CPython computes it: each `(x - c) * (x - c)` in
        /// the data's own arithmetic, then summed exactly. Returns the squares (whose types pick
        /// the result's) and their exact sum divided by `n - ddof`.
        func squaresAbout(_ i: Interpreter, _ items: [Value], _ centre: Value, ddof: Int) throws -> ([Value], Rational) {
            let squares = try items.map { x -> Value in
                let d = try i.binary(.sub, x, centre)
                return try i.binary(.mul, d, d)
            }
            return (squares, try squares.map(Rational.init).reduce(Rational(0, 1), +).divided(by: items.count - ddof))
        }
        /// variance, pvariance, stdev and pstdev: `centre` is `xbar`/`mu` (None: the exact mean).
        func spread(_ i: Interpreter, _ a: Signature.Bound, _ name: String, ddof: Int, root: Bool) throws -> Value {
            let items = try data(i, a.values[0], name, minimum: ddof + 1)
            let (types, r) = a.values[1].isNone ? (items, try meanSquares(items, ddof: ddof)) : try squaresAbout(i, items, a.values[1], ddof: ddof)
            guard root else { return try i.statisticsResult(r, types) }
            let q = r.reduced
            return .float(i.sqrtOfFraction(q.numerator, q.denominator))
        }
        func fn(_ name: String, _ params: [String], _ body: @escaping Builtins.Body) -> (String, Value) {
            (name, Builtins.function(name, params, body))
        }
        return [
            fn("mean", ["data"]) { i, a in
                let items = try data(i, a.values[0], "mean")
                return try i.statisticsResult(try exactMean(items), items)
            },
            fn("fmean", ["data", "weights=None"]) { i, a in
                if !a.values[1].isNone {
                    // CPython 3.11: fsum of the products over fsum of the weights.
                    let xs = try i.iterateToArray(a.values[0]), ws = try i.iterateToArray(a.values[1])
                    let numerator = exactSum(try zip(xs, ws).map { try i.floatArgument(try i.binary(.mul, $0, $1)) })
                    if xs.count != ws.count { throw PyException(PyType.statisticsError, "data and weights must be the same length") }
                    let denominator = exactSum(try ws.map { try i.floatArgument($0) })
                    if denominator == 0 { throw PyException(PyType.statisticsError, "sum of weights must be non-zero") }
                    return .float(numerator / denominator)
                }
                let xs = try data(i, a.values[0], "fmean").map { try i.floatArgument($0) }
                return .float(exactSum(xs) / Double(xs.count))
            },
            fn("median", ["data"]) { i, a in
                let items = try medianData(i, a.values[0])
                let n = items.count
                if n % 2 == 1 { return items[n / 2] }
                return try i.binary(.truediv, try i.binary(.add, items[n / 2 - 1], items[n / 2]), .int(2))
            },
            fn("median_low", ["data"]) { i, a in
                let items = try medianData(i, a.values[0])
                return items[(items.count - 1) / 2]
            },
            fn("median_high", ["data"]) { i, a in
                let items = try medianData(i, a.values[0])
                return items[items.count / 2]
            },
            fn("median_grouped", ["data", "interval=1.0"]) { i, a in
                // CPython 3.11.7: the middle value's class, of width `interval`, interpolated in floats.
                let items = try medianData(i, a.values[0])
                let n = items.count, middle = items[n / 2]
                var below = 0
                while below < n, try i.truthy(try i.compare(.lt, items[below], middle)) { below += 1 }
                var equal = 0
                while below + equal < n, try i.truthy(try i.compare(.le, items[below + equal], middle)) { equal += 1 }
                let interval: Double, x: Double
                do {
                    interval = try i.floatArgument(try i.call(.type(.float), [a.values[1]]))
                    x = try i.floatArgument(try i.call(.type(.float), [middle]))
                } catch let e as PyException where e.cls.isSubclass(of: .valueError) {
                    throw PyException.typeError("Value cannot be converted to a float")
                }
                let lower = x - interval / 2
                return .float(lower + interval * (Double(n) / 2 - Double(below)) / Double(equal))
            },
            fn("multimode", ["data"]) { i, a in
                var order: [Value] = [], counts: [HashKey: Int] = [:]
                for v in try i.iterateToArray(a.values[0]) {
                    let key = try HashKey(v)
                    if counts[key] == nil { order.append(v) }
                    counts[key, default: 0] += 1
                }
                let best = counts.values.max() ?? 0
                return .list(PyList(try order.filter { counts[try HashKey($0)] == best }))
            },
            fn("mode", ["data"]) { i, a in
                let items = try data(i, a.values[0], "mode")
                // CPython's Counter(data).most_common(1): of the values seen most often, the
                // one seen first.
                var counts: [HashKey: Int] = [:]
                var firstSeen: [Value] = []
                for v in items {
                    let key = try HashKey(v)
                    if counts[key] == nil { firstSeen.append(v) }
                    counts[key, default: 0] += 1
                }
                let bestCount = counts.values.max() ?? 0
                return try firstSeen.first { counts[try HashKey($0)] == bestCount } ?? items[0]
            },
            fn("variance", ["data", "xbar=None"]) { i, a in try spread(i, a, "variance", ddof: 1, root: false) },
            fn("pvariance", ["data", "mu=None"]) { i, a in try spread(i, a, "pvariance", ddof: 0, root: false) },
            fn("stdev", ["data", "xbar=None"]) { i, a in try spread(i, a, "stdev", ddof: 1, root: true) },
            fn("pstdev", ["data", "mu=None"]) { i, a in try spread(i, a, "pstdev", ddof: 0, root: true) },
            ("StatisticsError", .type(PyType.statisticsError)),
            ("NormalDist", .type(NormalDistValue.type)),
        ] + statisticsExtras() + [statisticsHarmonicMean()]
    }
}

extension PyType {
    public static let statisticsError = PyType(name: "StatisticsError", bases: [.valueError], module: "statistics")
}
