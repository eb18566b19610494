/// numpy's legacy global generator (`np.random.seed`, `RandomState`): what trl 0.11 draws from
/// (`set_seed` when a PPOTrainer is made, `np.random.permutation(n)` for the step's minibatch
/// order, `np.random.choice(values)` in LengthSampler), and what datasets' unseeded shuffles and
/// ROUGE's bootstrap draw from. Same seed, same draws as numpy.
///
/// The generator is MT19937 (Matsumoto & Nishimura, 1998) seeded with Knuth's linear recurrence
/// (numpy's `mt19937_seed`). Bounded integers come from masked rejection: draw 32 bits, keep the
/// bits below the bound's highest set bit, retry while above the bound.
///
/// A value: copy it to save the stream, assign the copy back to restore it.
public struct NumPyRandomState: Equatable, Sendable, Codable {
    private static let size = 624, shift = 397
    private var key: [UInt32]
    private var position: Int

    /// `np.random.seed(seed)`; numpy accepts 0 ... 2³² − 1.
    public init(seed: UInt64) throws {
        guard let seed = UInt32(exactly: seed) else { throw RandomSeedError() }
        key = [UInt32](repeating: 0, count: Self.size)
        key[0] = seed
        for i in 1..<Self.size { key[i] = 1_812_433_253 &* (key[i - 1] ^ (key[i - 1] >> 30)) &+ UInt32(i) }
        position = Self.size
    }

    private enum CodingKeys: String, CodingKey { case key, position }

    /// Reads a saved state, refusing one no generator could be in.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        key = try container.decode([UInt32].self, forKey: .key)
        position = try container.decode(Int.self, forKey: .position)
        guard key.count == Self.size, (0...Self.size).contains(position) else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "not a numpy random state"))
        }
    }

    /// The next 32 bits (MT19937's tempered output).
    public mutating func nextUInt32() -> UInt32 {
        if position == Self.size { regenerate() }
        var y = key[position]
        position += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C_5680
        y ^= (y << 15) & 0xEFC6_0000
        return y ^ (y >> 18)
    }

    /// Uniform in `0 ... max` by masked rejection (numpy's `random_interval`); draws nothing for 0.
    public mutating func interval(_ max: Int) -> Int {
        guard max > 0 else { return 0 }
        var mask = UInt64(max)
        for shift in [1, 2, 4, 8, 16, 32] { mask |= mask >> UInt64(shift) }
        if max <= Int(UInt32.max) {
            while true {
                let value = UInt64(nextUInt32()) & mask
                if value <= UInt64(max) { return Int(value) }
            }
        }
        while true {
            let value = (UInt64(nextUInt32()) << 32 | UInt64(nextUInt32())) & mask
            if value <= UInt64(max) { return Int(value) }
        }
    }

    /// The state word at the stream's position, as `np.random.get_state()` shows it (the first
    /// word when the block is used up): the seed datasets takes for an unseeded shuffle.
    public var currentWord: UInt32 { position < Self.size ? key[position] : key[0] }

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

    private mutating func regenerate() {
        for i in 0..<Self.size {
            let y = (key[i] & 0x8000_0000) | (key[(i + 1) % Self.size] & 0x7FFF_FFFF)
            key[i] = key[(i + Self.shift) % Self.size] ^ (y >> 1) ^ (y & 1 == 0 ? 0 : 0x9908_B0DF)
        }
        position = 0
    }
}

/// A seed numpy's legacy generator does not take (numpy raises ValueError).
public struct RandomSeedError: Error, CustomStringConvertible {
    public var description: String { "Seed must be between 0 and 2**32 - 1" }
}
