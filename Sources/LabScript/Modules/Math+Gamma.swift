import Foundation

/// `math.gamma` and `math.lgamma` computed as CPython computes them (a Lanczos approximation with
/// g ≈ 6.0247 and 13 terms, exact factorials for small integers, a reflection formula for negative
/// arguments), so results agree to the last bit rather than by the platform's libm.
enum Gamma {
    enum Failure: Error { case domain, range }

    static let g = 6.024680040776729583740234375
    static let gMinusHalf = 5.524680040776729583740234375
    static let numerator: [Double] = [
        23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408,
    ]
    /// x(x+1)…(x+11) expanded.
    static let denominator: [Double] = [0, 39916800, 120543840, 150917976, 105258076, 45995730, 13339535, 2637558,
                                        357423, 32670, 1925, 66, 1]
    static let logPi = 1.144729885849400174143427351353058711647

    /// Γ(n) = (n-1)! for n = 1…23, exactly representable.
    static let factorials: [Double] = (0..<23).reduce(into: [Double]()) { table, n in table.append(n == 0 ? 1 : table[n - 1] * Double(n)) }

    static func lanczosSum(_ x: Double) -> Double {
        var num = 0.0, den = 0.0
        if x < 5 {
            for i in stride(from: numerator.count - 1, through: 0, by: -1) {
                num = num * x + numerator[i]
                den = den * x + denominator[i]
            }
        } else {
            for i in 0..<numerator.count {
                num = num / x + numerator[i]
                den = den / x + denominator[i]
            }
        }
        return num / den
    }

    /// sin(πx), accurate for large x.
    static func sinPi(_ x: Double) -> Double {
        let y = fmod(abs(x), 2)
        let r: Double
        switch Int((2 * y).rounded(.toNearestOrAwayFromZero)) {
        case 0: r = sin(Double.pi * y)
        case 1: r = cos(Double.pi * (y - 0.5))
        case 2: r = sin(Double.pi * (1 - y))
        case 3: r = -cos(Double.pi * (y - 1.5))
        default: r = sin(Double.pi * (y - 2))
        }
        return Double(signOf: x, magnitudeOf: 1) * r
    }

    static func gamma(_ x: Double) -> Result<Double, Failure> {
        if !x.isFinite { return x.isNaN || x > 0 ? .success(x) : .failure(.domain) }
        if x == 0 { return .failure(.domain) }
        if x == x.rounded(.down) {
            if x < 0 { return .failure(.domain) }
            if x <= 23 { return .success(factorials[Int(x) - 1]) }
        }
        let absx = abs(x)
        if absx < 1e-20 {
            let r = 1 / x
            return r.isInfinite ? .failure(.range) : .success(r)
        }
        if absx > 200 { return x < 0 ? .success(0 / sinPi(x)) : .failure(.range) }
        let y = absx + gMinusHalf
        var z: Double
        if absx > gMinusHalf {
            let q = y - absx
            z = q - gMinusHalf
        } else {
            let q = y - gMinusHalf
            z = q - absx
        }
        z = z * g / y
        var r: Double
        if x < 0 {
            r = -Double.pi / sinPi(absx) / absx * exp(y) / lanczosSum(absx)
            r -= z * r
            if absx < 140 {
                r /= pow(y, absx - 0.5)
            } else {
                let sqrtPow = pow(y, absx / 2 - 0.25)
                r /= sqrtPow
                r /= sqrtPow
            }
        } else {
            r = lanczosSum(absx) / exp(y)
            r += z * r
            if absx < 140 {
                r *= pow(y, absx - 0.5)
            } else {
                let sqrtPow = pow(y, absx / 2 - 0.25)
                r *= sqrtPow
                r *= sqrtPow
            }
        }
        return r.isInfinite ? .failure(.range) : .success(r)
    }

    static func logGamma(_ x: Double) -> Result<Double, Failure> {
        if !x.isFinite { return .success(x.isNaN ? x : .infinity) }
        if x == x.rounded(.down) && x <= 2 { return x <= 0 ? .failure(.domain) : .success(0) }
        let absx = abs(x)
        if absx < 1e-20 { return .success(-log(absx)) }
        var r = log(lanczosSum(absx)) - g
        r += (absx - 0.5) * (log(absx + g - 0.5) - 1)
        if x < 0 { r = logPi - log(abs(sinPi(absx))) - log(absx) - r }
        return r.isInfinite ? .failure(.range) : .success(r)
    }

    /// ValueError for a domain error, OverflowError for a range error, as math_1a reports them.
    static func checked(_ result: Result<Double, Failure>, _ x: Double) throws -> Double {
        switch result {
        case .success(let r): return r
        case .failure(.domain): throw PyException.valueError("math domain error")
        case .failure(.range): throw PyException.overflow("math range error")
        }
    }
}
