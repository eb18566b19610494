import Foundation

/// Adam (Kingma & Ba) with PyTorch's update, defaults and bias correction. With `decoupled` weight
/// decay it is AdamW (Loshchilov & Hutter); see ``AdamW``.
///
/// Per parameter, at step t (PyTorch's single-tensor formulas):
/// ```
/// Adam:  g ← g + λ·θ                       AdamW: θ ← θ·(1 − lr·λ)
/// m ← m + (1 − β1)·(g − m)                 v ← β2·v + (1 − β2)·g²
/// θ ← θ − (lr / (1 − β1ᵗ)) · m / (√v / √(1 − β2ᵗ) + ε)
/// ```
public class Adam: Optimizer {
    /// Moment estimates and step count of one parameter.
    public struct Moments {
        public var step: Int
        public var expAvg: Tensor
        public var expAvgSq: Tensor

        public init(step: Int, expAvg: Tensor, expAvgSq: Tensor) {
            (self.step, self.expAvg, self.expAvgSq) = (step, expAvg, expAvgSq)
        }
    }

    /// The optimizer's state: moments per parameter index (absent before its first update).
    public struct State {
        public var moments: [Int: Moments]
    }

    public let parameters: [Parameter]
    public var learningRate: Float
    public var betas: (Double, Double)
    public var eps: Float
    public var weightDecay: Float
    /// AdamW's decoupled weight decay instead of Adam's L2 term (PyTorch's `decoupled_weight_decay`).
    public var decoupled: Bool
    /// Save by copying, restore by assigning.
    public var state = State(moments: [:])

    /// Adam with PyTorch's defaults: lr 1e-3, betas (0.9, 0.999), eps 1e-8, weight decay 0.
    public init(_ parameters: [Parameter], learningRate: Float = 1e-3, betas: (Double, Double) = (0.9, 0.999),
                eps: Float = 1e-8, weightDecay: Float = 0) {
        (self.parameters, self.learningRate, self.betas, self.eps, self.weightDecay) = (parameters, learningRate, betas, eps, weightDecay)
        decoupled = false
    }

    init(_ parameters: [Parameter], learningRate: Float, betas: (Double, Double), eps: Float, weightDecay: Float, decoupled: Bool) {
        (self.parameters, self.learningRate, self.betas, self.eps, self.weightDecay) = (parameters, learningRate, betas, eps, weightDecay)
        self.decoupled = decoupled
    }

    public func step() throws {
        try withNoGrad {
            for (index, parameter) in parameters.enumerated() {
                guard let grad = try denseGradient(of: parameter, "Adam.step") else { continue }
                try update(parameter, index, grad)
            }
        }
    }

    private func update(_ parameter: Parameter, _ index: Int, _ grad: Tensor) throws {
        var moments = try state.moments[index] ?? Moments(step: 0, expAvg: try .zeros(grad.shape), expAvgSq: try .zeros(grad.shape))
        moments.step += 1
        // The betas are Python floats: 1 − β and the bias corrections are taken in double, then
        // rounded once to float where the kernels use them, as PyTorch's scalars are.
        let (beta2, rest1, rest2) = (Float(betas.1), Float(1 - betas.0), Float(1 - betas.1))
        let stepSize = Float(Double(learningRate) / (1 - Foundation.pow(betas.0, Double(moments.step))))
        let correction2Root = Float((1 - Foundation.pow(betas.1, Double(moments.step))).squareRoot())
        let (decay, eps, decoupled) = (weightDecay, eps, decoupled)
        let keep = Float(1 - Double(learningRate) * Double(weightDecay))
        let g = grad.floatPointer
        parameter.value.updateFloats { theta in
            moments.expAvg.updateFloats { m in
                moments.expAvgSq.updateFloats { v in
                    for i in 0..<theta.count {
                        var gi = g[i]
                        if decay != 0 {
                            if decoupled { theta[i] *= keep } else { gi += decay * theta[i] }
                        }
                        m[i] += rest1 * (gi - m[i])
                        v[i] = v[i] * beta2 + rest2 * gi * gi
                        theta[i] -= stepSize * (m[i] / (v[i].squareRoot() / correction2Root + eps))
                    }
                }
            }
        }
        state.moments[index] = moments
    }

    /// The state with PyTorch's keys: `state.<i>.exp_avg`, `.exp_avg_sq` and `.step`.
    public func stateDict() -> [String: Tensor] { Adam.stateDict(state) }

    public func loadStateDict(_ dict: [String: Tensor]) throws {
        state = try Adam.loadState(dict, of: parameters, "Adam.load_state_dict")
    }

    /// Moments as named tensors with PyTorch's keys (shared by the Adam variants).
    static func stateDict(_ state: State) -> [String: Tensor] {
        var result: [String: Tensor] = [:]
        for (i, m) in state.moments {
            result["state.\(i).exp_avg"] = m.expAvg
            result["state.\(i).exp_avg_sq"] = m.expAvgSq
            result["state.\(i).step"] = Tensor(Float(m.step))
        }
        return result
    }

    /// Moments read back from ``stateDict(_:)``'s keys, checked against `parameters`' shapes.
    static func loadState(_ dict: [String: Tensor], of parameters: [Parameter], _ op: String) throws -> State {
        var moments: [Int: Moments] = [:]
        for i in parameters.indices {
            guard let avg = try savedBuffer(dict, "exp_avg", of: parameters, i, op),
                  let avgSq = try savedBuffer(dict, "exp_avg_sq", of: parameters, i, op),
                  let step = dict["state.\(i).step"] else { continue }
            moments[i] = Moments(step: Int(try step.item()), expAvg: avg, expAvgSq: avgSq)
        }
        return State(moments: moments)
    }
}

/// AdamW: Adam with decoupled weight decay, PyTorch's defaults (lr 1e-3, betas (0.9, 0.999),
/// eps 1e-8, weight decay 1e-2).
public final class AdamW: Adam {
    public override init(_ parameters: [Parameter], learningRate: Float = 1e-3, betas: (Double, Double) = (0.9, 0.999),
                eps: Float = 1e-8, weightDecay: Float = 1e-2) {
        super.init(parameters, learningRate: learningRate, betas: betas, eps: eps, weightDecay: weightDecay, decoupled: true)
    }
}
