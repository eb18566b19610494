import Foundation

/// numpy's legacy global generator (`np.random.seed`, `RandomState`): what trl 0.11 draws from
/// (`set_seed` when a PPOTrainer is made, `np.random.permutation(n)` for the step's minibatch
/// order, `np.random.choice(values)` in LengthSampler), and what datasets' unseeded shuffles and
/// ROUGE's bootstrap draw from. Same seed, same draws as numpy.
///
/// The generator is ``MersenneTwister``. Bounded integers come from masked rejection: draw 32 bits,
/// keep the bits below the bound's highest set bit, retry while above the bound.
///
/// Normals come from the polar Box–Muller method (a pair per accepted draw, the second kept).
///
/// A value: copy it to save the stream, assign the copy back to restore it.
public struct NumPyRandomState: Equatable, Sendable, Codable {
    private var twister: MersenneTwister
    /// The second value of the last polar Box–Muller pair, handed out by the next `standardNormal()`.
    private var gauss: Double?

    /// `np.random.seed(seed)`; numpy accepts 0 ... 2³² − 1.
    public init(seed: UInt64) throws {
        guard let seed = UInt32(exactly: seed) else { throw RandomSeedError() }
        twister = MersenneTwister(seed: seed)
    }

    private enum CodingKeys: String, CodingKey { case key, position, gauss }

    /// Reads a saved state, refusing one no generator could be in.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        guard let twister = MersenneTwister(key: try container.decode([UInt32].self, forKey: .key),
                                            position: try container.decode(Int.self, forKey: .position)) else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "not a numpy random state"))
        }
        self.twister = twister
        gauss = try container.decodeIfPresent(Double.self, forKey: .gauss)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(twister.key, forKey: .key)
        try container.encode(twister.position, forKey: .position)
        try container.encodeIfPresent(gauss, forKey: .gauss)
    }

    /// The next 32 bits.
    public mutating func nextUInt32() -> UInt32 { twister.next() }

    /// Uniform in `0 ... max` by masked rejection (numpy's `random_interval`); draws nothing for 0.
    public mutating func interval(_ max: Int) -> Int { max > 0 ? Int(bounded(UInt64(max))) : 0 }

    /// Uniform in `0 ... range` by masked rejection, 32 bits a draw when `range` fits in 32 bits
    /// (numpy's `random_interval`, and `randint`'s masked bounded integers); draws nothing for 0.
    public mutating func bounded(_ range: UInt64) -> UInt64 {
        guard range > 0 else { return 0 }
        let mask = UInt64.max >> range.leadingZeroBitCount
        if range <= UInt64(UInt32.max) {
            while true {
                let value = UInt64(nextUInt32()) & mask
                if value <= range { return value }
            }
        }
        while true {
            let value = (UInt64(nextUInt32()) << 32 | UInt64(nextUInt32())) & mask
            if value <= range { return value }
        }
    }

    /// `np.random.standard_exponential()`: −log(1 − U), so U = 0 gives 0 (numpy's
    /// `legacy_standard_exponential`).
    public mutating func standardExponential() -> Double { -log(1 - nextDouble()) }

    /// `np.random.standard_normal()`: the polar Box–Muller method, which makes two values from
    /// each accepted pair and keeps the second for the next call (numpy's `legacy_gauss`).
    public mutating func standardNormal() -> Double {
        if let kept = gauss {
            gauss = nil
            return kept
        }
        var x1 = 0.0, x2 = 0.0, r2 = 0.0
        repeat {
            x1 = 2 * nextDouble() - 1
            x2 = 2 * nextDouble() - 1
            r2 = x1 * x1 + x2 * x2
        } while r2 >= 1 || r2 == 0
        let f = (-2 * log(r2) / r2).squareRoot()
        gauss = f * x1
        return f * x2
    }

    /// The state word at the stream's position, as `np.random.get_state()` shows it (the first
    /// word when the block is used up): the seed datasets takes for an unseeded shuffle.
    public var currentWord: UInt32 { twister.position < MersenneTwister.size ? twister.key[twister.position] : twister.key[0] }

    /// `np.random.permutation(n)`: 0 ..< n shuffled by Fisher–Yates from the top.
    public mutating func permutation(_ n: Int) -> [Int] {
        var values = Array(0..<Swift.max(n, 0))
        for i in stride(from: values.count - 1, to: 0, by: -1) { values.swapAt(i, interval(i)) }
        return values
    }

    /// `np.random.randint(0, n)`, which `np.random.choice` of n values draws its index with.
    public mutating func index(below n: Int) -> Int { interval(n - 1) }

    /// `np.random.random()`: 53 random bits from two draws, as numpy's `random_standard_uniform`.
    public mutating func nextDouble() -> Double {
        let a = nextUInt32() >> 5, b = nextUInt32() >> 6
        return (Double(a) * 67_108_864 + Double(b)) / 9_007_199_254_740_992
    }
}

/// A seed numpy's legacy generator does not take (numpy raises ValueError).
public struct RandomSeedError: Error, CustomStringConvertible {
    public var description: String { "Seed must be between 0 and 2**32 - 1" }
}
