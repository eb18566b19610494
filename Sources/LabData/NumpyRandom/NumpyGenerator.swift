/// The parts of `np.random.Generator` (default PCG64) that Hugging Face datasets relies on:
/// `default_rng(seed).permutation(n)` gives the same order here as in numpy.
public struct NumpyGenerator {
    private var bits: PCG64

    public init(seed: UInt64) {
        bits = PCG64(seed: seed)
    }

    /// `permutation(n)`: a Fisher–Yates shuffle of `0..<n` from the last position down, each swap
    /// partner drawn by masked rejection sampling (numpy's `random_interval`).
    public mutating func permutation(_ count: Int) -> [Int] {
        var order = Array(0..<max(count, 0))
        var position = order.count - 1
        while position >= 1 {
            order.swapAt(position, Int(interval(UInt64(position))))
            position -= 1
        }
        return order
    }

    /// A uniform integer in `0...upper`: draws masked to the smallest covering bit mask until one
    /// fits, 32 bits at a time when `upper` fits in 32 bits.
    mutating func interval(_ upper: UInt64) -> UInt64 {
        guard upper > 0 else { return 0 }
        let mask = UInt64.max >> upper.leadingZeroBitCount
        while true {
            let draw = upper <= 0xffff_ffff ? UInt64(bits.next32()) & mask : bits.next64() & mask
            if draw <= upper { return draw }
        }
    }
}
