import Foundation

/// Logit filtering and sampling for generation, with the semantics of transformers'
/// TemperatureLogitsWarper, TopKLogitsWarper and TopPLogitsWarper. All act on the last dim.
extension Tensor {
    /// Keeps the `k` largest logits of each row (at least `minTokensToKeep`, at most all) and sets
    /// the rest to `filterValue`. Ties with the k-th largest value are kept.
    public func topKFiltered(_ k: Int, minTokensToKeep: Int = 1, filterValue: Float = -.infinity) throws -> Tensor {
        guard k > 0 else { throw TensorError("top_k", "`top_k` has to be a strictly positive integer, but is \(k)") }
        let rows = try logitRows("top_k")
        let keep = Swift.min(Swift.max(k, minTokensToKeep), rows.width)
        return rows.map { src, dst, n in
            let threshold = kthLargest(src, n, keep)
            for j in 0..<n { dst[j] = src[j] < threshold ? filterValue : src[j] }
        }
    }

    /// The k-th largest of a row (1 ≤ k ≤ n): a sorted buffer of the k largest so far for small k,
    /// a full sort otherwise.
    private func kthLargest(_ row: UnsafePointer<Float>, _ n: Int, _ k: Int) -> Float {
        guard k <= 64 else { return UnsafeBufferPointer(start: row, count: n).sorted(by: >)[k - 1] }
        var largest: [Float] = []  // ascending; largest[0] is the k-th largest once full
        largest.reserveCapacity(k + 1)
        for j in 0..<n where largest.count < k || row[j] > largest[0] {
            let position = largest.firstIndex { $0 >= row[j] } ?? largest.count
            largest.insert(row[j], at: position)
            if largest.count > k { largest.removeFirst() }
        }
        return largest[0]
    }

    /// Keeps the smallest set of most likely tokens whose probabilities sum to more than `p` (at
    /// least `minTokensToKeep`); sets the rest to `filterValue`. As transformers does it, tokens are
    /// sorted ascending and those whose cumulative probability is ≤ 1 − p are removed.
    public func topPFiltered(_ p: Float, minTokensToKeep: Int = 1, filterValue: Float = -.infinity) throws -> Tensor {
        guard p >= 0, p <= 1 else { throw TensorError("top_p", "`top_p` has to be a float > 0 and < 1, but is \(p)") }
        let rows = try logitRows("top_p")
        return rows.map { src, dst, n in
            let order = (0..<n).sorted { src[$0] < src[$1] || (src[$0] == src[$1] && $0 < $1) }
            let largest = rowMaximum(src, n)
            var probabilities = order.map { Foundation.exp(src[$0] - largest) }
            let total = probabilities.reduce(0, +)
            var cumulative: Float = 0
            for j in 0..<n {
                dst[j] = src[j]
                probabilities[j] /= total
            }
            for (rank, index) in order.enumerated() {
                cumulative += probabilities[rank]
                if cumulative <= 1 - p && rank < n - minTokensToKeep { dst[index] = filterValue }
            }
        }
    }

    /// Applies generation's logit warpers in transformers' order: temperature (when ≠ 1), top-k
    /// (when > 0), top-p (when < 1).
    public func warpedForSampling(temperature: Float = 1, topK: Int = 0, topP: Float = 1, minTokensToKeep: Int = 1) throws -> Tensor {
        guard temperature > 0 else { throw TensorError("generate", "`temperature` (=\(temperature)) has to be a strictly positive float") }
        var logits = detached().float()
        if temperature != 1 { logits = logits / temperature }
        if topK > 0 { logits = try logits.topKFiltered(topK, minTokensToKeep: minTokensToKeep) }
        if topP < 1 { logits = try logits.topPFiltered(topP, minTokensToKeep: minTokensToKeep) }
        return logits
    }

    /// The last dim of a float tensor as dense rows.
    private func logitRows(_ op: String) throws -> RowKernel {
        guard rank >= 1, shape[rank - 1] > 0 else { throw TensorError(op, "expected logits with a non-empty last dim, got shape \(shape)") }
        return RowKernel(detached().denseFloat())
    }
}

extension RandomGenerator {
    /// One token per row sampled from softmax(`logits`) over the last dim (`[..., V] → [...]`, int64).
    public mutating func sampleCategorical(logits: Tensor) throws -> Tensor {
        let probabilities = try logits.detached().softmax(dim: -1)
        let vocabulary = logits.shape.last ?? 0
        let picks = try multinomial(probabilities.reshape([-1, vocabulary]), count: 1)
        return try picks.reshape(Array(logits.shape.dropLast()))
    }
}
