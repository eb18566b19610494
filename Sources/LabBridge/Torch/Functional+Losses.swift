import LabScript
import LabTensor

/// The losses of `torch.nn.functional`, composed from engine ops so their gradients come from
/// theirs: cross-entropy (class indices or probabilities, `ignore_index`, `label_smoothing`), NLL,
/// MSE and binary cross-entropy on probabilities or logits.
extension Functional {
    static let losses: [Function] = [
        Function("cross_entropy", params: ["input", "target", "weight=None", "size_average=None", "ignore_index=-100", "reduce=None", "reduction='mean'", "label_smoothing=0.0"]) { a in
            try unweighted(a, "cross_entropy")
            let x = try input(a).floatingPoint(), target = try tensor(a["target"]), reduction = try reduction(a)
            let smoothing = Float(try a.double("label_smoothing"))
            guard smoothing >= 0, smoothing <= 1 else { throw PyException.runtimeError("label_smoothing must be between 0.0 and 1.0. Got: \(smoothing)") }
            return .tensor(try torchCall {
                if target.dtype.isFloatingPoint { return try softTargetCrossEntropy(x, target, smoothing, reduction) }
                let nll = try Tensor.crossEntropy(logits: x, targets: target, ignoreIndex: try a.int("ignore_index"), reduction: reduction)
                guard smoothing > 0 else { return nll }
                return try smoothed(nll, x, target, ignoreIndex: try a.int("ignore_index"), smoothing, reduction)
            })
        },
        Function("nll_loss", params: ["input", "target", "weight=None", "size_average=None", "ignore_index=-100", "reduce=None", "reduction='mean'"]) { a in
            try unweighted(a, "nll_loss")
            let logp = try input(a).floatingPoint(), target = try tensor(a["target"]), ignore = try a.int("ignore_index")
            return .tensor(try torchCall {
                let classDim = logp.rank == 1 ? 0 : 1
                let valid = target.compare(.notEqual, Double(ignore))
                let safe = try Tensor.where(valid, target, Tensor(0)).converted(to: .int64)
                let picked = try logp.gather(dim: classDim, index: safe.unsqueeze(classDim)).squeeze(classDim)
                let losses = try -picked * valid.floatingPoint()
                return try reduce(losses, try reduction(a), count: valid.floatingPoint().sum()).recordedAs("NllLossBackward0")
            })
        },
        Function("mse_loss", params: ["input", "target", "size_average=None", "reduce=None", "reduction='mean'"]) { a in
            .tensor(try torchCall { try reduce((input(a).floatingPoint() - tensor(a["target"]).floatingPoint()).pow(2), try reduction(a)).recordedAs("MseLossBackward0") })
        },
        Function("binary_cross_entropy", params: ["input", "target", "weight=None", "size_average=None", "reduce=None", "reduction='mean'"]) { a in
            let p = try input(a).floatingPoint(), t = try tensor(a["target"]).floatingPoint(), weight = try a.optional("weight").map { try tensor($0) }
            return .tensor(try torchCall {
                // PyTorch clamps each log at -100 so that p = 0 or 1 gives a finite loss.
                let losses = try -(t * p.log().clamp(min: -100) + (1 - t) * (1 - p).log().clamp(min: -100))
                return try reduce(weight.map { try losses * $0 } ?? losses, try reduction(a)).recordedAs("BinaryCrossEntropyBackward0")
            })
        },
        Function("binary_cross_entropy_with_logits", params: ["input", "target", "weight=None", "size_average=None", "reduce=None", "reduction='mean'", "pos_weight=None"]) { a in
            guard a.optional("pos_weight") == nil else { throw PyException(.notImplementedError, "binary_cross_entropy_with_logits(pos_weight=...) is not supported") }
            let x = try input(a).floatingPoint(), t = try tensor(a["target"]).floatingPoint(), weight = try a.optional("weight").map { try tensor($0) }
            return .tensor(try torchCall {
                let losses = try x.binaryCrossEntropyWithLogits(target: t)
                return try reduce(weight.map { try losses * $0 } ?? losses, try reduction(a)).recordedAs("BinaryCrossEntropyWithLogitsBackward0")
            })
        },
    ]

    /// Cross-entropy against class probabilities `[N, C, ...]` (the target's shape is the input's).
    private static func softTargetCrossEntropy(_ x: Tensor, _ target: Tensor, _ smoothing: Float, _ reduction: Tensor.Reduction) throws -> Tensor {
        guard target.shape == x.shape else { throw TensorError("cross_entropy", "expected target of shape \(x.shape), got \(target.shape)") }
        let classDim = x.rank == 1 ? 0 : 1, classes = Float(x.shape[classDim])
        let probabilities = smoothing > 0 ? target * (1 - smoothing) + smoothing / classes : target
        let losses = try -(x.logSoftmax(dim: classDim) * probabilities).sum(dim: classDim)
        let reduced = try reduce(losses, reduction, count: reduction == .mean ? Tensor(Float(x.rank == 1 ? 1 : x.shape[0])) : nil)
        return reduction == .mean ? reduced.recordedAs("DivBackward1") : reduced
    }

    /// `(1 - ε)·nll + ε·(mean over classes of -log p)`, the smoothing term masked as the targets are.
    private static func smoothed(_ nll: Tensor, _ x: Tensor, _ target: Tensor, ignoreIndex: Int, _ smoothing: Float, _ reduction: Tensor.Reduction) throws -> Tensor {
        let classDim = x.rank == 1 ? 0 : 1, classes = Float(x.shape[classDim])
        let valid = target.compare(.notEqual, Double(ignoreIndex)).floatingPoint()
        let uniform = try -x.logSoftmax(dim: classDim).sum(dim: classDim) * valid / classes
        return try nll * (1 - smoothing) + reduce(uniform, reduction, count: valid.sum()) * smoothing
    }

    /// Combines per-element losses; the mean divides by `count` when given (the targets not ignored).
    static func reduce(_ losses: Tensor, _ reduction: Tensor.Reduction, count: Tensor? = nil) throws -> Tensor {
        switch reduction {
        case .none: return losses
        case .sum: return try losses.sum()
        case .mean: return try count.map { try losses.sum() / $0 } ?? losses.mean()
        }
    }

    private static func unweighted(_ a: Args, _ name: String) throws {
        guard a.optional("weight") == nil else { throw PyException(.notImplementedError, "\(name)(weight=...) is not supported") }
    }

    static func reduction(_ a: Args) throws -> Tensor.Reduction {
        switch try a.string("reduction") {
        case "mean": return .mean
        case "sum": return .sum
        case "none": return .none
        case let other: throw PyException.valueError("\(other) is not a valid value for reduction")
        }
    }
}
