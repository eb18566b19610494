import Foundation

/// A seeded, splittable stream of random numbers built on Philox4x32-10.
///
/// A generator is a value: `(seed, stream)` picks the key and the high half of the counter, and
/// `position` counts the 32-bit outputs drawn so far. Copying a generator (or its ``state``) saves it;
/// assigning the copy back restores it. ``split()`` derives an independent child stream, so each
/// consumer (dropout, sampling, shuffling) can own its stream and draw without disturbing the others.
public struct RandomGenerator: Sendable {
    /// Everything needed to resume the stream exactly.
    public struct State: Codable, Equatable, Sendable {
        public var seed: UInt64
        public var stream: UInt64
        /// 32-bit outputs drawn so far.
        public var position: UInt64

        public init(seed: UInt64, stream: UInt64, position: UInt64) {
            self.seed = seed
            self.stream = stream
            self.position = position
        }
    }

    public private(set) var state: State
    private var block: (UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0)

    /// A generator for `seed`; different `stream`s of one seed are independent.
    public init(seed: UInt64, stream: UInt64 = 0) {
        self.init(state: State(seed: seed, stream: stream, position: 0))
    }

    /// A generator that continues exactly where `state` was taken.
    public init(state: State) {
        self.state = state
        refill()
    }

    /// An independent child generator; advances this one by two draws.
    public mutating func split() -> RandomGenerator {
        RandomGenerator(seed: state.seed, stream: next64() | 1 << 63)
    }

    /// The next 32 uniformly distributed bits.
    public mutating func next32() -> UInt32 {
        let value: UInt32
        switch state.position & 3 {
        case 0: value = block.0
        case 1: value = block.1
        case 2: value = block.2
        default: value = block.3
        }
        state.position += 1
        if state.position & 3 == 0 { refill() }
        return value
    }

    /// The next 64 uniformly distributed bits.
    public mutating func next64() -> UInt64 { UInt64(next32()) << 32 | UInt64(next32()) }

    /// Uniform in [0, 1) with 24 random bits.
    public mutating func nextFloat() -> Float { Float(next32() >> 8) * 0x1p-24 }

    /// Uniform in [0, 1) with 53 random bits.
    public mutating func nextDouble() -> Double { Double(next64() >> 11) * 0x1p-53 }

    /// Uniform in `0..<bound` without modulo bias (Lemire's multiply-and-reject method).
    public mutating func next(below bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        let range = UInt64(bound)
        var product = next64().multipliedFullWidth(by: range)
        if product.low < range {
            let threshold = (0 &- range) % range
            while product.low < threshold { product = next64().multipliedFullWidth(by: range) }
        }
        return Int(product.high)
    }

    /// A standard normal sample (the first of ``nextNormalPair()``; each call uses two uniforms,
    /// so the stream position never depends on earlier calls).
    public mutating func nextNormal() -> Double { nextNormalPair().0 }

    /// Two independent standard normal samples from one Box–Muller transform of two 53-bit uniforms.
    public mutating func nextNormalPair() -> (Double, Double) {
        let u1 = 1 - nextDouble(), u2 = nextDouble()
        let radius = (-2 * Foundation.log(u1)).squareRoot(), angle = 2 * Double.pi * u2
        return (radius * Foundation.cos(angle), radius * Foundation.sin(angle))
    }

    private mutating func refill() {
        let blockIndex = state.position >> 2
        block = Philox.block(
            counter: (UInt32(truncatingIfNeeded: blockIndex), UInt32(truncatingIfNeeded: blockIndex >> 32),
                      UInt32(truncatingIfNeeded: state.stream), UInt32(truncatingIfNeeded: state.stream >> 32)),
            key: (UInt32(truncatingIfNeeded: state.seed), UInt32(truncatingIfNeeded: state.seed >> 32)))
    }
}
