import Foundation

/// transformers' `GenerationConfig` for encoder-decoder generation, with its defaults.
///
/// Lengths count the decoder sequence including the decoder start token, as transformers does for
/// encoder-decoder models; `maxNewTokens` and `minNewTokens`, when set, count only new tokens.
public struct GenerationConfig {
    public var maxLength = 20
    public var maxNewTokens: Int?
    public var minLength = 0
    public var minNewTokens: Int?
    public var doSample = false
    public var temperature: Float = 1
    /// 0 turns top-k filtering off.
    public var topK = 50
    /// 1 turns nucleus filtering off.
    public var topP: Float = 1
    public var repetitionPenalty: Float = 1
    public var numReturnSequences = 1
    public var eosTokenIds: [Int]?
    public var padTokenId: Int?
    public var decoderStartTokenId: Int?
    public var bosTokenId: Int?
    /// Every key of generation_config.json, including those not modelled here.
    public var json = ConfigJSON()

    public init() {}

    /// The fields a model's configuration sets, as transformers' `GenerationConfig.from_model_config`.
    public init(model config: T5Config) {
        eosTokenIds = config.eosTokenIds
        padTokenId = config.padTokenId
        decoderStartTokenId = config.decoderStartTokenId
    }

    /// Reads generation_config.json.
    public init(contentsOf url: URL) throws {
        self.init()
        try update(from: ConfigJSON(contentsOf: url), file: url.path)
    }

    /// Overwrites the fields named in `json` (transformers' `update(**kwargs)`); unknown keys are kept.
    public mutating func update(from json: ConfigJSON, file: String = "generation_config") throws {
        self.json.values.merge(json.values) { _, new in new }
        let keys = Set(json.values.keys)
        if keys.contains("max_length") { maxLength = try json.int("max_length", default: maxLength, in: file) }
        if keys.contains("max_new_tokens") { maxNewTokens = try json.optionalInt("max_new_tokens", in: file) }
        if keys.contains("min_length") { minLength = try json.int("min_length", default: minLength, in: file) }
        if keys.contains("min_new_tokens") { minNewTokens = try json.optionalInt("min_new_tokens", in: file) }
        if keys.contains("do_sample") { doSample = try json.bool("do_sample", default: doSample, in: file) }
        if keys.contains("temperature") { temperature = Float(try json.double("temperature", default: 1, in: file)) }
        if keys.contains("top_k") { topK = try json.int("top_k", default: 50, in: file) }
        if keys.contains("top_p") { topP = Float(try json.double("top_p", default: 1, in: file)) }
        if keys.contains("repetition_penalty") { repetitionPenalty = Float(try json.double("repetition_penalty", default: 1, in: file)) }
        if keys.contains("num_return_sequences") { numReturnSequences = try json.int("num_return_sequences", default: 1, in: file) }
        if keys.contains("eos_token_id") { eosTokenIds = try json.intList("eos_token_id", in: file) }
        if keys.contains("pad_token_id") { padTokenId = try json.optionalInt("pad_token_id", in: file) }
        if keys.contains("decoder_start_token_id") { decoderStartTokenId = try json.optionalInt("decoder_start_token_id", in: file) }
        if keys.contains("bos_token_id") { bosTokenId = try json.optionalInt("bos_token_id", in: file) }
    }

    /// The settings as generation_config.json holds them.
    public func toJSON() -> ConfigJSON {
        var out = json
        func set(_ key: String, _ value: Any?) { out.values[key] = value ?? NSNull() }
        set("max_length", maxLength); set("max_new_tokens", maxNewTokens)
        set("min_length", minLength); set("min_new_tokens", minNewTokens)
        set("do_sample", doSample); set("temperature", Double("\(temperature)"))
        set("top_k", topK); set("top_p", Double("\(topP)")); set("repetition_penalty", Double("\(repetitionPenalty)"))
        set("num_return_sequences", numReturnSequences)
        set("eos_token_id", eosTokenIds.map { $0.count == 1 ? $0[0] as Any : $0 as Any })
        set("pad_token_id", padTokenId); set("decoder_start_token_id", decoderStartTokenId); set("bos_token_id", bosTokenId)
        return ConfigJSON(out.values.filter { !($0.value is NSNull) })
    }

    /// Settings that cannot work, named as transformers names them.
    func validate() throws {
        guard temperature > 0 else { throw GenerationError.invalid("`temperature` (=\(temperature)) has to be a strictly positive float") }
        guard topK >= 0 else { throw GenerationError.invalid("`top_k` has to be a non-negative integer, but is \(topK)") }
        guard topP >= 0, topP <= 1 else { throw GenerationError.invalid("`top_p` has to be a float >= 0 and <= 1, but is \(topP)") }
        guard repetitionPenalty > 0 else { throw GenerationError.invalid("`penalty` has to be a strictly positive float, but is \(repetitionPenalty)") }
        guard numReturnSequences >= 1 else { throw GenerationError.invalid("`num_return_sequences` has to be a positive integer, but is \(numReturnSequences)") }
        if !doSample && numReturnSequences > 1 {
            throw GenerationError.invalid("Greedy methods without beam search do not support `num_return_sequences` different than 1 (got \(numReturnSequences)).")
        }
        if let maxNewTokens, maxNewTokens < 0 { throw GenerationError.invalid("`max_new_tokens` must be non-negative, got \(maxNewTokens)") }
    }
}

/// Why generation stopped early or could not start.
public enum GenerationError: Error, Equatable, CustomStringConvertible {
    case invalid(String)
    case interrupted

    public var description: String {
        switch self {
        case .invalid(let message): return message
        case .interrupted: return "generation interrupted"
        }
    }
}
