import BigInt

extension Interpreter {
    /// `statistics.harmonic_mean(data, weights=None)` as CPython 3.11 computes it for int, float
    /// and Fraction data: each term `w / x` is the data's own division, the terms and the weights
    /// are summed exactly, and `sum(weights) / total` is converted once to the terms' type. A single unweighted value is returned
    /// as it is; a zero value (with a non-zero weight) makes the result 0.
    func statisticsHarmonicMean() -> (String, Value) {
        let negative = "harmonic mean does not support negative values"
        return ("harmonic_mean", Builtins.function("harmonic_mean", ["data", "weights=None"]) { i, a in
            let data = try i.iterateToArray(a.values[0])
            let n = data.count
            if n < 1 { throw PyException(PyType.statisticsError, "harmonic_mean requires at least one data point") }
            /// int, bool, float and Fraction are computed; other values fail as CPython's `x < 0` would, or by name.
            func check(_ v: Value, _ what: String) throws {
                if v.isIntLike || v.fraction != nil { return }
                if case .float = v { return }
                _ = try i.compare(.lt, v, .int(0))
                throw PyException(.notImplementedError, "statistics.harmonic_mean with \(v.typeName) \(what) is not supported yet (int, float and Fraction are)")
            }
            for x in data { try check(x, "data") }
            if n == 1 && a.values[1].isNone {
                let x = data[0]
                if try i.truthy(try i.compare(.lt, x, .int(0))) { throw PyException(PyType.statisticsError, negative) }
                return x
            }
            var weights: [Value] = Array(repeating: .int(1), count: n)
            var sumWeights = Rational(BigInt(n), 1)
            if !a.values[1].isNone {
                weights = try i.iterateToArray(a.values[1])
                if weights.count != n { throw PyException(PyType.statisticsError, "Number of weights does not match data size") }
                sumWeights = Rational(0, 1)
                for w in weights {
                    try check(w, "weights")
                    if try i.truthy(try i.compare(.lt, w, .int(0))) { throw PyException(PyType.statisticsError, negative) }
                    sumWeights = sumWeights + (try Rational(w))
                }
            }
            var total = Rational(0, 1)
            var terms: [Value] = []
            for (w, x) in zip(weights, data) {
                if try i.truthy(try i.compare(.lt, x, .int(0))) { throw PyException(PyType.statisticsError, negative) }
                guard try i.truthy(w) else {
                    terms.append(.int(0))
                    continue
                }
                let term: Value
                do { term = try i.binary(.truediv, w, x) } catch let e as PyException where e.cls.isSubclass(of: .zeroDivisionError) { return .int(0) }
                terms.append(term)
                total = total + (try Rational(term))
            }
            if total.numerator.signum() <= 0 { throw PyException(PyType.statisticsError, "Weighted sum must be positive") }
            let q = Rational(sumWeights.numerator * total.denominator, sumWeights.denominator * total.numerator)
            return try i.statisticsResult(q, terms)
        })
    }
}
