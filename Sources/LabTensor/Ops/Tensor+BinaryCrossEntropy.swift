import Foundation

/// Binary cross-entropy on logits, fused so it stays finite for large |x| and its gradient is
/// exact at x = 0 (where a composition through `relu` and `abs` would pick a one-sided derivative).
extension Tensor {
    /// Per-element `max(x, 0) − x·t + log(1 + e^{−|x|})`, i.e. `−[t·log σ(x) + (1−t)·log(1−σ(x))]`.
    ///
    /// Shapes: `self` (logits) and `target` broadcast together; the result has the broadcast shape.
    /// Backward: `∂/∂x = σ(x) − t`, `∂/∂t = −x`.
    public func binaryCrossEntropyWithLogits(target: Tensor) throws -> Tensor {
        let shape = try Tensor.broadcastShape(self.shape, target.shape, "binary_cross_entropy_with_logits")
        let x = try detached().float().expand(shape).denseFloat(), t = try target.detached().float().expand(shape).denseFloat()
        let out = Tensor.makeFloat(shape, zeroed: false) { o in
            let px = x.floatPointer, pt = t.floatPointer
            for i in 0..<x.scalarCount {
                let v = px[i]
                o[i] = Swift.max(v, 0) - v * pt[i] + Foundation.log1p(Foundation.exp(-Swift.abs(v)))
            }
        }
        let logitShape = self.shape, targetShape = target.shape
        return Tensor.record(out, "BinaryCrossEntropyWithLogitsBackward0", [self, target]) { g, needs in
            [needs[0] ? try (g * (x.sigmoid() - t)).sumToShape(logitShape) : nil,
             needs[1] ? try (g * -x).sumToShape(targetShape) : nil]
        }
    }
}
