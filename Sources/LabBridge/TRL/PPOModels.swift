import LabTensor
import LabModels
import LabRL

/// A value-head model as PPO trains it. Forward passes made without gradients are trl's rollout
/// scoring (after `model.eval()`, no dropout); those with gradients are its minibatch training
/// (after `model.train()`, dropout on).
final class ValueHeadPolicy: PPOPolicy {
    let model: Seq2SeqLMWithValueHead

    init(_ model: Seq2SeqLMWithValueHead) { self.model = model }

    var trainableParameters: [Parameter] { model.trainableParameters() }

    func forward(_ inputs: PPOModelInputs) throws -> (logits: Tensor, values: Tensor) {
        model.train(GradMode.isEnabled)
        let (output, values) = try model(inputIds: inputs.inputIds, attentionMask: inputs.attentionMask,
                                         decoderInputIds: inputs.decoderInputIds, decoderAttentionMask: inputs.decoderAttentionMask)
        return (output.logits, values)
    }
}

/// trl's reference for a PEFT policy: the same model with its adapters disabled.
final class AdapterFreeReference: PPOModel {
    let policy: ValueHeadPolicy
    let peft: PeftModel

    init(_ policy: ValueHeadPolicy, peft: PeftModel) {
        self.policy = policy
        self.peft = peft
    }

    func forward(_ inputs: PPOModelInputs) throws -> (logits: Tensor, values: Tensor) {
        try peft.withAdaptersDisabled { try policy.forward(inputs) }
    }
}
