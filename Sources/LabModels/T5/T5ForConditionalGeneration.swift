import LabNN
import LabTensor

/// T5 encoder-decoder with a language-model head, as transformers' `T5ForConditionalGeneration`:
/// shared token embeddings, an encoder and a decoder stack, and `lm_head` (tied to the embeddings
/// by default, in which case the decoder output is scaled by `d_model ** -0.5` first).
public final class T5ForConditionalGeneration: Module {
    public let config: T5Config
    /// Generation defaults: generation_config.json of the folder loaded from, else the model config's tokens.
    public var generationConfig: GenerationConfig
    /// The stream all dropout masks of this model are drawn from.
    public let randomSource: RandomSource

    /// A model with fresh weights: transformers' T5 init scheme drawn from `weights`
    /// (`WeightInitializer(seed:)`), or shapes only with `.meta`. Dropout masks come from a stream
    /// seeded with `dropoutSeed`.
    public init(config: T5Config, weights: WeightInitializer = WeightInitializer(seed: 0), dropoutSeed: UInt64 = 0) throws {
        try config.validate(file: "config")
        self.config = config
        generationConfig = GenerationConfig(model: config)
        randomSource = RandomSource(seed: dropoutSeed)
        super.init()
        var weights = weights
        let shared = registerModule("shared", Embedding(weight: try weights.normal([config.vocabSize, config.dModel], std: config.initializerFactor)))
        registerModule("encoder", try T5Stack(config, isDecoder: false, embedTokens: shared, weights: &weights, randomSource: randomSource))
        registerModule("decoder", try T5Stack(config, isDecoder: true, embedTokens: shared, weights: &weights, randomSource: randomSource))
        registerModule("lm_head", config.tieWordEmbeddings ? Linear(sharing: shared.weight)
                       : Linear(weight: try weights.normal([config.vocabSize, config.dModel], std: config.initializerFactor)))
    }

    var encoder: T5Stack { child("encoder") as! T5Stack }
    var decoder: T5Stack { child("decoder") as! T5Stack }

    /// The result of a forward pass.
    public struct Output {
        /// `[B, T, V]`.
        public var logits: Tensor
        /// Mean cross-entropy over labels that are not -100 (when labels were given).
        public var loss: Tensor?
        /// The encoder's output `[B, S, C]` (reusable across decoding steps).
        public var encoderHiddenState: Tensor
        /// The decoder's last hidden state `[B, T, C]` (after its final norm, before the head's rescale).
        public var decoderHiddenState: Tensor
    }

    /// The encoder's output `[B, S, C]` for `inputIds` `[B, S]` with `attentionMask` `[B, S]`.
    public func encode(_ inputIds: Tensor, attentionMask: Tensor? = nil) throws -> Tensor {
        try encoder(inputIds, attentionMask: attentionMask)
    }

    /// A full forward pass.
    ///
    /// - Parameters:
    ///   - inputIds: `[B, S]` source tokens (or give `encoderHiddenState` from ``encode(_:attentionMask:)``).
    ///   - attentionMask: `[B, S]`, 1 for tokens and 0 for padding.
    ///   - decoderInputIds: `[B, T]`; when nil, `labels` shifted right behind `decoder_start_token_id`.
    ///   - decoderAttentionMask: `[B, T]` (past and new tokens when a cache is used).
    ///   - labels: `[B, T]` targets, -100 to ignore a position.
    ///   - cache: decoder key/value cache; `decoderInputIds` are then only the new tokens.
    public func callAsFunction(inputIds: Tensor? = nil, attentionMask: Tensor? = nil,
                               encoderHiddenState: Tensor? = nil,
                               decoderInputIds: Tensor? = nil, decoderAttentionMask: Tensor? = nil,
                               labels: Tensor? = nil, cache: T5DecoderCache? = nil) throws -> Output {
        let encoded: Tensor
        if let encoderHiddenState { encoded = encoderHiddenState } else if let inputIds {
            encoded = try encode(inputIds, attentionMask: attentionMask)
        } else {
            throw TensorError("T5", "You have to specify either input_ids or encoder_outputs")
        }
        guard let decoderIds = try decoderInputIds ?? labels.map(shiftRight) else {
            throw TensorError("T5", "You have to specify either decoder_input_ids or labels")
        }
        let hidden = try decoder(decoderIds, attentionMask: decoderAttentionMask, encoderStates: encoded,
                                 encoderMask: attentionMask, cache: cache)                  // [B, T, C]
        let scaled = config.tieWordEmbeddings ? hidden * (1 / Float(config.dModel).squareRoot()) : hidden
        let logits = try layer("lm_head").forward(scaled)                                   // [B, T, V]
        var loss: Tensor? = nil
        if let labels {
            loss = try Tensor.crossEntropy(logits: logits.reshape([-1, config.vocabSize]), targets: labels.reshape([-1]))
        }
        return Output(logits: logits, loss: loss, encoderHiddenState: encoded, decoderHiddenState: hidden)
    }

    /// Decoder inputs from labels: `decoder_start_token_id`, then the labels without their last
    /// token, with -100 replaced by the pad id.
    public func shiftRight(_ labels: Tensor) throws -> Tensor {
        guard let start = config.decoderStartTokenId else {
            throw TensorError("T5", "self.model.config.decoder_start_token_id has to be defined. In T5 it is usually set to the pad_token_id.")
        }
        guard let pad = config.padTokenId else { throw TensorError("T5", "self.model.config.pad_token_id has to be defined.") }
        guard labels.rank == 2 else { throw TensorError("T5", "labels must be 2-D [batch, length], got shape \(labels.shape)") }
        let (batch, length) = (labels.shape[0], labels.shape[1])
        let ids = labels.toInt64Array()
        var shifted = [Int64](repeating: Int64(start), count: batch * length)
        for b in 0..<batch {
            for t in 1..<Swift.max(length, 1) {
                let label = ids[b * length + t - 1]
                shifted[b * length + t] = label == -100 ? Int64(pad) : label
            }
        }
        return try Tensor(int64: shifted, shape: [batch, length])
    }

    /// A new decoder cache sized for this model.
    public func makeCache() -> T5DecoderCache { T5DecoderCache(layers: config.numDecoderLayers) }
}
