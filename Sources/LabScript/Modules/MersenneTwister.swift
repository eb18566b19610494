import BigInt
import Foundation

/// MT19937 seeded and consumed exactly like CPython's `random` module, so seeded scripts draw
/// the same numbers as python3.
struct MersenneTwister {
    private static let n = 624, m = 397
    var state = [UInt32](repeating: 0, count: 624)
    var index = 625
    /// The spare normal deviate of `gauss`.
    var gaussNext: Double?

    init(seed: UInt64) { self.seed(BigInt(seed)) }

    private mutating func initGenrand(_ s: UInt32) {
        state[0] = s
        for i in 1..<Self.n {
            state[i] = 1812433253 &* (state[i - 1] ^ (state[i - 1] >> 30)) &+ UInt32(i)
        }
        index = Self.n
    }

    /// `random.seed(n)` for an int n: its absolute value as 32-bit words, least significant first.
    mutating func seed(_ value: BigInt) {
        var magnitude = value.magnitude
        var key: [UInt32] = []
        while !magnitude.isZero {
            key.append(UInt32(truncatingIfNeeded: UInt64(magnitude & 0xFFFF_FFFF)))
            magnitude >>= 32
        }
        if key.isEmpty { key = [0] }
        initGenrand(19650218)
        var i = 1, j = 0
        for _ in 0..<max(Self.n, key.count) {
            state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >> 30)) &* 1664525)) &+ key[j] &+ UInt32(j)
            i += 1
            j += 1
            if i >= Self.n { state[0] = state[Self.n - 1]; i = 1 }
            if j >= key.count { j = 0 }
        }
        for _ in 0..<(Self.n - 1) {
            state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >> 30)) &* 1566083941)) &- UInt32(i)
            i += 1
            if i >= Self.n { state[0] = state[Self.n - 1]; i = 1 }
        }
        state[0] = 0x8000_0000
        gaussNext = nil
    }

    mutating func nextUInt32() -> UInt32 {
        if index >= Self.n {
            let upper: UInt32 = 0x8000_0000, lower: UInt32 = 0x7fff_ffff, matrix: UInt32 = 0x9908_b0df
            for k in 0..<Self.n {
                let y = (state[k] & upper) | (state[(k + 1) % Self.n] & lower)
                state[k] = state[(k + Self.m) % Self.n] ^ (y >> 1) ^ ((y & 1) != 0 ? matrix : 0)
            }
            index = 0
        }
        var y = state[index]
        index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9d2c_5680
        y ^= (y << 15) & 0xefc6_0000
        y ^= y >> 18
        return y
    }

    /// `random.random()`: 53 random bits.
    mutating func nextDouble() -> Double {
        let a = Double(nextUInt32() >> 5), b = Double(nextUInt32() >> 6)
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)
    }

    /// `random.getrandbits(k)`.
    mutating func randomBits(_ k: Int) -> BigInt {
        if k <= 32 { return BigInt(nextUInt32() >> UInt32(32 - k)) }
        var result = BigUInt(0)
        var shift = 0
        var remaining = k
        while remaining > 0 {
            var word = nextUInt32()
            if remaining < 32 { word >>= UInt32(32 - remaining) }
            result |= BigUInt(word) << shift
            shift += 32
            remaining -= 32
        }
        return BigInt(result)
    }

    /// `_randbelow(n)` for n > 0, by rejection sampling on bit_length(n) bits.
    mutating func below(_ n: BigInt) -> BigInt {
        if let small = Int(exactly: n), small > 0 { return BigInt(below(small)) }
        let k = n.magnitude.bitWidth
        var r = randomBits(k)
        while r >= n { r = randomBits(k) }
        return r
    }

    /// `_randbelow(n)` for an n that fits in 64 bits, drawing the same words as `randomBits` does
    /// (the low 32 bits first) without making a BigInt for each draw.
    mutating func below(_ n: Int) -> Int {
        guard n > 0 else { return Int(below(BigInt(n))) }
        let k = Int.bitWidth - n.leadingZeroBitCount
        func draw() -> UInt64 {
            if k <= 32 { return UInt64(nextUInt32() >> UInt32(32 - k)) }
            let low = UInt64(nextUInt32())
            return low | UInt64(nextUInt32() >> UInt32(64 - k)) << 32
        }
        var r = draw()
        while r >= UInt64(n) { r = draw() }
        return Int(r)
    }
}
