import LabTensor

/// Where a new model's weights come from: seeded random draws, or shapes only.
///
/// `.meta` builds every weight as a zero broadcast from one element (PyTorch's meta device, roughly):
/// no memory per weight, so a full-size model can be built to count or print its parameters.
public struct WeightInitializer {
    public enum Mode {
        case random(RandomGenerator)
        case meta
    }

    public var mode: Mode

    public init(seed: UInt64) { mode = .random(RandomGenerator(seed: seed)) }
    public init(_ mode: Mode) { self.mode = mode }

    /// N(0, std²) weights of `shape`.
    public mutating func normal(_ shape: [Int], std: Float) throws -> Tensor {
        switch mode {
        case .random(var generator):
            let tensor = try generator.normal(shape, std: std)
            mode = .random(generator)
            return tensor
        case .meta:
            return try Tensor.zeros([]).expand(shape)
        }
    }

    /// Weights of `shape` all equal to `value` (norm scales, biases).
    public mutating func constant(_ shape: [Int], _ value: Float) throws -> Tensor {
        switch mode {
        case .random: return try Tensor.full(shape, value)
        case .meta: return try Tensor(value).expand(shape)
        }
    }
}
