import Foundation

/// T5's configuration with transformers' `T5Config` field names and defaults.
///
/// Read from and written to `config.json`; keys not modelled here are kept in ``json`` and written
/// back unchanged.
public struct T5Config {
    public var vocabSize = 32128
    public var dModel = 512
    /// Size of each attention head's key/query/value vectors.
    public var dKV = 64
    public var dFF = 2048
    /// Encoder layers.
    public var numLayers = 6
    /// Decoder layers (`num_decoder_layers`); unless set, the same as `num_layers`.
    public var numDecoderLayers: Int {
        get { decoderLayers ?? numLayers }
        set { decoderLayers = newValue }
    }
    private var decoderLayers: Int?
    public var numHeads = 8
    public var relativeAttentionNumBuckets = 32
    public var relativeAttentionMaxDistance = 128
    public var dropoutRate: Float = 0.1
    public var layerNormEpsilon: Float = 1e-6
    public var initializerFactor: Float = 1
    /// `relu`, `gated-gelu` (gelu_new), `gated-silu`, or any `[gated-]ACT` of transformers' ACT2FN.
    public var feedForwardProj = "relu"
    public var tieWordEmbeddings = true
    public var isEncoderDecoder = true
    public var useCache = true
    public var padTokenId: Int? = 0
    public var eosTokenIds: [Int]? = [1]
    public var decoderStartTokenId: Int?
    /// Every key of config.json, including those not modelled above.
    public var json = ConfigJSON()

    public init() {}

    /// The inner size of attention (`num_heads · d_kv`), which need not equal `d_model`.
    public var innerDim: Int { numHeads * dKV }

    /// Whether the feed-forward layer is gated (`wi_0`, `wi_1`) and its activation name.
    public func feedForward() throws -> (gated: Bool, activation: String) {
        let parts = feedForwardProj.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 1 || (parts.count == 2 && parts[0] == "gated"), let last = parts.last, !last.isEmpty else {
            throw HubError.badConfigValue(file: "config.json", key: "feed_forward_proj", expected: "`ACT_FN` or `gated-ACT_FN`, e.g. 'gated-gelu' or 'relu'", got: feedForwardProj)
        }
        // transformers keeps 'gated-gelu' for backwards compatibility as the tanh approximation.
        return (parts.count == 2, feedForwardProj == "gated-gelu" ? "gelu_new" : last)
    }
}

extension T5Config {
    /// Reads `config.json` (`file` names it in errors).
    public init(json: ConfigJSON, file: String = "config.json") throws {
        self.init()
        self.json = json
        vocabSize = try json.int("vocab_size", default: vocabSize, in: file)
        dModel = try json.int("d_model", default: dModel, in: file)
        dKV = try json.int("d_kv", default: dKV, in: file)
        dFF = try json.int("d_ff", default: dFF, in: file)
        numLayers = try json.int("num_layers", default: numLayers, in: file)
        decoderLayers = try json.optionalInt("num_decoder_layers", in: file)
        numHeads = try json.int("num_heads", default: numHeads, in: file)
        relativeAttentionNumBuckets = try json.int("relative_attention_num_buckets", default: relativeAttentionNumBuckets, in: file)
        relativeAttentionMaxDistance = try json.int("relative_attention_max_distance", default: relativeAttentionMaxDistance, in: file)
        dropoutRate = Float(try json.double("dropout_rate", default: Double(dropoutRate), in: file))
        layerNormEpsilon = Float(try json.double("layer_norm_epsilon", default: Double(layerNormEpsilon), in: file))
        initializerFactor = Float(try json.double("initializer_factor", default: Double(initializerFactor), in: file))
        feedForwardProj = try json.string("feed_forward_proj", default: feedForwardProj, in: file)
        tieWordEmbeddings = try json.bool("tie_word_embeddings", default: tieWordEmbeddings, in: file)
        isEncoderDecoder = try json.bool("is_encoder_decoder", default: isEncoderDecoder, in: file)
        useCache = try json.bool("use_cache", default: useCache, in: file)
        if json.values.keys.contains("pad_token_id") { padTokenId = try json.optionalInt("pad_token_id", in: file) }
        if json.values.keys.contains("eos_token_id") { eosTokenIds = try json.intList("eos_token_id", in: file) }
        decoderStartTokenId = try json.optionalInt("decoder_start_token_id", in: file)
        try validate(file: file)
    }

