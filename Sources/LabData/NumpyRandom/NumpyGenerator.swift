/// `np.random.Generator` over numpy's default bit generator (PCG64), seeded as
/// `np.random.default_rng(seed)` seeds it: uniform doubles, bounded integers (Lemire's method),
/// shuffles, permutations and `choice`, drawing the same values as numpy. Hugging Face datasets'
/// seeded `shuffle` and `train_test_split` use its `permutation(n)`.
///
/// A value: copy it to save the stream.
public struct NumpyGenerator: Equatable, Sendable {
    private var bits: PCG64

    public init(seed: UInt64) {
        bits = PCG64(seed: seed)
    }

    /// `random()`: the top 53 bits of a 64-bit draw, in [0, 1).
    public mutating func nextDouble() -> Double {
        Double(bits.next64() >> 11) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `integers(low, low + range, endpoint=True)` less `low`: uniform in `0...range` by
    /// Lemire's multiply-and-reject, from a 32-bit draw when `range` fits in 32 bits.
    public mutating func bounded(_ range: UInt64) -> UInt64 {
        if range == 0 { return 0 }
        if range == UInt64(UInt32.max) { return UInt64(bits.next32()) }
        if range < UInt64(UInt32.max) {
            let excluded = range + 1
            var product = UInt64(bits.next32()) * excluded
            if product & 0xffff_ffff < excluded {
                let threshold = (UInt64(UInt32.max) - range) % excluded
                while product & 0xffff_ffff < threshold { product = UInt64(bits.next32()) * excluded }
            }
            return product >> 32
        }
        if range == .max { return bits.next64() }
        let excluded = range + 1
        var product = bits.next64().multipliedFullWidth(by: excluded)
        if product.low < excluded {
            let threshold = (UInt64.max - range) % excluded
            while product.low < threshold { product = bits.next64().multipliedFullWidth(by: excluded) }
        }
        return product.high
    }

    /// `permutation(n)`: `0..<n` shuffled as `shuffle` does.
    public mutating func permutation(_ count: Int) -> [Int] {
        var order = Array(0..<max(count, 0))
        shuffle(&order)
        return order
    }

    /// `shuffle(x)`: Fisher–Yates from the last position down, each partner drawn by masked
    /// rejection (numpy's `random_interval`, 32 bits a draw when the position fits in 32 bits).
    public mutating func shuffle<T>(_ values: inout [T]) {
        var position = values.count - 1
        while position >= 1 {
            values.swapAt(position, Int(interval(UInt64(position))))
            position -= 1
        }
    }

    /// `choice(n, size=count, replace=False, shuffle=shuffle)`: a tail shuffle of `0..<n` when
    /// n > 10000 and count > n / 50 (n / 20 unshuffled), otherwise Floyd's algorithm over an
    /// open-addressing set, then (when `shuffle`) a shuffle of the result.
    public mutating func sampleWithoutReplacement(from n: Int, count: Int, shuffle: Bool = true) -> [Int] {
        if n > 10_000 && count > n / (shuffle ? 50 : 20) {
            var order = Array(0..<n)
            var position = n - 1
            while position >= max(n - count, 1) {
                order.swapAt(position, Int(bounded(UInt64(position))))
                position -= 1
            }
            return Array(order[(n - count)...])
        }
        let mask = UInt64.max >> UInt64(Double(count) * 1.2).leadingZeroBitCount
        let empty = UInt64.max
        var table = [UInt64](repeating: empty, count: Int(mask) + 1)
        var picked: [Int] = []
        picked.reserveCapacity(count)
        for j in (n - count)..<n {
            let value = bounded(UInt64(j))
            var slot = Int(value & mask)
            while table[slot] != empty && table[slot] != value { slot = (slot + 1) & Int(mask) }
            if table[slot] == empty {
                table[slot] = value
                picked.append(Int(value))
            } else {
                slot = j & Int(mask)
                while table[slot] != empty { slot = (slot + 1) & Int(mask) }
                table[slot] = UInt64(j)
                picked.append(j)
            }
        }
        var position = picked.count - 1
        while shuffle && position >= 1 {
            picked.swapAt(position, Int(bounded(UInt64(position))))
            position -= 1
        }
        return picked
    }

    /// A uniform integer in `0...upper`: draws masked to the smallest covering bit mask until one
    /// fits, 32 bits at a time when `upper` fits in 32 bits.
    public mutating func interval(_ upper: UInt64) -> UInt64 {
        guard upper > 0 else { return 0 }
        let mask = UInt64.max >> upper.leadingZeroBitCount
        while true {
            let draw = upper <= 0xffff_ffff ? UInt64(bits.next32()) & mask : bits.next64() & mask
            if draw <= upper { return draw }
        }
    }
}
