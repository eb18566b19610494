import Foundation

extension Interpreter {
    /// The `statistics` module's common functions (float results; sums are exactly rounded).
    func statisticsModule() -> [(String, Value)] {
        func data(_ i: Interpreter, _ v: Value, _ name: String, minimum: Int = 1) throws -> [Value] {
            let items = try i.iterateToArray(v)
            if items.count < minimum {
                throw PyException(PyType.statisticsError, minimum == 1 ? "\(name) requires at least one data point" : "\(name) requires at least two data points")
            }
            return items
        }
        func mean(_ i: Interpreter, _ items: [Value]) throws -> Value {
            if items.allSatisfy({ $0.isIntLike }) {
                let total = try i.sum(.list(PyList(items)), start: .int(0))
                return try i.binary(.truediv, total, .int(items.count))
            }
            return .float(exactSum(try items.map { try i.floatArgument($0) }) / Double(items.count))
        }
        func variance(_ i: Interpreter, _ items: [Value], sample: Bool) throws -> Double {
            let xs = try items.map { try i.floatArgument($0) }
            let m = exactSum(xs) / Double(xs.count)
            let ss = exactSum(xs.map { ($0 - m) * ($0 - m) })
            return ss / Double(sample ? xs.count - 1 : xs.count)
        }
        func fn(_ name: String, _ params: [String], _ body: @escaping Builtins.Body) -> (String, Value) {
            (name, Builtins.function(name, params, body))
        }
        return [
            fn("mean", ["data"]) { i, a in try mean(i, try data(i, a.values[0], "mean")) },
            fn("fmean", ["data"]) { i, a in
                let xs = try data(i, a.values[0], "fmean").map { try i.floatArgument($0) }
                return .float(exactSum(xs) / Double(xs.count))
            },
            fn("median", ["data"]) { i, a in
                var items = try data(i, a.values[0], "median")
                try i.sortValues(&items, key: nil, reverse: false)
                let n = items.count
                if n % 2 == 1 { return items[n / 2] }
                return try i.binary(.truediv, try i.binary(.add, items[n / 2 - 1], items[n / 2]), .int(2))
            },
            fn("mode", ["data"]) { i, a in
                let items = try data(i, a.values[0], "mode")
                let counts = PyDict()
                for v in items { try counts.set(v, .int((try counts.get(v)?.asInt ?? 0) + 1)) }
                var best = items[0], bestCount = 0
                for (k, c) in counts.storage where c.asInt! > bestCount {
                    best = k.value
                    bestCount = c.asInt!
                }
                return best
            },
            fn("variance", ["data", "xbar=None"]) { i, a in .float(try variance(i, try data(i, a.values[0], "variance", minimum: 2), sample: true)) },
            fn("pvariance", ["data", "mu=None"]) { i, a in .float(try variance(i, try data(i, a.values[0], "pvariance"), sample: false)) },
            fn("stdev", ["data", "xbar=None"]) { i, a in .float(try variance(i, try data(i, a.values[0], "stdev", minimum: 2), sample: true).squareRoot()) },
            fn("pstdev", ["data", "mu=None"]) { i, a in .float(try variance(i, try data(i, a.values[0], "pstdev"), sample: false).squareRoot()) },
            ("StatisticsError", .type(PyType.statisticsError)),
        ]
    }
}

extension PyType {
    public static let statisticsError = PyType(name: "StatisticsError", bases: [.valueError], module: "statistics")
}
