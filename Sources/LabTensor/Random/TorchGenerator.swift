import Foundation

/// PyTorch's CPU generator (`torch.manual_seed`, `torch.Generator()`): ``MersenneTwister`` seeded with
/// the seed's low 32 bits, and the conversions PyTorch makes from its 32- and 64-bit outputs. The same
/// seed gives the same draws as PyTorch on a CPU.
///
/// - A float32 uniform keeps the low 24 bits of one 32-bit output; a double keeps the low 53 bits of
///   a 64-bit output, made of two 32-bit outputs, the first as the high half.
/// - A scalar normal is one half of a Box–Muller pair of double uniforms; the other half waits in the
///   generator for the next scalar normal, as PyTorch keeps it.
///
/// A value: copy it to save the stream, assign the copy back to restore it.
public struct TorchGenerator: Equatable, Sendable {
    /// The seed it was started with (`torch.initial_seed()`).
    public private(set) var seed: UInt64
    var twister: MersenneTwister
    /// The sine half of the last Box–Muller pair, returned by the next ``normal()``.
    var pendingNormal: Double?
    /// True from seeding until the first draw: PyTorch's saved state then reads word 0 next
    /// rather than word 624 (see `TorchGenerator+State.swift`).
    var unused = true

    /// `torch.manual_seed(seed)`.
    public init(seed: UInt64) {
        self.seed = seed
        twister = MersenneTwister(seed: UInt32(truncatingIfNeeded: seed))
    }

    /// The next 32 bits (PyTorch's `random()`).
    public mutating func random() -> UInt32 {
        unused = false
        return twister.next()
    }

    /// The next 64 bits from two 32-bit outputs, the first as the high half (PyTorch's `random64()`).
    public mutating func random64() -> UInt64 {
        let high = UInt64(random())
        return high << 32 | UInt64(random())
    }

    /// Uniform float32 in `[from, to)`: 24 random bits scaled to [0, 1), then `x·(to − from) + from`
    /// with one rounding, as PyTorch's CPU kernel fuses it.
    public mutating func uniformFloat(from: Float = 0, to: Float = 1) -> Float {
        let x = Float(random() & 0xFF_FFFF) * 0x1p-24
        return from.addingProduct(x, to - from)
    }

    /// Uniform double in [0, 1) from 53 random bits.
    public mutating func uniformDouble() -> Double {
        Double(random64() & (1 << 53 - 1)) * 0x1p-53
    }

    /// A standard normal (PyTorch's `normal_distribution<double>`): the pending half of the last pair
    /// if there is one, else r·cos θ of a new pair with θ = 2π·u₁ and r = √(−2·log(1 − u₂)), keeping
    /// r·sin θ for the next call.
    public mutating func normal() -> Double {
        if let pending = pendingNormal {
            pendingNormal = nil
            return pending
        }
        let u1 = uniformDouble(), u2 = uniformDouble()
        let radius = (-2 * Foundation.log1p(-u2)).squareRoot(), angle = 2 * Double.pi * u1
        pendingNormal = radius * Foundation.sin(angle)
        return radius * Foundation.cos(angle)
    }

    /// An exponential with rate 1 (PyTorch's `exponential_distribution<double>`): −log(1 − u).
    public mutating func exponential() -> Double { -Foundation.log1p(-uniformDouble()) }
}

extension TorchGenerator: Codable {
    private enum CodingKeys: String, CodingKey { case seed, key, position, pendingNormal, unused }

    /// Reads a saved state, refusing one no generator could be in.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        guard let twister = MersenneTwister(key: try container.decode([UInt32].self, forKey: .key),
                                            position: try container.decode(Int.self, forKey: .position)) else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "not a torch random state"))
        }
        self.twister = twister
        seed = try container.decode(UInt64.self, forKey: .seed)
        pendingNormal = try container.decodeIfPresent(Double.self, forKey: .pendingNormal)
        // Files written before `unused` was kept: a generator at the end of its seeded block is unused.
        unused = try container.decodeIfPresent(Bool.self, forKey: .unused)
            ?? (twister.position == MersenneTwister.size && twister.key == MersenneTwister(seed: UInt32(truncatingIfNeeded: seed)).key)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(seed, forKey: .seed)
        try container.encode(twister.key, forKey: .key)
        try container.encode(twister.position, forKey: .position)
        try container.encodeIfPresent(pendingNormal, forKey: .pendingNormal)
        try container.encode(unused, forKey: .unused)
    }
}
