import Foundation

/// Vector norms (`torch.linalg.vector_norm`, `Tensor.norm`) over any dims, with PyTorch's gradient.
extension Tensor {
    /// `(Σ|x|^p)^(1/p)` over `dims` (all dims when nil): `p = 0` counts the nonzero elements,
    /// `p = ∞` / `−∞` take the largest / smallest `|x|`. Shapes: `self` → `self` without `dims`
    /// (kept as 1 with `keepDim`). Sums are taken in double per output element.
    ///
    /// Backward (PyTorch's `linalg_vector_norm_backward`): `sgn(x)·g` for p = 1, `x·g/‖x‖` for
    /// p = 2, `x·|x|^(p−2)·g/‖x‖^(p−1)` otherwise (0 where the norm is 0), the gradient shared among
    /// the elements that reach the norm for ±∞, and 0 for p = 0.
    public func vectorNorm(_ p: Double, dims: [Int]? = nil, keepDim: Bool = false) throws -> Tensor {
        let op = "linalg.vector_norm"
        guard dtype.isFloatingPoint else {
            throw TensorError(op, "linalg.vector_norm: Expected a floating point or complex tensor as input. Got \(dtype.scalarName)")
        }
        let axes = try (dims ?? Array(0..<rank)).map { try normalizeDim($0, op) }
        guard Set(axes).count == axes.count else { throw TensorError(op, "dim \(axes) appears multiple times in the list of dims") }
        let kept = (0..<rank).filter { !axes.contains($0) }
        let rows = try detached().permute(kept + axes).contiguous()
        let outerShape = kept.map { shape[$0] }
        let width = axes.map { shape[$0] }.reduce(1, *)
        let out = withExtendedLifetime(rows) {
            Tensor.makeFloat(outerShape, zeroed: false) { o in
                let source = rows.floatPointer
                for row in 0..<outerShape.reduce(1, *) { o[row] = Tensor.norm(source + row * width, width, p) }
            }
        }
        let keptShape = shape.indices.map { axes.contains($0) ? 1 : shape[$0] }
        let result = keepDim ? try out.reshape(keptShape) : out
        let x = detached(), norm = try out.reshape(keptShape)
        return Tensor.record(result, "norm", [self]) { g, _ in
            let g = try g.reshape(keptShape)
            func sgn(_ v: Float) -> Float { v > 0 ? 1 : (v < 0 ? -1 : 0) }
            switch p {
            case 0: return [try Tensor.zeros(x.shape)]
            case 1: return [try Tensor.zipFloat(x, g, "norm") { sgn($0) * $1 }]
            case 2: return [try x * Tensor.zipFloat(g, norm, "norm") { $1 == 0 ? 0 : $0 / $1 }]
            case .infinity, -.infinity:
                let reaching = try Tensor.zipFloat(x, norm, "norm") { Swift.abs($0) == $1 ? 1 : 0 }
                let share = try g / reaching.sum(dims: axes, keepDim: true)
                return [try Tensor.zipFloat(x, share, "norm") { sgn($0) * $1 } * reaching]
            default:
                let scale = try Tensor.zipFloat(g, norm, "norm") { $1 == 0 ? 0 : $0 / Float(Foundation.pow(Double($1), p - 1)) }
                return [try x * x.abs().pow(Float(p - 2)) * scale]
            }
        }
    }

    /// The p-norm of `count` contiguous floats.
    private static func norm(_ values: UnsafePointer<Float>, _ count: Int, _ p: Double) -> Float {
        var total = 0.0
        switch p {
        case 0: for i in 0..<count where values[i] != 0 { total += 1 }
        case .infinity, -.infinity:
            guard count > 0 else { return p > 0 ? 0 : .infinity }
            total = p > 0 ? 0 : .infinity
            for i in 0..<count {
                let a = Double(Swift.abs(values[i]))
                if a.isNaN { return .nan }
                total = p > 0 ? Swift.max(total, a) : Swift.min(total, a)
            }
        case 1: for i in 0..<count { total += Double(Swift.abs(values[i])) }
        case 2:
            for i in 0..<count { total += Double(values[i]) * Double(values[i]) }
            total = total.squareRoot()
        default:
            for i in 0..<count { total += Foundation.pow(Double(Swift.abs(values[i])), p) }
            total = Foundation.pow(total, 1 / p)
        }
        return Float(total)
    }
}
