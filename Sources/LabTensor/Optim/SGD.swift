/// Stochastic gradient descent with PyTorch's momentum, dampening, Nesterov and weight decay:
/// ```
/// g ← g + λ·θ
/// b ← g (first step), else b ← μ·b + (1 − dampening)·g
/// g ← g + μ·b (Nesterov) or g ← b
/// θ ← θ − lr·g
/// ```
public final class SGD: Optimizer {
    /// Momentum buffers per parameter index. Save by copying, restore by assigning.
    public struct State {
        public var momentumBuffers: [Int: Tensor]
    }

    public let parameters: [Parameter]
    public var learningRate: Float
    public var momentum: Float
    public var dampening: Float
    public var weightDecay: Float
    public var nesterov: Bool
    public var state = State(momentumBuffers: [:])

    public init(_ parameters: [Parameter], learningRate: Float, momentum: Float = 0, dampening: Float = 0,
                weightDecay: Float = 0, nesterov: Bool = false) throws {
        guard !nesterov || (momentum > 0 && dampening == 0) else {
            throw TensorError("SGD", "Nesterov momentum requires a momentum and zero dampening")
        }
        (self.parameters, self.learningRate, self.momentum, self.dampening, self.weightDecay, self.nesterov) =
            (parameters, learningRate, momentum, dampening, weightDecay, nesterov)
    }

    public func step() throws {
        try withNoGrad {
            for (index, parameter) in parameters.enumerated() {
                guard var grad = try denseGradient(of: parameter, "SGD.step") else { continue }
                if weightDecay != 0 { grad = try grad + parameter.value * weightDecay }
                if momentum != 0 {
                    let buffer = try state.momentumBuffers[index].map { try $0 * momentum + grad * (1 - dampening) } ?? grad.denseCopy()
                    state.momentumBuffers[index] = buffer
                    grad = nesterov ? try grad + buffer * momentum : buffer
                }
                let g = grad.denseFloat(), lr = learningRate
                parameter.value.updateFloats { theta in
                    for i in 0..<theta.count { theta[i] -= lr * g.floatPointer[i] }
                }
            }
        }
    }

    /// The state with PyTorch's keys: `state.<i>.momentum_buffer`.
    public func stateDict() -> [String: Tensor] {
        Dictionary(uniqueKeysWithValues: state.momentumBuffers.map { ("state.\($0.key).momentum_buffer", $0.value) })
    }

    public func loadStateDict(_ dict: [String: Tensor]) throws {
        var buffers: [Int: Tensor] = [:]
        for i in parameters.indices {
            buffers[i] = try savedBuffer(dict, "momentum_buffer", of: parameters, i, "SGD.load_state_dict")
        }
        state = State(momentumBuffers: buffers)
    }
}