    /// Reads a config.json file.
    public init(contentsOf url: URL) throws {
        try self.init(json: ConfigJSON(contentsOf: url), file: url.path)
    }

    /// Sizes must be positive (and dropout a probability) before a model is built from them.
    func validate(file: String) throws {
        let sizes = [("vocab_size", vocabSize), ("d_model", dModel), ("d_kv", dKV), ("d_ff", dFF), ("num_heads", numHeads),
                     ("relative_attention_num_buckets", relativeAttentionNumBuckets), ("relative_attention_max_distance", relativeAttentionMaxDistance)]
        for (key, value) in sizes where value <= 0 {
            throw HubError.badConfigValue(file: file, key: key, expected: "a positive integer", got: "\(value)")
        }
        for (key, value) in [("num_layers", numLayers), ("num_decoder_layers", numDecoderLayers)] where value < 0 {
            throw HubError.badConfigValue(file: file, key: key, expected: "a non-negative integer", got: "\(value)")
        }
        guard (0...1).contains(dropoutRate) else {
            throw HubError.badConfigValue(file: file, key: "dropout_rate", expected: "a probability in [0, 1]", got: "\(dropoutRate)")
        }
        _ = try feedForward()
        try ConfigLimits.requireModelType(json, "t5", file: file)
        // Per layer: attention (q, k, v, o) and the feed-forward; decoder layers add cross-attention.
        let attention = 4 * Double(dModel) * Double(dKV) * Double(numHeads), feedForward = 3 * Double(dModel) * Double(dFF)
        let parameters = Double(vocabSize) * Double(dModel) + Double(numLayers) * (attention + feedForward)
            + Double(numDecoderLayers) * (2 * attention + feedForward)
        try ConfigLimits.requireBuildable(parameters: parameters, file: file, key: numLayers >= numDecoderLayers ? "num_layers" : "num_decoder_layers",
                                          value: Swift.max(numLayers, numDecoderLayers))
    }

    /// config.json's content: the kept keys overwritten by the modelled fields.
    public func toJSON() -> ConfigJSON {
        var out = json
        let fields: [String: Any] = [
            "vocab_size": vocabSize, "d_model": dModel, "d_kv": dKV, "d_ff": dFF,
            "num_layers": numLayers, "num_decoder_layers": numDecoderLayers, "num_heads": numHeads,
            "relative_attention_num_buckets": relativeAttentionNumBuckets,
            "relative_attention_max_distance": relativeAttentionMaxDistance,
            "dropout_rate": Double("\(dropoutRate)")!, "layer_norm_epsilon": Double("\(layerNormEpsilon)")!,
            "initializer_factor": Double("\(initializerFactor)")!,
            "feed_forward_proj": feedForwardProj, "tie_word_embeddings": tieWordEmbeddings,
            "is_encoder_decoder": isEncoderDecoder, "use_cache": useCache,
            "pad_token_id": padTokenId.map { $0 as Any } ?? NSNull(),
            "eos_token_id": eosTokenIds.map { $0.count == 1 ? $0[0] as Any : $0 as Any } ?? NSNull(),
            "decoder_start_token_id": decoderStartTokenId.map { $0 as Any } ?? NSNull(),
            "model_type": "t5",
        ]
        out.values.merge(fields) { _, new in new }
        if out.values["architectures"] == nil { out.values["architectures"] = ["T5ForConditionalGeneration"] }
        return out
    }
}
