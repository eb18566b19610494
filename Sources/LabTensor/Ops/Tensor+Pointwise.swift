import Foundation

/// Pointwise functions, each with its derivative beside it: dy/dx given the input x and output y.
extension Tensor {
    public func exp() -> Tensor { mapFloat("exp", { Foundation.exp($0) }, derivative: { _, y in y }) }
    public func log() -> Tensor { mapFloat("log", { Foundation.log($0) }, derivative: { x, _ in 1 / x }) }
    public func sqrt() -> Tensor { mapFloat("sqrt", { $0.squareRoot() }, derivative: { _, y in 0.5 / y }) }
    public func rsqrt() -> Tensor { mapFloat("rsqrt", { 1 / $0.squareRoot() }, derivative: { _, y in -0.5 * y * y * y }) }
    public func tanh() -> Tensor { mapFloat("tanh", { Foundation.tanh($0) }, derivative: { _, y in 1 - y * y }) }
    public func abs() -> Tensor { mapFloat("abs", { Swift.abs($0) }, derivative: { x, _ in x > 0 ? 1 : (x < 0 ? -1 : 0) }) }
    public func square() -> Tensor { pow(2) }

    public func sigmoid() -> Tensor {
        mapFloat("sigmoid", { 1 / (1 + Foundation.exp(-$0)) }, derivative: { _, y in y * (1 - y) })
    }

    /// Swift.max(x, 0); the gradient at 0 is 0, as in PyTorch.
    public func relu() -> Tensor { mapFloat("relu", { $0 > 0 ? $0 : 0 }, derivative: { x, _ in x > 0 ? 1 : 0 }) }

    /// Which GELU: exact (erf) or the tanh approximation (transformers' "gelu_new", PyTorch's
    /// `approximate="tanh"`).
    public enum GELUApproximation: Sendable { case none, tanh }

    /// Gaussian error linear unit.
    public func gelu(approximate: GELUApproximation = .none) -> Tensor {
        switch approximate {
        case .none:
            return mapFloat("gelu", { x in 0.5 * x * (1 + erff(x * Float(0.5.squareRoot()))) }, derivative: { x, _ in
                0.5 * (1 + erff(x * Float(0.5.squareRoot()))) + x * Foundation.exp(-0.5 * x * x) * Float(1 / (2 * Double.pi).squareRoot())
            })
        case .tanh:
            let k = Float((2 / Double.pi).squareRoot()), c: Float = 0.044715
            return mapFloat("gelu_tanh", { x in 0.5 * x * (1 + Foundation.tanh(k * (x + c * x * x * x))) }, derivative: { x, _ in
                let t = Foundation.tanh(k * (x + c * x * x * x))
                return 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * k * (1 + 3 * c * x * x)
            })
        }
    }

    /// Limits elements to `[min, max]` (either bound may be nil). NaN stays NaN. As in PyTorch the
    /// gradient passes where `min ≤ x ≤ max` (bounds included) and is 0 elsewhere.
    public func clamp(min lower: Float? = nil, max upper: Float? = nil) -> Tensor {
        let lo = lower ?? -.infinity, hi = upper ?? .infinity
        return mapFloat("clamp", { x in x.isNaN ? x : Swift.min(Swift.max(x, lo), hi) },
                        derivative: { x, _ in x >= lo && x <= hi ? 1 : 0 })
    }
}
