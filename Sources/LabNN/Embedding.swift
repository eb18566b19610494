import LabTensor

/// A lookup table of `count` vectors of size `dimension` (`nn.Embedding`).
public final class Embedding: Module {
    public let count: Int
    public let dimension: Int
    /// The row whose gradient stays zero and which prints as `padding_idx` (`nn.Embedding(padding_idx=)`).
    public var paddingIndex: Int?

    /// A table drawn from N(0, 1), as PyTorch's default init.
    public init(_ count: Int, _ dimension: Int, generator: inout RandomGenerator) throws {
        self.count = count
        self.dimension = dimension
        super.init()
        registerParameter("weight", Parameter(try generator.normal([count, dimension])))
    }

    /// A table with the given weight `[count, dimension]`.
    public init(weight: Tensor) {
        count = weight.shape.first ?? 0
        dimension = weight.shape.count > 1 ? weight.shape[1] : 0
        super.init()
        registerParameter("weight", Parameter(weight))
    }

    public var weight: Parameter { parameter("weight")! }

    /// Integer ids of any shape → `[ids..., dimension]`.
    public func callAsFunction(_ ids: Tensor) throws -> Tensor {
        try weight.value.embedding(ids, paddingIndex: paddingIndex)
    }

    public override var extraDescription: String {
        "\(count), \(dimension)" + (paddingIndex.map { ", padding_idx=\($0)" } ?? "")
    }
}
