import LabTensor

/// An encoder-decoder language model with a value head, as PPO sees it: the padded batch in,
/// next-token logits and one value per decoder position out. A T5 with trl's value head
/// implements it directly; its reference model needs only ``PPOModel``.
///
/// The trainer runs every forward pass as trl 0.11's `batched_forward_pass` does, after
/// `model.eval()`: implementations must not apply dropout here.
public protocol PPOModel: AnyObject {
    /// Runs the encoder on the queries and the decoder on the responses (no shift: the responses
    /// already start with the decoder start token, as `generate` returns them).
    ///
    /// - Returns: `logits` `[B, T, V]`, where position t predicts decoder token t+1, and `values`
    ///   `[B, T]` from the value head; T is `inputs.decoderInputIds`' length.
    func forward(_ inputs: PPOModelInputs) throws -> (logits: Tensor, values: Tensor)
}

/// The model PPO trains: a ``PPOModel`` whose trainable weights the optimizer updates (for a
/// LoRA model, the adapters and the value head).
public protocol PPOPolicy: PPOModel {
    var trainableParameters: [Parameter] { get }
}
