import LabNN
import LabTensor

/// trl's `ValueHead`: a scalar value per token, `summary(dropout(hidden))`, with trl's names
/// (`summary.weight` `[1, d_model]`, `summary.bias` `[1]`) and printed form.
public final class ValueHead: Module {
    /// How the summary layer starts (trl's `v_head_init_strategy`).
    public enum InitStrategy: Equatable, Sendable {
        /// `nn.Linear`'s default: weight and bias uniform in ±1/√d_model.
        case linearDefault
        /// Weight from N(0, std²) (`v_head_initializer_range`, 0.2 by default), bias zero.
        case normal(std: Float)
    }

    /// A head over `dModel` features; dropout `summaryDropoutProb` (trl's default 0.1; 0 means `nn.Identity`).
    public init(dModel: Int, summaryDropoutProb: Float = 0.1, initStrategy: InitStrategy = .linearDefault,
                generator: inout RandomGenerator, dropoutSource: RandomSource) throws {
        guard dModel > 0, (0..<1).contains(summaryDropoutProb) else {
            throw TensorError("ValueHead", "needs d_model > 0 and summary_dropout_prob in [0, 1), got \(dModel) and \(summaryDropoutProb)")
        }
        super.init()
        registerModule("dropout", summaryDropoutProb > 0 ? Dropout(p: summaryDropoutProb, source: dropoutSource) as Module : Identity())
        let summary: Linear
        switch initStrategy {
        case .linearDefault:
            summary = try Linear(dModel, 1, generator: &generator)
        case .normal(let std):
            summary = Linear(weight: try generator.normal([1, dModel], std: std), bias: try Tensor.zeros([1]))
        }
        registerModule("summary", summary)
        registerModule("flatten", Flatten())
    }

    public var summary: Linear { child("summary") as! Linear }

    /// `hidden [B, T, d_model]` → values `[B, T]` (trl's `v_head(h).squeeze(-1)`).
    public func callAsFunction(_ hidden: Tensor) throws -> Tensor {
        let x = try (child("dropout") as! UnaryLayer).forward(hidden)
        return try summary.forward(x).squeeze(-1)
    }
}

/// `nn.Flatten()` as trl registers it in the value head (printed only; the head does not call it).
public final class Flatten: Module {
    public override var extraDescription: String { "start_dim=1, end_dim=-1" }
}
