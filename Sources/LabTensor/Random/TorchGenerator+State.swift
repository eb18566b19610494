/// The generator's state as the bytes of PyTorch's `torch.get_rng_state()` (a uint8 tensor of 5056
/// elements: `CPUGeneratorImplState`, little-endian), so that a state saved and set back replays the
/// same numbers and is byte for byte what PyTorch saves after the same seed and draws.
///
/// | offset | field |
/// |---|---|
/// | 0 | the seed (u64) |
/// | 8 | `left`, 1 + the words still unread in the block (i32) |
/// | 12 | `seeded`, 1 (i32) |
/// | 16 | `next`, the index of the next word to read (u64; 0 until the first draw after seeding) |
/// | 24 | the 624 state words, each in a u64 |
/// | 5016, 5024, 5032 | `normal_x`, `normal_y`, `normal_rho` (f64): `normal_y` holds the kept normal |
/// | 5040 | whether a normal is kept (i32) |
/// | 5048, 5052 | a kept float32 normal and whether there is one (unused on the CPU: always 0) |
extension TorchGenerator {
    /// The size of PyTorch's CPU generator state.
    public static let stateByteCount = 5056
    private static let wordsOffset = 24, normalOffset = 5024, normalValidOffset = 5040, floatNormalValidOffset = 5052

    /// `torch.get_rng_state()`'s bytes.
    public var stateBytes: [UInt8] {
        var bytes = [UInt8](repeating: 0, count: Self.stateByteCount)
        func put<I: FixedWidthInteger>(_ value: I, at offset: Int) {
            withUnsafeBytes(of: value.littleEndian) { for (i, b) in $0.enumerated() { bytes[offset + i] = b } }
        }
        let position = twister.position
        put(seed, at: 0)
        put(Int32(MersenneTwister.size + 1 - position), at: 8)
        put(Int32(1), at: 12)
        put(UInt64(unused ? 0 : position), at: 16)
        for (i, word) in twister.key.enumerated() { put(UInt64(word), at: Self.wordsOffset + 8 * i) }
        if let pendingNormal {
            put(pendingNormal.bitPattern, at: Self.normalOffset)
            put(Int32(1), at: Self.normalValidOffset)
        }
        return bytes
    }

    /// The generator `torch.set_rng_state(bytes)` leaves. Fails with PyTorch's message for a state of
    /// the wrong size or one no generator could be in, and for a state whose read position and
    /// count of words left disagree (PyTorch would read past its block), which labrun cannot replay.
    public init(stateBytes bytes: [UInt8]) throws {
        guard bytes.count == Self.stateByteCount else {
            throw TensorError("set_rng_state", "Expected a CPUGeneratorImplState of size \(Self.stateByteCount) but found the input RNG state size to be \(bytes.count)")
        }
        func get<I: FixedWidthInteger>(_: I.Type, at offset: Int) -> I {
            bytes.withUnsafeBytes { I(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: I.self)) }
        }
        let left = Int(get(Int32.self, at: 8)), next = get(UInt64.self, at: 16), size = MersenneTwister.size
        guard get(Int32.self, at: 12) != 0, (1...size).contains(left), next <= UInt64(size) else {
            throw TensorError("set_rng_state", "Invalid mt19937 state")
        }
        let position = size + 1 - left
        let fresh = next == 0 && left == 1
        guard fresh || Int(next) == position, bytes[Self.floatNormalValidOffset] == 0 else {
            throw TensorError("set_rng_state", "labrun replays only states PyTorch's generator reaches by drawing (left=\(left) with next=\(next), or a kept float normal)")
        }
        let key = (0..<size).map { UInt32(truncatingIfNeeded: get(UInt64.self, at: Self.wordsOffset + 8 * $0)) }
        self.init(seed: get(UInt64.self, at: 0))
        twister = MersenneTwister(key: key, position: position)!   // position is in 1...624
        unused = fresh
        pendingNormal = get(Int32.self, at: Self.normalValidOffset) != 0 ? Double(bitPattern: get(UInt64.self, at: Self.normalOffset)) : nil
    }
}
