import Foundation

extension Interpreter {
    /// `statistics.quantiles`, `geometric_mean`, `covariance`, `correlation` and
    /// `linear_regression`, with CPython's float formulas (sums taken exactly, like `math.fsum`).
    func statisticsExtras() -> [(String, Value)] {
        func fn(_ name: String, _ params: [String], _ body: @escaping Builtins.Body) -> (String, Value) {
            (name, Builtins.function(name, params, body))
        }
        func floats(_ i: Interpreter, _ v: Value) throws -> [Double] { try i.iterateToArray(v).map { try i.floatArgument($0) } }
        func pair(_ i: Interpreter, _ a: Signature.Bound, _ name: String) throws -> (x: [Double], y: [Double], dx: [Double], dy: [Double]) {
            let x = try floats(i, a.values[0]), y = try floats(i, a.values[1])
            guard x.count == y.count else { throw PyException(PyType.statisticsError, "\(name) requires that both inputs have same number of data points") }
            guard x.count >= 2 else { throw PyException(PyType.statisticsError, "\(name) requires at least two data points") }
            let xbar = exactSum(x) / Double(x.count), ybar = exactSum(y) / Double(y.count)
            return (x, y, x.map { $0 - xbar }, y.map { $0 - ybar })
        }
        func dot(_ a: [Double], _ b: [Double]) -> Double { exactSum(zip(a, b).map { $0 * $1 }) }
        let regression = try? makeNamedTuple("LinearRegression", .str("slope intercept"), defaults: .none)
        return [
            fn("quantiles", ["data", "*", "n=4", "method='exclusive'"]) { i, a in
                let n = try i.intArgument(a.values[1])
                guard n >= 1 else { throw PyException(PyType.statisticsError, "n must be at least 1") }
                var data = try i.iterateToArray(a.values[0])
                guard data.count >= 2 else { throw PyException(PyType.statisticsError, "must have at least two data points") }
                try i.sortValues(&data, key: nil, reverse: false)
                let inclusive = try a.values[2].string("method") == "inclusive"
                let ld = data.count, m = inclusive ? ld - 1 : ld + 1
                var result: [Value] = []
                for k in 1..<n {
                    var j = k * m / n, delta = k * m - j * n
                    var low = j, high = j + 1
                    if !inclusive {
                        j = min(max(j, 1), ld - 1)
                        delta = k * m - j * n
                        low = j - 1
                        high = j
                    }
                    let left = try i.binary(.mul, data[low], .int(n - delta)), right = try i.binary(.mul, data[high], .int(delta))
                    result.append(try i.binary(.truediv, try i.binary(.add, left, right), .int(n)))
                }
                return .list(PyList(result))
            },
            fn("geometric_mean", ["data"]) { i, a in
                let xs = try floats(i, a.values[0])
                guard !xs.isEmpty else { throw PyException(PyType.statisticsError, "fmean requires at least one data point") }
                guard xs.allSatisfy({ $0 > 0 }) else {
                    throw PyException(PyType.statisticsError, "geometric mean requires a non-empty dataset containing positive numbers")
                }
                return .float(Foundation.exp(exactSum(xs.map { Foundation.log($0) }) / Double(xs.count)))
            },
            fn("covariance", ["x", "y", "/"]) { i, a in
                let p = try pair(i, a, "covariance")
                return .float(dot(p.dx, p.dy) / Double(p.x.count - 1))
            },
            fn("correlation", ["x", "y", "/"]) { i, a in
                let p = try pair(i, a, "correlation")
                let sxx = dot(p.dx, p.dx), syy = dot(p.dy, p.dy)
                guard sxx != 0 && syy != 0 else { throw PyException(PyType.statisticsError, "at least one of the inputs is constant") }
                return .float(dot(p.dx, p.dy) / (sxx * syy).squareRoot())
            },
            fn("linear_regression", ["x", "y", "/", "*", "proportional=False"]) { i, a in
                let p = try pair(i, a, "linear regression")
                let sxx = dot(p.dx, p.dx)
                guard sxx != 0 else { throw PyException(PyType.statisticsError, "x is constant") }
                let slope = dot(p.dx, p.dy) / sxx
                let intercept = exactSum(p.y) / Double(p.y.count) - slope * (exactSum(p.x) / Double(p.x.count))
                guard let regression else { return .tuple([.float(slope), .float(intercept)]) }
                return try i.call(regression, [.float(slope), .float(intercept)])
            },
        ]
    }
}
