/// The Mersenne Twister behind numpy's legacy global random state (`np.random.seed(s)`,
/// `np.random.choice`). A session can keep one as its numpy state and pass it to code, such as
/// ROUGE's bootstrap, that draws from the global stream.
public struct MT19937 {
    private var state = [UInt32](repeating: 0, count: 624)
    private var position = 624

    /// `np.random.seed(seed)` for a seed in 0..<2³² (Knuth's initialisation).
    public init(seed: UInt32) {
        state[0] = seed
        for index in 1..<624 {
            let previous = state[index - 1]
            state[index] = 1_812_433_253 &* (previous ^ (previous >> 30)) &+ UInt32(index)
        }
    }

    public mutating func next32() -> UInt32 {
        if position >= 624 { twist() }
        var value = state[position]
        position += 1
        value ^= value >> 11
        value ^= (value << 7) & 0x9d2c_5680
        value ^= (value << 15) & 0xefc6_0000
        return value ^ (value >> 18)
    }

    /// `randint(0, count)` as legacy numpy draws it: masked rejection on 32-bit outputs.
    /// - Precondition: `1 <= count <= 2³²`.
    public mutating func below(_ count: Int) -> Int {
        let upper = UInt32(count - 1)
        guard upper > 0 else { return 0 }
        let mask = UInt32.max >> upper.leadingZeroBitCount
        while true {
            let draw = next32() & mask
            if draw <= upper { return Int(draw) }
        }
    }

    private mutating func twist() {
        for index in 0..<624 {
            let bits = (state[index] & 0x8000_0000) | (state[(index + 1) % 624] & 0x7fff_ffff)
            state[index] = state[(index + 397) % 624] ^ (bits >> 1) ^ (bits & 1 == 0 ? 0 : 0x9908_b0df)
        }
        position = 0
    }
}
