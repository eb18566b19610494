import LabScript
import LabTensor

/// The optimizers `torch.optim` offers, and transformers' own AdamW: their constructor signatures,
/// the defaults every param group is completed with (PyTorch 2.5's keys and order), and the engine
/// optimizer one group runs on.
enum OptimizerKind: CaseIterable {
    case sgd, adam, adamW
    /// `transformers.AdamW` (`optim="adamw_hf"`).
    case transformersAdamW

    var name: String {
        switch self {
        case .sgd: return "SGD"
        case .adam: return "Adam"
        case .adamW, .transformersAdamW: return "AdamW"
        }
    }

    /// The module the class is found in.
    var module: String {
        self == .transformersAdamW ? "transformers.optimization" : "torch.optim.\(name.lowercased())"
    }

    /// The constructor's parameters after `params`.
    var parameters: [String] {
        switch self {
        case .sgd:
            return ["params", "lr=0.001", "momentum=0", "dampening=0", "weight_decay=0", "nesterov=False", "*",
                    "maximize=False", "foreach=None", "differentiable=False", "fused=None"]
        case .adam, .adamW:
            return ["params", "lr=0.001", "betas=None", "eps=1e-08", self == .adam ? "weight_decay=0" : "weight_decay=0.01",
                    "amsgrad=False", "*", "maximize=False", "foreach=None", "capturable=False", "differentiable=False", "fused=None"]
        case .transformersAdamW:
            return ["params", "lr=0.001", "betas=None", "eps=1e-06", "weight_decay=0.0", "correct_bias=True", "no_deprecation_warning=False"]
        }
    }

    /// The constructor's option values, with `betas` (declared None, as a signature default holds
    /// no tuple) given PyTorch's default of (0.9, 0.999).
    func options(_ a: Args) -> [(String, Value)] {
        optionNames.map { name in
            name == "betas" && a[name].isNone ? (name, .tuple([.float(0.9), .float(0.999)])) : (name, a[name])
        }
    }

    /// The group options in the order PyTorch's `defaults` dict keeps them.
    var optionNames: [String] {
        switch self {
        case .sgd: return ["lr", "momentum", "dampening", "weight_decay", "nesterov", "maximize", "foreach", "differentiable", "fused"]
        case .adam, .adamW:
            return ["lr", "betas", "eps", "weight_decay", "amsgrad", "maximize", "foreach", "capturable", "differentiable", "fused"]
        case .transformersAdamW: return ["lr", "betas", "eps", "weight_decay", "correct_bias"]
        }
    }

    /// An engine optimizer over one group's parameters; ``configure(_:from:)`` sets its options.
    func makeEngine(_ parameters: [Parameter]) throws -> Optimizer {
        switch self {
        case .sgd: return try SGD(parameters, learningRate: 1e-3)
        case .adam: return Adam(parameters)
        case .adamW: return AdamW(parameters)
        case .transformersAdamW: return TransformersAdamW(parameters)
        }
    }

    /// Reads a group's options into its engine optimizer, as PyTorch reads them at every step, after
    /// checking them with PyTorch's messages.
    func configure(_ engine: Optimizer, from group: PyDict) throws {
        func number(_ key: String) throws -> Float {
            guard let v = group[string: key], let d = v.number else {
                throw PyException.typeError("param group option '\(key)' must be a number, not \(group[string: key]?.typeName ?? "missing")")
            }
            return Float(d)
        }
        func flag(_ key: String) -> Bool { group[string: key].map { if case .bool(true) = $0 { return true } else { return false } } ?? false }
        let lr = try number("lr"), weightDecay = try number("weight_decay")
        guard lr >= 0 else { throw PyException.valueError("Invalid learning rate: \(lr)") }
        guard weightDecay >= 0 else { throw PyException.valueError("Invalid weight_decay value: \(weightDecay)") }
        for unsupported in ["amsgrad", "maximize", "differentiable"] where flag(unsupported) {
            throw PyException(.notImplementedError, "\(name)(\(unsupported)=True) is not supported")
        }
        engine.learningRate = lr
        if let sgd = engine as? SGD {
            let (momentum, dampening) = (try number("momentum"), try number("dampening"))
            guard momentum >= 0 else { throw PyException.valueError("Invalid momentum value: \(momentum)") }
            let nesterov = flag("nesterov")
            if nesterov && (momentum <= 0 || dampening != 0) {
                throw PyException.valueError("Nesterov momentum requires a momentum and zero dampening")
            }
            (sgd.momentum, sgd.dampening, sgd.weightDecay, sgd.nesterov) = (momentum, dampening, weightDecay, nesterov)
        } else {
            let eps = try number("eps")
            guard eps >= 0 else { throw PyException.valueError("Invalid epsilon value: \(eps)") }
            let betas = try self.betas(group)
            if let adam = engine as? Adam {
                (adam.betas, adam.eps, adam.weightDecay) = ((Float(betas.0), Float(betas.1)), eps, weightDecay)
            } else if let adamW = engine as? TransformersAdamW {
                (adamW.betas, adamW.eps, adamW.weightDecay, adamW.correctBias) = (betas, eps, weightDecay, flag("correct_bias"))
            }
        }
    }

    /// A group's `betas`, each in [0, 1).
    private func betas(_ group: PyDict) throws -> (Double, Double) {
        guard let betas = group[string: "betas"].flatMap(Convert.sequence), betas.count == 2,
              let beta1 = betas[0].number, let beta2 = betas[1].number else {
            throw PyException.typeError("betas must be a pair of floats")
        }
        for (i, beta) in [beta1, beta2].enumerated() where !(0..<1).contains(beta) {
            throw PyException.valueError("Invalid beta parameter at index \(i): \(beta)")
        }
        return (beta1, beta2)
    }
}
