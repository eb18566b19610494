import LabTensor

/// `y = x·Wᵀ + b` with PyTorch's `[out, in]` weight layout (`nn.Linear`).
public final class Linear: Module, UnaryLayer {
    public let inFeatures: Int
    public let outFeatures: Int

    /// A layer with weights drawn from `generator` as PyTorch's default init does
    /// (uniform in ±1/√in for weight and bias).
    public init(_ inFeatures: Int, _ outFeatures: Int, bias: Bool = true, generator: inout RandomGenerator) throws {
        self.inFeatures = inFeatures
        self.outFeatures = outFeatures
        super.init()
        let bound = 1 / Float(Swift.max(inFeatures, 1)).squareRoot()
        registerParameter("weight", Parameter(try generator.uniform([outFeatures, inFeatures], low: -bound, high: bound)))
        if bias { registerParameter("bias", Parameter(try generator.uniform([outFeatures], low: -bound, high: bound))) }
    }

    /// A layer with the given weight `[out, in]` and optional bias `[out]`.
    public convenience init(weight: Tensor, bias: Tensor? = nil) {
        self.init(sharing: Parameter(weight), bias: bias.map { Parameter($0) })
    }

    /// A layer over existing parameters, e.g. a language-model head tied to an embedding table.
    public init(sharing weight: Parameter, bias: Parameter? = nil) {
        outFeatures = weight.value.shape.first ?? 0
        inFeatures = weight.value.shape.count > 1 ? weight.value.shape[1] : 0
        super.init()
        registerParameter("weight", weight)
        if let bias { registerParameter("bias", bias) }
    }

    public var weight: Parameter { parameter("weight")! }
    public var bias: Parameter? { parameter("bias") }

    /// `[..., in] → [..., out]`.
    public func forward(_ x: Tensor) throws -> Tensor {
        try x.linear(weight: weight.value, bias: bias?.value)
    }

    public override var extraDescription: String {
        "in_features=\(inFeatures), out_features=\(outFeatures), bias=\(bias == nil ? "False" : "True")"
    }
}
