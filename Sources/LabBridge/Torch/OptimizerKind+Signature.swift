import LabScript
import LabTensor
import LabTrain

/// What scripts see of an optimizer kind: its module, its constructor's signature, and each
/// param group's dict read into the engine's ``OptimizerOptions``.
extension OptimizerKind {
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
                + (self == .adam ? ["decoupled_weight_decay=False"] : [])
        case .transformersAdamW:
            return ["params", "lr=0.001", "betas=None", "eps=1e-06", "weight_decay=0.0", "correct_bias=True", "no_deprecation_warning=False"]
        }
    }

    /// The constructor's option values, with `betas` (declared None, as a signature default holds
    /// no tuple) given PyTorch's default of (0.9, 0.999), and AdamW's `decoupled_weight_decay` True.
    func options(_ a: Args) -> [(String, Value)] {
        optionNames.map { name in
            if name == "betas" && a[name].isNone { return (name, .tuple([.float(0.9), .float(0.999)])) }
            if name == "decoupled_weight_decay" && self == .adamW { return (name, .bool(true)) }
            return (name, a[name])
        }
    }

    /// Reads a group's options into its engine optimizer, raising the engine's refusals as PyTorch's errors.
    func configure(_ engine: Optimizer, from group: PyDict) throws {
        do {
            try configure(engine, with: try options(from: group))
        } catch OptimizerError.invalid(let message) {
            throw PyException.valueError(message)
        } catch OptimizerError.unsupported(let message) {
            throw PyException(.notImplementedError, message)
        }
    }

    /// A group dict's options as numbers and flags.
    private func options(from group: PyDict) throws -> OptimizerOptions {
        func number(_ key: String) throws -> Double {
            guard let v = group[string: key], let d = v.number else {
                throw PyException.typeError("param group option '\(key)' must be a number, not \(group[string: key]?.typeName ?? "missing")")
            }
            return d
        }
        func flag(_ key: String) -> Bool { group[string: key].map { if case .bool(true) = $0 { return true } else { return false } } ?? false }
        var options = OptimizerOptions(learningRate: try number("lr"), weightDecay: try number("weight_decay"))
        (options.amsgrad, options.maximize, options.differentiable) = (flag("amsgrad"), flag("maximize"), flag("differentiable"))
        if self == .sgd {
            (options.momentum, options.dampening, options.nesterov) = (try number("momentum"), try number("dampening"), flag("nesterov"))
        } else {
            options.eps = try number("eps")
            guard let betas = group[string: "betas"].flatMap(Convert.sequence), betas.count == 2,
                  let beta1 = betas[0].number, let beta2 = betas[1].number else {
                throw PyException.typeError("betas must be a pair of floats")
            }
            (options.betas, options.correctBias) = ((beta1, beta2), flag("correct_bias"))
            if group[string: "decoupled_weight_decay"] != nil { options.decoupledWeightDecay = flag("decoupled_weight_decay") }
        }
        return options
    }
}
