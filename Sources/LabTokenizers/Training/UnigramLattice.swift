import Foundation

/// The segmentation graph of one text during Unigram training: nodes are candidate pieces spanning UTF-8 byte
/// offsets `start..<end`, added in order of start (then end), so that ties between equally good paths go to
/// the node added first, as in the reference.
struct UnigramLattice {
    private(set) var length = 0
    private(set) var starts: [Int] = []
    private(set) var ends: [Int] = []
    private(set) var pieces: [Int] = []
    private(set) var scores: [Double] = []
    /// Log-sums of all paths from the start to each offset, and from each offset to the end.
    private var forward: [Double] = []
    private var backward: [Double] = []
    private var bestScore: [Double] = []
    private var bestNode: [Int] = []

    /// Empties the lattice for a text of `length` bytes, keeping its buffers.
    mutating func reset(length: Int) {
        self.length = length
        starts.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        pieces.removeAll(keepingCapacity: true)
        scores.removeAll(keepingCapacity: true)
    }

    mutating func append(start: Int, end: Int, piece: Int, score: Double) {
        starts.append(start)
        ends.append(end)
        pieces.append(piece)
        scores.append(score)
    }

    var nodeCount: Int { starts.count }

    /// The pieces of the best-scoring path (Viterbi), optionally without the node spanning the whole text;
    /// empty when no path reaches the end.
    mutating func bestPath(skippingWholeSpan: Bool = false) -> [Int] {
        bestScore = [Double](repeating: -.infinity, count: length + 1)
        bestNode = [Int](repeating: -1, count: length + 1)
        bestScore[0] = 0
        for node in 0..<nodeCount {
            let start = starts[node], end = ends[node]
            if skippingWholeSpan && start == 0 && end == length { continue }
            guard start == 0 || bestNode[start] >= 0 else { continue }
            let candidate = bestScore[start] + scores[node]
            if bestNode[end] < 0 || candidate > bestScore[end] {
                bestScore[end] = candidate
                bestNode[end] = node
            }
        }
        var path: [Int] = []
        var position = length
        while position > 0 {
            let node = bestNode[position]
            guard node >= 0 else { return [] }
            path.append(pieces[node])
            position = starts[node]
        }
        return path.reversed()
    }

    /// Adds `weight` times each node's posterior probability (forward-backward over all paths) to the node's
    /// piece in `expected`.
    mutating func addMarginals(weight: Double, into expected: inout [Double]) {
        forward = [Double](repeating: -.infinity, count: length + 1)
        backward = [Double](repeating: -.infinity, count: length + 1)
        forward[0] = 0
        backward[length] = 0
        for node in 0..<nodeCount {
            forward[ends[node]] = logAddExp(forward[ends[node]], forward[starts[node]] + scores[node])
        }
        for node in (0..<nodeCount).reversed() {
            backward[starts[node]] = logAddExp(backward[starts[node]], scores[node] + backward[ends[node]])
        }
        let total = forward[length]
        guard total > -.infinity else { return }
        for node in 0..<nodeCount {
            let logPosterior = forward[starts[node]] + scores[node] + backward[ends[node]] - total
            expected[pieces[node]] += weight * exp(logPosterior)
        }
    }

    /// log(eˣ + eʸ), skipping the smaller term when it is negligible.
    private func logAddExp(_ x: Double, _ y: Double) -> Double {
        let high = max(x, y), low = min(x, y)
        if low == -.infinity || high > low + 50 { return high }
        return high + log(1 + exp(low - high))
    }
}
