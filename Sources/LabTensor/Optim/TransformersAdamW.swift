import Foundation

/// transformers' own `AdamW` (`transformers.optimization.AdamW`, `optim="adamw_hf"`), which differs
/// from PyTorch's in two places: ε is added to √v before the bias correction scales the step, and
/// the weight decay is applied after the update. Defaults: lr 1e-3, betas (0.9, 0.999), ε 1e-6,
/// weight decay 0, bias correction on.
///
/// Per parameter, at step t:
/// ```
/// m ← β1·m + (1 − β1)·g            v ← β2·v + (1 − β2)·g²
/// θ ← θ − lr·√(1 − β2ᵗ)/(1 − β1ᵗ) · m / (√v + ε)     (without correction: lr · m / (√v + ε))
/// θ ← θ − lr·λ·θ
/// ```
public final class TransformersAdamW: Optimizer {
    public let parameters: [Parameter]
    public var learningRate: Float
    /// Kept in double precision: transformers computes 1 − β in Python floats before the update.
    public var betas: (Double, Double)
    public var eps: Float
    public var weightDecay: Float
    public var correctBias: Bool
    /// Moments per parameter index, as ``Adam``'s. Save by copying, restore by assigning.
    public var state = Adam.State(moments: [:])

    public init(_ parameters: [Parameter], learningRate: Float = 1e-3, betas: (Double, Double) = (0.9, 0.999), eps: Float = 1e-6,
                weightDecay: Float = 0, correctBias: Bool = true) {
        (self.parameters, self.learningRate, self.betas, self.eps, self.weightDecay, self.correctBias) =
            (parameters, learningRate, betas, eps, weightDecay, correctBias)
    }

    public func step() throws {
        try withNoGrad {
            for (index, parameter) in parameters.enumerated() {
                guard let grad = try denseGradient(of: parameter, "AdamW.step") else { continue }
                try update(parameter, index, grad)
            }
        }
    }

    private func update(_ parameter: Parameter, _ index: Int, _ grad: Tensor) throws {
        var moments = try state.moments[index] ?? Adam.Moments(step: 0, expAvg: .zeros(grad.shape), expAvgSq: .zeros(grad.shape))
        moments.step += 1
        var stepSize = Double(learningRate)
        if correctBias {
            let t = Double(moments.step)
            stepSize *= (1 - Foundation.pow(betas.1, t)).squareRoot() / (1 - Foundation.pow(betas.0, t))
        }
        let (beta1, beta2, rest1, rest2) = (Float(betas.0), Float(betas.1), Float(1 - betas.0), Float(1 - betas.1))
        let (step, eps, decay) = (Float(-stepSize), eps, Float(-Double(learningRate) * Double(weightDecay)))
        let g = grad.floatPointer
        parameter.value.updateFloats { theta in
            moments.expAvg.updateFloats { m in
                moments.expAvgSq.updateFloats { v in
                    for i in 0..<theta.count {
                        m[i] = m[i] * beta1 + rest1 * g[i]
                        v[i] = v[i] * beta2 + rest2 * g[i] * g[i]
                        theta[i] += step * m[i] / (v[i].squareRoot() + eps)
                        if decay != 0 { theta[i] += decay * theta[i] }
                    }
                }
            }
        }
        state.moments[index] = moments
    }

    /// The state with PyTorch's keys, as ``Adam/stateDict()``.
    public func stateDict() -> [String: Tensor] { Adam.stateDict(state) }

    public func loadStateDict(_ dict: [String: Tensor]) throws {
        state = try Adam.loadState(dict, of: parameters, "AdamW.load_state_dict")
    }
}
