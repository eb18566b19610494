import LabTensor

/// Layer normalization over the last dim with learned scale and shift (`nn.LayerNorm`).
public final class LayerNorm: Module, UnaryLayer {
    public let dimension: Int
    public let eps: Float

    public init(_ dimension: Int, eps: Float = 1e-5) throws {
        self.dimension = dimension
        self.eps = eps
        super.init()
        registerParameter("weight", Parameter(try Tensor.ones([dimension])))
        registerParameter("bias", Parameter(try Tensor.zeros([dimension])))
    }

    /// `[..., d] → [..., d]`.
    public func forward(_ x: Tensor) throws -> Tensor {
        try x.layerNorm(normalizedShape: [dimension], weight: parameter("weight")!.value, bias: parameter("bias")!.value, eps: eps)
    }

    public override var extraDescription: String { "(\(dimension),), eps=\(eps), elementwise_affine=True, bias=True" }
}

/// T5's layer norm: RMS normalization with a learned scale, no mean subtraction and no bias.
public final class T5LayerNorm: Module, UnaryLayer {
    public let dimension: Int
    public let eps: Float

    public init(_ dimension: Int, eps: Float = 1e-6) throws {
        self.dimension = dimension
        self.eps = eps
        super.init()
        registerParameter("weight", Parameter(try Tensor.ones([dimension])))
    }

    /// A norm with the given scale `[d]`.
    public init(weight: Tensor, eps: Float = 1e-6) {
        dimension = weight.shape.first ?? 0
        self.eps = eps
        super.init()
        registerParameter("weight", Parameter(weight))
    }

    /// `[..., d] → [..., d]`.
    public func forward(_ x: Tensor) throws -> Tensor {
        try x.rmsNorm(weight: parameter("weight")!.value, eps: eps)
    }
}

