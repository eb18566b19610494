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
        let perRow = Tensor.makeFloat([labels.count]) { out in
            let px = dense.floatPointer
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

    /// `log_softmax(self)[target]` along the last dim (trl's `logprobs_from_logits`), computed as a
    /// negated per-row cross-entropy so the full log-softmax is never materialized.
    ///
    /// Shapes: self `[..., C]`, integer `targets` `[...]` → `[...]`.
    public func logProbabilities(of targets: Tensor) throws -> Tensor {
        guard rank >= 1, targets.shape == Array(shape.dropLast()) else {
            throw TensorError("log_probs", "targets of shape \(targets.shape) do not match logits of shape \(shape) without their last dim")
        }
        let rows = try reshape([-1, shape[rank - 1]])
        let losses = try Tensor.crossEntropy(logits: rows, targets: targets.reshape([-1]), ignoreIndex: Int.min, reduction: .none)
        return try (-losses).reshape(targets.shape)
    }

    /// Entropy of the categorical distribution given by logits along the last dim, as trl computes
    /// it: H = logsumexp(x) − Σ p·x with p = softmax(x). Fused per row; backward uses
    /// dH/dxⱼ = −pⱼ·(xⱼ − Σ p·x), recomputing p from the logits. Shape: `[..., C] → [...]`.
    public func entropyFromLogits() throws -> Tensor {
        guard rank >= 1 else { throw TensorError("entropy", "expected logits with at least 1 dimension") }
        let logits = detached().denseFloat(), rows = RowKernel(logits), n = rows.width
        // Per row: logsumexp and the expected logit Σ p·x.
        let statistics = Tensor.makeFloat([rows.rows, 2], zeroed: false) { stats in
            parallelChunks(rows.rows, costPerItem: n) { r in
                for row in r {
                    let x = logits.floatPointer + row * n, normalizer = rowLogSumExp(x, n)
                    var mean = Lanes()
                    forEachLaneBlock(0..<n) { j, width in
                        let values = loadLanes(x + j, width)  // padding lanes are 0 and add 0
                        mean += expLanes(values - normalizer) * values
                    }
                    (stats[2 * row], stats[2 * row + 1]) = (normalizer, mean.sum())
                }
            }
        }
        let out = Tensor.makeFloat(Array(shape.dropLast()), zeroed: false) { h in
            let stats = statistics.floatPointer
            for row in 0..<rows.rows { h[row] = stats[2 * row] - stats[2 * row + 1] }
        }
        return Tensor.record(out, "entropy", [self]) { g, _ in
            let dg = try g.expand(Array(logits.shape.dropLast())).denseFloat()
            let stats = statistics.floatPointer
            return [Tensor.makeFloat(logits.shape, zeroed: false) { d in
                parallelChunks(rows.rows, costPerItem: n) { r in
                    for row in r {
                        let x = logits.floatPointer + row * n, scale = -dg.floatPointer[row]
                        forEachLaneBlock(0..<n) { j, width in
                            let values = loadLanes(x + j, width)
                            let slope = scale * expLanes(values - stats[2 * row]) * (values - stats[2 * row + 1])
                            storeLanes(slope, d + row * n + j, width)
                        }
                    }
                }
            }]
        }
    }

    /// The tensor with `dim` moved to the end (a view).
    func movedToLast(_ dim: Int) throws -> Tensor {
        let axis = try normalizeDim(dim, "movedim")
        var order = Array(0..<rank)
        order.remove(at: axis)
        return try permute(order + [axis])
    }
}
