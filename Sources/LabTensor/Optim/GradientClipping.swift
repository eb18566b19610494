/// Gradient clipping by global norm, as `torch.nn.utils.clip_grad_norm_` (L2).
///
/// The total norm is the L2 norm of the per-parameter gradient norms. Every gradient is multiplied
/// by `min(maxNorm / (total + 1e-6), 1)`. Returns the total norm before clipping.
@discardableResult
public func clipGradNorm(_ parameters: [Parameter], maxNorm: Float) -> Float {
    let grads = parameters.compactMap(\.grad)
    guard !grads.isEmpty else { return 0 }
    var squares = 0.0
    for g in grads {
        let dense = g.denseFloat()
        var own = 0.0
        for i in 0..<dense.scalarCount { own += Double(dense.floatPointer[i]) * Double(dense.floatPointer[i]) }
        let norm = Double(Float(own.squareRoot()))
        squares += norm * norm
    }
    let total = Float(squares.squareRoot())
    let coefficient = Swift.min(maxNorm / (total + 1e-6), 1)
    withNoGrad {
        for p in parameters { if let g = p.grad { p.grad = g * coefficient } }
    }
    return total
}
