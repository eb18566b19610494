import LabTensor

/// A random stream shared by reference between a model's dropout layers, so a model owns one seeded
/// stream whose state can be saved and restored.
public final class RandomSource {
    public var generator: RandomGenerator

    public init(_ generator: RandomGenerator) { self.generator = generator }
    public convenience init(seed: UInt64) { self.init(RandomGenerator(seed: seed)) }
}

/// Dropout with probability `p` in training mode, the identity in eval mode (`nn.Dropout`).
public final class Dropout: Module, UnaryLayer {
    public let p: Float
    /// Where the masks come from; shared with the rest of the model.
    public var source: RandomSource

    public init(p: Float, source: RandomSource) {
        self.p = p
        self.source = source
    }

    public func forward(_ x: Tensor) throws -> Tensor {
        try x.dropout(p: p, training: isTraining, generator: &source.generator)
    }

    public override var extraDescription: String { "p=\(p), inplace=False" }
}
