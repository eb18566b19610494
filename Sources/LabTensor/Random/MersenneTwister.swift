/// MT19937 (Matsumoto & Nishimura, 1998), seeded with Knuth's linear recurrence: the generator
/// under numpy's legacy `RandomState` and PyTorch's CPU generator. The same 32-bit seed gives the
/// same 32-bit outputs in both.
///
/// A value: copy it to save the stream, assign the copy back to restore it.
public struct MersenneTwister: Equatable, Sendable {
    static let size = 624, shift = 397
    /// The 624 state words.
    private(set) var key: [UInt32]
    /// How many words of the current block have been used (624: the block is used up).
    private(set) var position: Int

    /// The state after seeding with `seed`.
    public init(seed: UInt32) {
        var key = [UInt32](repeating: 0, count: Self.size)
        key[0] = seed
        for i in 1..<Self.size { key[i] = 1_812_433_253 &* (key[i - 1] ^ (key[i - 1] >> 30)) &+ UInt32(i) }
        self.key = key
        position = Self.size
    }

    /// A saved state; nil if no generator could be in it.
    init?(key: [UInt32], position: Int) {
        guard key.count == Self.size, (0...Self.size).contains(position) else { return nil }
        self.key = key
        self.position = position
    }

    /// The next 32 bits (the tempered output).
    public mutating func next() -> UInt32 {
        if position == Self.size { regenerate() }
        var y = key[position]
        position += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C_5680
        y ^= (y << 15) & 0xEFC6_0000
        return y ^ (y >> 18)
    }

    private mutating func regenerate() {
        for i in 0..<Self.size {
            let y = (key[i] & 0x8000_0000) | (key[(i + 1) % Self.size] & 0x7FFF_FFFF)
            key[i] = key[(i + Self.shift) % Self.size] ^ (y >> 1) ^ (y & 1 == 0 ? 0 : 0x9908_B0DF)
        }
        position = 0
    }
}
