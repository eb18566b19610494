import Foundation

/// The digamma function ψ(x), the derivative of log Γ(x), for x > 0: the recurrence ψ(x) = ψ(x + 1) − 1/x
/// moves x above 6, where the asymptotic series in 1/x is accurate to double precision.
func digamma(_ value: Double) -> Double {
    var x = value
    var result = 0.0
    while x < 6 {
        result -= 1 / x
        x += 1
    }
    let inverse = 1 / x
    let inverse2 = inverse * inverse
    // ψ(x) ≈ ln x − 1/(2x) − Σ B₂ₖ / (2k x²ᵏ)
    let series = inverse2 * (1.0 / 12 - inverse2 * (1.0 / 120 - inverse2 * (1.0 / 252 - inverse2 * (1.0 / 240 - inverse2 / 132))))
    return result + log(x) - 0.5 * inverse - series
}
