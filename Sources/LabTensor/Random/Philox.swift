/// The Philox4x32-10 counter-based block function (Salmon et al., "Parallel random numbers: as easy
/// as 1, 2, 3", SC'11): 10 rounds over a 128-bit counter under a 64-bit key, giving four 32-bit
/// outputs per counter value. Same inputs, same outputs, on every machine.
enum Philox {
    private static let multiplier0: UInt32 = 0xD251_1F53
    private static let multiplier1: UInt32 = 0xCD9E_8D57
    private static let weyl0: UInt32 = 0x9E37_79B9
    private static let weyl1: UInt32 = 0xBB67_AE85

    /// The four outputs for `counter` under `key`.
    static func block(counter: (UInt32, UInt32, UInt32, UInt32), key: (UInt32, UInt32)) -> (UInt32, UInt32, UInt32, UInt32) {
        var c = counter
        var k = key
        for round in 0..<10 {
            if round > 0 { k = (k.0 &+ weyl0, k.1 &+ weyl1) }
            let p0 = UInt64(multiplier0) * UInt64(c.0)
            let p1 = UInt64(multiplier1) * UInt64(c.2)
            c = (UInt32(truncatingIfNeeded: p1 >> 32) ^ c.1 ^ k.0, UInt32(truncatingIfNeeded: p1),
                 UInt32(truncatingIfNeeded: p0 >> 32) ^ c.3 ^ k.1, UInt32(truncatingIfNeeded: p0))
        }
        return c
    }
}
