import Foundation

/// Losses: cross-entropy with ignore_index (PyTorch semantics) and the entropy of logits.
extension Tensor {
    /// How per-element losses are combined.
    public enum Reduction: Sendable { case mean, sum, none }

    /// Cross-entropy between `logits` and integer class `targets`, as `F.cross_entropy`.
    ///
    /// Shapes: logits `[N, C]` with targets `[N]`, `[C]` with a 0-d target, or `[N, C, d...]` with
    /// targets `[N, d...]`. Targets equal to `ignoreIndex` contribute nothing; the mean divides by the
    /// number of targets not ignored (NaN when all are ignored, as in PyTorch).
    public static func crossEntropy(logits: Tensor, targets: Tensor, ignoreIndex: Int = -100,
                                    reduction: Reduction = .mean) throws -> Tensor {
        guard targets.dtype == .int64 || targets.dtype == .int32 else {
            throw TensorError("cross_entropy", "expected integer class targets, got \(targets.dtype.torchName)")
        }
        guard logits.rank >= 1 else { throw TensorError("cross_entropy", "expected logits with at least 1 dimension") }
        let classDim = logits.rank == 1 ? 0 : 1
        var expectedTargets = logits.shape
        expectedTargets.remove(at: classDim)
        guard targets.shape == expectedTargets else {
            throw TensorError("cross_entropy", "expected target of shape \(expectedTargets) for input of shape \(logits.shape), got \(targets.shape)")
        }
        let classes = logits.shape[classDim]
        let rowsView = try logits.movedToLast(classDim).reshape([-1, classes])
        let labels = targets.toInt64Array().map(Int.init)
        if let bad = labels.first(where: { $0 != ignoreIndex && ($0 < 0 || $0 >= classes) }) {
            throw TensorError("cross_entropy", "Target \(bad) is out of bounds.")
        }
        let dense = rowsView.detached().denseFloat()
        var normalizers = [Float](repeating: 0, count: labels.count)
        let px = dense.floatPointer
        let perRow = Tensor.makeFloat([labels.count]) { out in
            for (i, label) in labels.enumerated() where label != ignoreIndex {
                normalizers[i] = rowLogSumExp(px + i * classes, classes)
                out[i] = normalizers[i] - px[i * classes + label]
            }
        }
        let counted = labels.filter { $0 != ignoreIndex }.count
        let losses = try perRow.reshape(targets.shape)
        let result: Tensor
        switch reduction {
        case .none: result = losses
        case .sum: result = try losses.sum()
        case .mean: result = try losses.sum() / Float(counted)
        }
        let logitsShape = rowsView.shape
        return Tensor.record(result, "cross_entropy", [rowsView]) { g, _ in
            // d loss_i / d x_ij = softmax_ij − [j == label_i], times the incoming gradient per row.
            let weights = try (reduction == .mean ? g / Float(counted) : g).expand(targets.shape).denseFloat()
            let px = dense.floatPointer
            return [Tensor.makeFloat(logitsShape) { d in
                for (i, label) in labels.enumerated() where label != ignoreIndex {
                    let w = weights.floatPointer[i]
                    forEachLaneBlock(0..<classes) { j, width in
                        let row = i * classes + j
                        storeLanes(w * expLanes(loadLanes(px + row, width) - normalizers[i]), d + row, width)
                    }
                    d[i * classes + label] -= w
                }
            }]
        }
    }

    /// Entropy of the categorical distribution given by logits along the last dim, as trl computes
    /// it: `logsumexp(x) − Σ softmax(x)·x`. Shape: `[..., C] → [...]`.
    public func entropyFromLogits() throws -> Tensor {
        try logsumexp(dim: -1) - (softmax(dim: -1) * self).sum(dim: -1)
    }

    /// The tensor with `dim` moved to the end (a view).
    func movedToLast(_ dim: Int) throws -> Tensor {
        let axis = try normalizeDim(dim, "movedim")
        var order = Array(0..<rank)
        order.remove(at: axis)
        return try permute(order + [axis])
    }
}
