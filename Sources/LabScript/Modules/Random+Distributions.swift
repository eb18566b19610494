import Foundation

extension Interpreter {
    /// random's other distributions, drawing as CPython's random.py does (same number of draws,
    /// same rejection tests), plus getstate/setstate.
    func randomDistributions() -> [(String, Value)] {
        func fn(_ name: String, _ params: [String], _ body: @escaping Builtins.Body) -> (String, Value) {
            (name, Builtins.function(name, params, body))
        }
        return [
            fn("gammavariate", ["alpha", "beta"]) { i, a in
                .float(try i.gammaVariate(try i.floatArgument(a.values[0]), try i.floatArgument(a.values[1])))
            },
            fn("betavariate", ["alpha", "beta"]) { i, a in
                let y = try i.gammaVariate(try i.floatArgument(a.values[0]), 1)
                guard y != 0 else { return .float(0) }
                return .float(y / (y + (try i.gammaVariate(try i.floatArgument(a.values[1]), 1))))
            },
            fn("lognormvariate", ["mu", "sigma"]) { i, a in
                .float(exp(i.normalVariate(try i.floatArgument(a.values[0]), try i.floatArgument(a.values[1]))))
            },
            fn("vonmisesvariate", ["mu", "kappa"]) { i, a in
                let mu = try i.floatArgument(a.values[0]), kappa = try i.floatArgument(a.values[1])
                if kappa <= 1e-6 { return .float(2 * Double.pi * i.random.nextDouble()) }
                let s = 0.5 / kappa
                let r = s + (1 + s * s).squareRoot()
                var z: Double
                while true {
                    let u1 = i.random.nextDouble()
                    z = cos(Double.pi * u1)
                    let d = z / (r + z)
                    let u2 = i.random.nextDouble()
                    if u2 < 1 - d * d || u2 <= (1 - d) * exp(d) { break }
                }
                let q = 1 / r
                let f = (q + z) / (1 + q * z)
                let u3 = i.random.nextDouble()
                let theta = u3 > 0.5 ? mu + acos(f) : mu - acos(f)
                return try i.binary(.mod, .float(theta), .float(2 * Double.pi))
            },
            fn("paretovariate", ["alpha"]) { i, a in
                let u = 1 - i.random.nextDouble()
                return .float(pow(u, -1 / (try i.floatArgument(a.values[0]))))
            },
            fn("weibullvariate", ["alpha", "beta"]) { i, a in
                let alpha = try i.floatArgument(a.values[0]), beta = try i.floatArgument(a.values[1])
                let u = 1 - i.random.nextDouble()
                return .float(alpha * pow(-log(u), 1 / beta))
            },
            fn("getstate", []) { i, _ in
                let words = i.random.state.map { Value.int(Int($0)) } + [.int(i.random.index)]
                return .tuple([.int(3), .tuple(words), i.random.gaussNext.map { .float($0) } ?? .none])
            },
            fn("setstate", ["state"]) { i, a in
                guard case .tuple(let parts) = a.values[0], parts.count == 3, parts[0].asInt == 3, case .tuple(let words) = parts[1],
                      words.count == 625 else {
                    throw PyException.valueError("state with version \((try? i.reprOf(a.values[0])) ?? "?") passed to Random.setstate() of version 3")
                }
                let values = try words.map { try i.intArgument($0) }
                guard values.dropLast().allSatisfy({ (0...Int(UInt32.max)).contains($0) }), (0...624).contains(values[624]) else {
                    throw PyException.valueError("invalid state")
                }
                i.random.state = values.dropLast().map { UInt32($0) }
                i.random.index = values[624]
                i.random.gaussNext = parts[2].isNone ? nil : try i.floatArgument(parts[2])
                return .none
            },
        ]
    }

    /// Kinderman and Monahan's ratio-of-uniforms method, as random.normalvariate draws.
    func normalVariate(_ mu: Double, _ sigma: Double) -> Double {
        let magic = 4 * exp(-0.5) / 2.0.squareRoot()
        var z: Double
        while true {
            let u1 = random.nextDouble()
            let u2 = 1.0 - random.nextDouble()
            z = magic * (u1 - 0.5) / u2
            if z * z / 4.0 <= -log(u2) { break }
        }
        return mu + z * sigma
    }

    func gammaVariate(_ alpha: Double, _ beta: Double) throws -> Double {
        guard alpha > 0, beta > 0 else { throw PyException.valueError("gammavariate: alpha and beta must be > 0.0") }
        if alpha > 1 {
            let ainv = (2 * alpha - 1).squareRoot(), bbb = alpha - log(4.0), ccc = alpha + ainv
            let sgMagic = 1 + log(4.5)
            while true {
                let u1 = random.nextDouble()
                if !(1e-7 < u1 && u1 < 0.9999999) { continue }
                let u2 = 1 - random.nextDouble()
                let v = log(u1 / (1 - u1)) / ainv
                let x = alpha * exp(v)
                let z = u1 * u1 * u2
                let r = bbb + ccc * v - x
                if r + sgMagic - 4.5 * z >= 0 || r >= log(z) { return x * beta }
            }
        }
        if alpha == 1 { return -log(1 - random.nextDouble()) * beta }
        var x: Double
        while true {
            let u = random.nextDouble()
            let b = (M_E + alpha) / M_E
            let p = b * u
            x = p <= 1 ? pow(p, 1 / alpha) : -log((b - p) / alpha)
            let u1 = random.nextDouble()
            if p > 1 {
                if u1 <= pow(x, alpha - 1) { break }
            } else if u1 <= exp(-x) {
                break
            }
        }
        return x * beta
    }
}
