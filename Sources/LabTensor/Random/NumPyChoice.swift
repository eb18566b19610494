/// The parts of numpy's `choice` that both of its generators share (the legacy `RandomState` and
/// `Generator`): checking `p`, and drawing indices by `p` with and without replacement. Uniform
/// draws come from the caller's stream, so each generator keeps its own draw order.
public enum NumPyChoice {
    /// A `choice` argument numpy refuses, with numpy's message (a ValueError).
    public struct Failure: Error, Equatable {
        public let message: String
    }

    /// Checks `p` as numpy does for `count` candidates: one probability each, no NaN, none
    /// negative, and a Kahan sum within √ε (float64) of 1.
    public static func validate(_ p: [Double], count: Int) throws {
        guard p.count == count else { throw Failure(message: "'a' and 'p' must have same size") }
        var sum = p.first ?? 0, carry = 0.0
        for value in p.dropFirst() {
            let y = value - carry, t = sum + y
            carry = (t - sum) - y
            sum = t
        }
        if sum.isNaN { throw Failure(message: "probabilities contain NaN") }
        if p.contains(where: { $0 < 0 }) { throw Failure(message: "probabilities are not non-negative") }
        if abs(sum - 1) > Double.ulpOfOne.squareRoot() { throw Failure(message: "probabilities do not sum to 1") }
    }

    /// The running sum of `p` (added left to right, as `cumsum`), divided by its last value.
    public static func cumulative(_ p: [Double]) -> [Double] {
        var total = 0.0
        var cdf = p.map { total += $0; return total }
        let last = cdf.last ?? 1
        for i in cdf.indices { cdf[i] /= last }
        return cdf
    }

    /// The index `searchsorted(cdf, u, side='right')` gives: how many entries are ≤ `u`.
    public static func index(in cdf: [Double], of u: Double) -> Int {
        var low = 0, high = cdf.count
        while low < high {
            let middle = (low + high) / 2
            if cdf[middle] <= u { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// `count` distinct indices drawn by weight `p` (already validated): each round draws as many
    /// uniforms as are still missing, zeroes the weights of those found, and keeps the new
    /// indices in the order they first appear.
    /// - Parameter uniforms: the next n uniform doubles of the caller's stream.
    public static func withoutReplacement(_ p: [Double], count: Int, uniforms: (Int) -> [Double]) throws -> [Int] {
        guard p.filter({ $0 > 0 }).count >= count else { throw Failure(message: "Fewer non-zero entries in p than size") }
        var weights = p, found: [Int] = []
        while found.count < count {
            let draws = uniforms(count - found.count)
            for i in found { weights[i] = 0 }
            let cdf = cumulative(weights)
            var seen = Set<Int>()
            for u in draws {
                let pick = index(in: cdf, of: u)
                if seen.insert(pick).inserted { found.append(pick) }
            }
        }
        return found
    }
}
