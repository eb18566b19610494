/// Gradient clipping by global norm, as `torch.nn.utils.clip_grad_norm_` (L2).
///
/// The total norm is the L2 norm of the per-parameter gradient norms. Every gradient is multiplied
/// by `min(maxNorm / (total + 1e-6), 1)`. Returns the total norm before clipping.
@discardableResult
public func clipGradNorm(_ parameters: [Parameter], maxNorm: Float) -> Float {
    let total = gradientNorm(parameters)
    guard parameters.contains(where: { $0.grad != nil }) else { return total }
    let coefficient = Swift.min(maxNorm / (total + 1e-6), 1)
    withNoGrad {
        for p in parameters { if let g = p.grad { p.grad = g * coefficient } }
    }
    return total
}

/// The L2 norm of the per-parameter gradient norms (0 when no parameter has a gradient).
public func gradientNorm(_ parameters: [Parameter]) -> Float {
    var squares = 0.0
    for g in parameters.compactMap(\.grad) {
        let dense = g.denseFloat()
        var own = 0.0
        for i in 0..<dense.scalarCount { own += Double(dense.floatPointer[i]) * Double(dense.floatPointer[i]) }
        let norm = Double(Float(own.squareRoot()))
        squares += norm * norm
    }
    return Float(squares.squareRoot())
}
