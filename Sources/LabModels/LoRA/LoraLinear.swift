import LabNN
import LabTensor

/// A Linear layer with a low-rank adapter, as PEFT's `lora.Linear`:
/// `y = base(x) + lora_B(lora_A(dropout(x))) · scaling`, the base weights frozen.
///
/// Children follow PEFT's names, so parameters are `base_layer.weight`, `lora_A.default.weight`
/// (`[r, in]`) and `lora_B.default.weight` (`[out, r]`).
public final class LoraLinear: Module, UnaryLayer {
    public let scaling: Float
    /// Whether `B·A·scaling` has been added into the base weight.
    public internal(set) var isMerged = false
    /// When set, the layer computes `base(x)` alone (unmerging first if needed), as PEFT's `disable_adapter`.
    public var adapterDisabled = false

    /// Wraps `base`, freezing it. A and B are drawn from `generator` (see ``LoraConfig/initLoraWeights``).
    public convenience init(base: Linear, config: LoraConfig, dropoutSource: RandomSource, generator: inout RandomGenerator) throws {
        let a = try generator.uniform([config.r, base.inFeatures], low: -kaimingBound(base.inFeatures),
                                      high: kaimingBound(base.inFeatures))
        let b = config.initLoraWeights
            ? try Tensor.zeros([base.outFeatures, config.r])
            : try generator.uniform([base.outFeatures, config.r], low: -kaimingBound(config.r), high: kaimingBound(config.r))
        self.init(base: base, a: a, b: b, scaling: config.scaling, dropout: config.loraDropout, dropoutSource: dropoutSource)
    }

    /// Wraps `base`, freezing it, with adapter weights `a` (`[r, in]`) and `b` (`[out, r]`), and
    /// dropout `dropout` on the adapter's input drawing from `dropoutSource`.
    public init(base: Linear, a: Tensor, b: Tensor, scaling: Float, dropout: Float, dropoutSource: RandomSource) {
        self.scaling = scaling
        super.init()
        base.requiresGrad(false)
        registerModule("base_layer", base)
        let dropoutLayer: Module = dropout > 0 ? Dropout(p: dropout, source: dropoutSource) : Identity()
        registerModule("lora_dropout", NamedModules("ModuleDict", ["default": dropoutLayer]))
        registerModule("lora_A", NamedModules("ModuleDict", ["default": Linear(weight: a)]))
        registerModule("lora_B", NamedModules("ModuleDict", ["default": Linear(weight: b)]))
        registerModule("lora_embedding_A", NamedModules("ParameterDict", [:]))
        registerModule("lora_embedding_B", NamedModules("ParameterDict", [:]))
        registerModule("lora_magnitude_vector", NamedModules("ModuleDict", [:]))
    }

    public override var typeName: String { "lora.Linear" }

    public var base: Linear { child("base_layer") as! Linear }
    /// `[r, in]`.
    public var loraA: Linear { module(at: "lora_A.default") as! Linear }
    /// `[out, r]`.
    public var loraB: Linear { module(at: "lora_B.default") as! Linear }
    private var dropout: UnaryLayer { module(at: "lora_dropout.default") as! UnaryLayer }

    /// `[..., in] → [..., out]`.
    public func forward(_ x: Tensor) throws -> Tensor {
        if adapterDisabled && isMerged { try unmerge() }
        let y = try base.forward(x)
        if adapterDisabled || isMerged { return y }
        let update = try loraB.forward(loraA.forward(dropout.forward(x)))   // [..., out]
        return try y + update * scaling
    }

    /// `B·A·scaling`, shaped like the base weight `[out, in]`.
    public func deltaWeight() throws -> Tensor {
        try loraB.weight.value.matmul(loraA.weight.value) * scaling
    }

    /// Adds the adapter into the base weight, so the layer runs at the base layer's cost.
    public func merge() throws {
        guard !isMerged else { return }
        try withNoGrad { try base.weight.assign(base.weight.value + deltaWeight()) }
        isMerged = true
    }

    /// Subtracts a merged adapter back out of the base weight.
    public func unmerge() throws {
        guard isMerged else { return }
        try withNoGrad { try base.weight.assign(base.weight.value - deltaWeight()) }
        isMerged = false
    }
}

/// `kaiming_uniform_(a=√5)`'s bound for `fanIn` inputs: gain·√(3/fan_in) with gain = √(2/(1+5)), i.e. 1/√fan_in.
func kaimingBound(_ fanIn: Int) -> Float { 1 / Float(max(fanIn, 1)).squareRoot() }

/// A container of named children printed under a given class name (`ModuleDict`, `ParameterDict`).
public final class NamedModules: Module {
    private let name: String

    public init(_ name: String, _ children: KeyValuePairs<String, Module>) {
        self.name = name
        super.init()
        for (key, child) in children { registerModule(key, child) }
    }

    public override var typeName: String { name }
}

/// The identity (`nn.Identity`), PEFT's stand-in for dropout when `lora_dropout` is 0.
public final class Identity: Module, UnaryLayer {
    public func forward(_ x: Tensor) throws -> Tensor { x }
}
