/// SplitMix64 (Steele, Lea and Flood 2014): a tiny 64-bit generator whose output depends only on
/// its seed, so the embedded data is bit-identical on every platform and run.
public struct SplitMix64 {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// A uniform integer in `0..<bound` (multiply-high; the bias is below 2⁻⁵⁰ for these bounds).
    public mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// A uniform double in [0, 1) from the top 53 bits.
    public mutating func unit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    public mutating func pick<T>(_ items: [T]) -> T {
        items[below(items.count)]
    }

    /// `count` distinct items in random order (a partial Fisher–Yates shuffle).
    public mutating func sample<T>(_ items: [T], _ count: Int) -> [T] {
        var pool = items
        let taken = min(count, pool.count)
        for index in 0..<taken { pool.swapAt(index, index + below(pool.count - index)) }
        return Array(pool.prefix(taken))
    }
}
