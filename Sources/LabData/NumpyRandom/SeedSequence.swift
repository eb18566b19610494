/// numpy's `SeedSequence` for an integer seed with no spawn key: it hashes the seed's 32-bit words
/// into a 4-word pool and expands the pool into as many state words as a bit generator needs.
struct SeedSequence {
    private static let initA: UInt32 = 0x43b0_d7e5
    private static let multA: UInt32 = 0x931e_8875
    private static let initB: UInt32 = 0x8b51_f9dd
    private static let multB: UInt32 = 0x58f3_8ded
    private static let mixMultL: UInt32 = 0xca01_f9dd
    private static let mixMultR: UInt32 = 0x4973_f715
    private static let poolSize = 4

    private(set) var pool: [UInt32]

    init(seed: UInt64) {
        // The seed as little-endian 32-bit words, at least one word.
        var entropy: [UInt32] = [UInt32(truncatingIfNeeded: seed)]
        if seed >> 32 != 0 { entropy.append(UInt32(truncatingIfNeeded: seed >> 32)) }
        var hashConst = Self.initA
        var pool = (0..<Self.poolSize).map { index in
            Self.hashmix(index < entropy.count ? entropy[index] : 0, &hashConst)
        }
        for source in 0..<Self.poolSize {
            for destination in 0..<Self.poolSize where source != destination {
                pool[destination] = Self.mix(pool[destination], Self.hashmix(pool[source], &hashConst))
            }
        }
        for source in Self.poolSize..<max(entropy.count, Self.poolSize) {
            for destination in 0..<Self.poolSize {
                pool[destination] = Self.mix(pool[destination], Self.hashmix(entropy[source], &hashConst))
            }
        }
        self.pool = pool
    }

    /// `generate_state(count, np.uint64)`: pairs of 32-bit words read as little-endian 64-bit words.
    func generateState64(_ count: Int) -> [UInt64] {
        var hashConst = Self.initB
        let words: [UInt32] = (0..<(2 * count)).map { index in
            var value = pool[index % Self.poolSize] ^ hashConst
            hashConst = hashConst &* Self.multB
            value = value &* hashConst
            return value ^ (value >> 16)
        }
        return (0..<count).map { UInt64(words[2 * $0]) | UInt64(words[2 * $0 + 1]) << 32 }
    }

    private static func hashmix(_ input: UInt32, _ hashConst: inout UInt32) -> UInt32 {
        var value = input ^ hashConst
        hashConst = hashConst &* multA
        value = value &* hashConst
        return value ^ (value >> 16)
    }

    private static func mix(_ x: UInt32, _ y: UInt32) -> UInt32 {
        let result = mixMultL &* x &- mixMultR &* y
        return result ^ (result >> 16)
    }
}
