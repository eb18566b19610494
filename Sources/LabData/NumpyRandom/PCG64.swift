/// numpy's default bit generator: PCG64 (128-bit LCG state, XSL-RR output), seeded through
/// `SeedSequence` exactly as `np.random.default_rng(seed)` does.
struct PCG64: Equatable, Sendable {
    private static let multiplier = UInt128Parts(high: 0x2360_ed05_1fc6_5da4, low: 0x4385_df64_9fcc_f645)

    private var state: UInt128Parts
    private let increment: UInt128Parts
    /// numpy hands out the high half of a 64-bit draw on the next 32-bit request.
    private var bufferedHalf: UInt32?

    init(seed: UInt64) {
        let words = SeedSequence(seed: seed).generateState64(4)
        let initialState = UInt128Parts(high: words[0], low: words[1])
        let sequence = UInt128Parts(high: words[2], low: words[3])
        increment = UInt128Parts(high: sequence.high << 1 | sequence.low >> 63, low: sequence.low << 1 | 1)
        state = UInt128Parts(high: 0, low: 0)
        step()
        state = state.adding(initialState)
        step()
    }

    mutating func next64() -> UInt64 {
        step()
        let rotation = state.high >> 58
        let folded = state.high ^ state.low
        return folded >> rotation | folded << ((64 - rotation) & 63)
    }

    mutating func next32() -> UInt32 {
        if let half = bufferedHalf {
            bufferedHalf = nil
            return half
        }
        let draw = next64()
        bufferedHalf = UInt32(truncatingIfNeeded: draw >> 32)
        return UInt32(truncatingIfNeeded: draw)
    }

    private mutating func step() {
        state = state.multiplied(by: Self.multiplier).adding(increment)
    }
}

/// A 128-bit unsigned integer as two words, with the wrapping arithmetic PCG64 needs.
struct UInt128Parts: Equatable, Sendable {
    var high: UInt64
    var low: UInt64

    func adding(_ other: UInt128Parts) -> UInt128Parts {
        let (low, carry) = self.low.addingReportingOverflow(other.low)
        return UInt128Parts(high: high &+ other.high &+ (carry ? 1 : 0), low: low)
    }

    func multiplied(by other: UInt128Parts) -> UInt128Parts {
        let product = low.multipliedFullWidth(by: other.low)
        let high = product.high &+ low &* other.high &+ self.high &* other.low
        return UInt128Parts(high: high, low: product.low)
    }
}
