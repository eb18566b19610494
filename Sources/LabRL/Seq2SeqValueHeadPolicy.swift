import LabModels
import LabNN
import LabTensor

/// trl's `AutoModelForSeq2SeqLMWithValueHead` as PPO trains it: a T5 (plain or with LoRA adapters)
/// and its value head. Every forward pass runs in eval mode (no dropout), as trl 0.11's
/// `batched_forward_pass` calls `model.eval()` before the policy's rollout and minibatch passes
/// alike. Its `train_minibatch` then calls `model.train()`, so after a minibatch pass (one with
/// gradients) the model is left in train mode, as a step leaves it in Python (later generation
/// then samples with dropout).
public final class Seq2SeqValueHeadPolicy: PPOPolicy {
    public let model: Seq2SeqLMWithValueHead

    public init(_ model: Seq2SeqLMWithValueHead) { self.model = model }

    /// The value head and the T5's weights, or for a LoRA policy the value head and the adapters.
    public var trainableParameters: [Parameter] { model.trainableParameters() }

    /// - Returns: logits `[B, T, V]` and values `[B, T]` for the padded batch.
    public func forward(_ inputs: PPOModelInputs) throws -> (logits: Tensor, values: Tensor) {
        model.eval()
        let (output, values) = try model(inputIds: inputs.inputIds, attentionMask: inputs.attentionMask,
                                         decoderInputIds: inputs.decoderInputIds, decoderAttentionMask: inputs.decoderAttentionMask)
        if GradMode.isEnabled { model.train() }
        return (output.logits, values)
    }
}

/// trl's reference for a PEFT policy: the same model with its adapters disabled, so the KL
/// penalty compares against the base T5.
public final class AdapterFreeReference: PPOModel {
    public let policy: Seq2SeqValueHeadPolicy
    public let peft: PeftModel

    public init(_ policy: Seq2SeqValueHeadPolicy, peft: PeftModel) {
        self.policy = policy
        self.peft = peft
    }

    public func forward(_ inputs: PPOModelInputs) throws -> (logits: Tensor, values: Tensor) {
        try peft.withAdaptersDisabled { try policy.forward(inputs) }
    }
}
