import LabNN
import LabTensor

/// The optimizers `torch.optim` offers, and transformers' own AdamW: the option keys every param
/// group is completed with (PyTorch 2.5's keys and order), the engine optimizer one group runs on,
/// and how a group's options are checked (with PyTorch's messages) and read into it.
public enum OptimizerKind: CaseIterable, Sendable {
    case sgd, adam, adamW
    /// `transformers.AdamW` (`optim="adamw_hf"`).
    case transformersAdamW

    /// The class name.
    public var name: String {
        switch self {
        case .sgd: return "SGD"
        case .adam: return "Adam"
        case .adamW, .transformersAdamW: return "AdamW"
        }
    }

    /// The group options in the order PyTorch's `defaults` dict keeps them.
    public var optionNames: [String] {
        switch self {
        case .sgd: return ["lr", "momentum", "dampening", "weight_decay", "nesterov", "maximize", "foreach", "differentiable", "fused"]
        case .adam, .adamW:
            return ["lr", "betas", "eps", "weight_decay", "amsgrad", "maximize", "foreach", "capturable", "differentiable", "fused", "decoupled_weight_decay"]
        case .transformersAdamW: return ["lr", "betas", "eps", "weight_decay", "correct_bias"]
        }
    }

    /// An engine optimizer over one group's parameters; ``configure(_:with:)`` sets its options.
    public func makeEngine(_ parameters: [Parameter]) throws -> Optimizer {
        switch self {
        case .sgd: return try SGD(parameters, learningRate: 1e-3)
        case .adam: return Adam(parameters)
        case .adamW: return AdamW(parameters)
        case .transformersAdamW: return TransformersAdamW(parameters)
        }
    }

    /// Checks a group's options and reads them into its engine optimizer, as PyTorch reads them at every step.
    public func configure(_ engine: Optimizer, with options: OptimizerOptions) throws {
        let lr = Float(options.learningRate), weightDecay = Float(options.weightDecay)
        guard lr >= 0 else { throw OptimizerError.invalid("Invalid learning rate: \(lr)") }
        guard weightDecay >= 0 else { throw OptimizerError.invalid("Invalid weight_decay value: \(weightDecay)") }
        for (flag, isSet) in [("amsgrad", options.amsgrad), ("maximize", options.maximize), ("differentiable", options.differentiable)] where isSet {
            throw OptimizerError.unsupported("\(name)(\(flag)=True) is not supported")
        }
        engine.learningRate = lr
        if let sgd = engine as? SGD {
            let momentum = Float(options.momentum), dampening = Float(options.dampening)
            guard momentum >= 0 else { throw OptimizerError.invalid("Invalid momentum value: \(momentum)") }
            if options.nesterov && (momentum <= 0 || dampening != 0) {
                throw OptimizerError.invalid("Nesterov momentum requires a momentum and zero dampening")
            }
            (sgd.momentum, sgd.dampening, sgd.weightDecay, sgd.nesterov) = (momentum, dampening, weightDecay, options.nesterov)
            return
        }
        let eps = Float(options.eps)
        guard eps >= 0 else { throw OptimizerError.invalid("Invalid epsilon value: \(eps)") }
        for (i, beta) in [options.betas.0, options.betas.1].enumerated() where !(0..<1).contains(beta) {
            throw OptimizerError.invalid("Invalid beta parameter at index \(i): \(beta)")
        }
        if let adam = engine as? Adam {
            (adam.betas, adam.eps, adam.weightDecay) = (options.betas, eps, weightDecay)
            adam.decoupled = options.decoupledWeightDecay ?? (self == .adamW)
        } else if let adamW = engine as? TransformersAdamW {
            (adamW.betas, adamW.eps, adamW.weightDecay, adamW.correctBias) = (options.betas, eps, weightDecay, options.correctBias)
        }
    }
}

/// One param group's options, as numbers and flags (those a kind does not use are ignored).
public struct OptimizerOptions: Sendable {
    public var learningRate: Double
    public var weightDecay: Double
    public var momentum = 0.0, dampening = 0.0, nesterov = false
    public var eps = 1e-8, betas = (0.9, 0.999), correctBias = true
    public var amsgrad = false, maximize = false, differentiable = false
    /// Adam's `decoupled_weight_decay` (AdamW's is always on); nil leaves the kind's own choice.
    public var decoupledWeightDecay: Bool?

    public init(learningRate: Double, weightDecay: Double) {
        self.learningRate = learningRate
        self.weightDecay = weightDecay
    }
}

/// An option an optimizer refuses: a bad value (PyTorch's ValueError) or a feature not built.
public enum OptimizerError: Error, Equatable {
    case invalid(String)
    case unsupported(String)
}
