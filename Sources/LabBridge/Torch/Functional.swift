import LabScript
import LabTensor

/// `torch.nn.functional` (imported as `F`): activations, normalization and losses with PyTorch's
/// argument names and defaults.
enum Functional {
    static let module = NativeModule("torch.nn.functional", functions: [
        Function("softmax", params: ["input", "dim=None"]) { a in .tensor(try torchCall { try input(a).float().softmax(dim: try dim(a)) }) },
        Function("log_softmax", params: ["input", "dim=None"]) { a in .tensor(try torchCall { try input(a).float().logSoftmax(dim: try dim(a)) }) },
        Function("relu", params: ["input"]) { a in .tensor(try input(a).float().relu()) },
        Function("gelu", params: ["input", "approximate='none'"]) { a in
            let mode: Tensor.GELUApproximation
            switch try a.string("approximate") {
            case "none": mode = .none
            case "tanh": mode = .tanh
            case let other: throw PyException.runtimeError("approximate argument must be either none or tanh, got '\(other)'")
            }
            return .tensor(try input(a).float().gelu(approximate: mode))
        },
        Function("layer_norm", params: ["input", "normalized_shape", "weight=None", "bias=None", "eps=1e-05"]) { a in
            let shape = try Convert.ints([a["normalized_shape"]], "normalized_shape")
            let weight = try a.optional("weight").map { try tensor($0) }, bias = try a.optional("bias").map { try tensor($0) }
            return .tensor(try torchCall { try input(a).float().layerNorm(normalizedShape: shape, weight: weight, bias: bias, eps: Float(try a.double("eps"))) })
        },
        Function("cross_entropy", params: ["input", "target", "weight=None", "size_average=None", "ignore_index=-100", "reduce=None", "reduction='mean'"]) { a in
            guard a.optional("weight") == nil else { throw PyException(.notImplementedError, "cross_entropy(weight=...) is not supported") }
            let reduction = try Functional.reduction(a)
            return .tensor(try torchCall {
                try Tensor.crossEntropy(logits: input(a).float(), targets: tensor(a["target"]), ignoreIndex: try a.int("ignore_index"), reduction: reduction)
            })
        },
        Function("mse_loss", params: ["input", "target", "size_average=None", "reduce=None", "reduction='mean'"]) { a in
            let squared = try torchCall { try (input(a).float() - tensor(a["target"]).float()).pow(2) }
            switch try Functional.reduction(a) {
            case .mean: return .tensor(try torchCall { try squared.mean() })
            case .sum: return .tensor(try torchCall { try squared.sum() })
            case .none: return .tensor(squared)
            }
        },
    ])

    private static func input(_ a: Args) throws -> Tensor { try a.native("input", as: TensorObject.self).tensor }

    private static func tensor(_ v: Value) throws -> Tensor {
        guard case .native(let t as TensorObject) = v else { throw PyException.typeError("expected Tensor, not \(v.typeName)") }
        return t.tensor
    }

    private static func dim(_ a: Args) throws -> Int {
        guard let d = a.optional("dim") else { throw PyException.typeError("softmax() requires dim= (implicit dim choice is deprecated)") }
        return try Convert.int(d, "dim")
    }

    private static func reduction(_ a: Args) throws -> Tensor.Reduction {
        switch try a.string("reduction") {
        case "mean": return .mean
        case "sum": return .sum
        case "none": return .none
        case let other: throw PyException.valueError("\(other) is not a valid value for reduction")
        }
    }
}
