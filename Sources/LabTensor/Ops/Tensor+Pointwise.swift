import Foundation

/// Pointwise functions, each with its derivative beside it: dy/dx given the input x and output y,
/// both over 8 lanes (see `mapFloat`).
extension Tensor {
    public func exp() -> Tensor { mapFloat("exp", expLanesWithSubnormals, derivative: { _, y in y }) }
    public func log() -> Tensor { mapFloat("log", { lanewise($0) { Foundation.log($0) } }, derivative: { x, _ in 1 / x }) }
    public func sqrt() -> Tensor { mapFloat("sqrt", { $0.squareRoot() }, derivative: { _, y in 0.5 / y }) }
    public func rsqrt() -> Tensor { mapFloat("rsqrt", { 1 / $0.squareRoot() }, derivative: { _, y in -0.5 * y * y * y }) }
    public func sin() -> Tensor { mapFloat("sin", { lanewise($0) { Foundation.sin($0) } }, derivative: { x, _ in lanewise(x) { Foundation.cos($0) } }) }
    public func cos() -> Tensor { mapFloat("cos", { lanewise($0) { Foundation.cos($0) } }, derivative: { x, _ in lanewise(x) { -Foundation.sin($0) } }) }
    public func tanh() -> Tensor { mapFloat("tanh", { lanewise($0) { Foundation.tanh($0) } }, derivative: { _, y in 1 - y * y }) }
    public func square() -> Tensor { pow(2) }
    public func log1p() -> Tensor { mapFloat("log1p", { lanewise($0) { Foundation.log1p($0) } }, derivative: { x, _ in 1 / (1 + x) }) }

    /// −1, 0 or 1 by the sign of each element (NaN stays NaN); integer tensors keep their dtype.
    /// The gradient is zero.
    public func sign() -> Tensor {
        let signOf: (Float) -> Float = { $0 > 0 ? 1 : ($0 < 0 ? -1 : ($0 == 0 ? 0 : .nan)) }
        guard dtype.isFloatingPoint else { return float().mapFloat("sign", { lanewise($0, signOf) }, derivative: { _, _ in Lanes() }).converted(to: dtype) }
        return mapFloat("sign", { lanewise($0, signOf) }, derivative: { _, _ in Lanes() })
    }

    /// Rounding of float elements (`round` is half to even, as PyTorch's); integer tensors are
    /// returned as they are. The gradient is zero.
    public func rounded(_ rule: FloatingPointRoundingRule) -> Tensor {
        guard dtype.isFloatingPoint else { return self }
        let name: String
        switch rule {
        case .down: name = "floor"
        case .up: name = "ceil"
        case .towardZero: name = "trunc"
        default: name = "round"
        }
        return mapFloat(name, { lanewise($0) { $0.rounded(rule) } }, derivative: { _, _ in Lanes() })
    }

    public func abs() -> Tensor {
        mapFloat("abs", { $0.replacing(with: -$0, where: $0 .< 0) }, derivative: { x, _ in
            Lanes().replacing(with: 1, where: x .> 0).replacing(with: -1, where: x .< 0)
        })
    }

    public func sigmoid() -> Tensor {
        mapFloat("sigmoid", { 1 / (1 + expLanes(-$0)) }, derivative: { _, y in y * (1 - y) })
    }

    /// max(x, 0); the gradient at 0 is 0, as in PyTorch.
    public func relu() -> Tensor {
        mapFloat("relu", { $0.replacing(with: 0, where: $0 .<= 0) }, derivative: { x, _ in Lanes().replacing(with: 1, where: x .> 0) })
    }

    /// Which GELU: exact (erf) or the tanh approximation (transformers' "gelu_new", PyTorch's
    /// `approximate="tanh"`).
    public enum GELUApproximation: Sendable { case none, tanh }

    /// Gaussian error linear unit.
    public func gelu(approximate: GELUApproximation = .none) -> Tensor {
        switch approximate {
        case .none:
            let halfRoot2 = Float(0.5.squareRoot()), densityScale = Float(1 / (2 * Double.pi).squareRoot())
            return mapFloat("gelu", { x in 0.5 * x * (1 + erfLanes(x * halfRoot2)) }, derivative: { x, _ in
                0.5 * (1 + erfLanes(x * halfRoot2)) + x * expLanes(-0.5 * x * x) * densityScale
            })
        case .tanh:
            let k = Float((2 / Double.pi).squareRoot()), c: Float = 0.044715
            let inner = { (x: Lanes) -> Lanes in k * (x + c * x * x * x) }
            return mapFloat("gelu_tanh", { x in 0.5 * x * (1 + tanhLanes(inner(x))) }, derivative: { x, _ in
                let t = tanhLanes(inner(x))
                let slope: Lanes = k * (1 + 3 * c * x * x)
                return 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * slope
            })
        }
    }

    /// Limits elements to `[min, max]` (either bound may be nil). NaN stays NaN. As in PyTorch the
    /// gradient passes where `min ≤ x ≤ max` (bounds included) and is 0 elsewhere.
    public func clamp(min lower: Float? = nil, max upper: Float? = nil) -> Tensor {
        let lo = lower ?? -.infinity, hi = upper ?? .infinity
        return mapFloat("clamp", { x in
            x.replacing(with: lo, where: x .< lo).replacing(with: hi, where: x .> hi).replacing(with: hi, where: x .>= hi)
        }, derivative: { x, _ in Lanes().replacing(with: 1, where: (x .>= lo) .& (x .<= hi)) })
    }
}
