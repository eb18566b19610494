import LabTensor

extension RobertaForSequenceClassification {
    /// The loss transformers picks from `problem_type`, or, when unset, from the labels: regression
    /// for one label, single-label classification for integer labels, multi-label otherwise.
    public enum ProblemType: String {
        case regression
        case singleLabelClassification = "single_label_classification"
        case multiLabelClassification = "multi_label_classification"
    }

    /// The problem type for `labels`: the configured one, else inferred as transformers does.
    public func problemType(for labels: Tensor) throws -> ProblemType {
        if let name = config.problemType {
            guard let configured = ProblemType(rawValue: name) else {
                throw TensorError("RobertaForSequenceClassification", "problem_type must be regression, single_label_classification or multi_label_classification, got \(name)")
            }
            return configured
        }
        if config.numLabels == 1 { return .regression }
        return labels.dtype == .int64 || labels.dtype == .int32 ? .singleLabelClassification : .multiLabelClassification
    }

    /// The mean loss of `logits [B, num_labels]` against `labels`: cross-entropy for class ids `[B]`,
    /// squared error for regression targets (`[B]` with one label, else `[B, num_labels]`), binary
    /// cross-entropy on logits for multi-hot targets `[B, num_labels]`.
    public func loss(logits: Tensor, labels: Tensor) throws -> Tensor {
        switch try problemType(for: labels) {
        case .singleLabelClassification:
            return try Tensor.crossEntropy(logits: logits.reshape([-1, config.numLabels]), targets: labels.reshape([-1]))
        case .regression:
            let (prediction, target) = config.numLabels == 1 ? (try logits.squeeze(), try labels.float().squeeze()) : (logits, labels.float())
            try requireSameShape(prediction, target)
            return try (prediction - target).square().mean()
        case .multiLabelClassification:
            let target = labels.float()
            try requireSameShape(logits, target)
            // max(x, 0) − x·y + log(1 + e^(−|x|)): the stable form of −[y·log σ(x) + (1 − y)·log(1 − σ(x))].
            let softplus = ((-logits.abs()).exp() + 1).log()
            return try (logits.relu() - logits * target + softplus).mean()
        }
    }

    private func requireSameShape(_ prediction: Tensor, _ target: Tensor) throws {
        guard prediction.shape == target.shape else {
            throw TensorError("RobertaForSequenceClassification", "labels of shape \(target.shape) do not match the logits' shape \(prediction.shape)")
        }
    }
}
