import Foundation

/// A transformers-style tokenizer over a Hugging Face folder: tokenizer.json plus tokenizer_config.json and
/// special_tokens_map.json (special tokens, `model_max_length`, padding and truncation sides, decode cleanup).
public final class HFTokenizer {
    public let tokenizer: Tokenizer
    public let padToken: String?
    public let eosToken: String?
    public let unkToken: String?
    public let bosToken: String?
    /// The longest input the model accepts, used when truncation is asked for without a length.
    public let modelMaxLength: Int?
    public var paddingSide: Padding.Side
    public var truncationSide: Truncation.Direction
    /// Whether `decode` cleans spaces before punctuation, as transformers does (never for BPE models).
    public let cleanUpTokenizationSpaces: Bool
    /// tokenizer_config.json and special_tokens_map.json as read, written back by `save(to:)`.
    private let configFiles: [String: Data]

    /// The files a tokenizer folder may hold, in the order they are read.
    public static let fileNames = ["special_tokens_map.json", "tokenizer_config.json", "tokenizer.json", "vocab.json", "merges.txt"]

    /// Loads a folder holding tokenizer.json (or a byte-level BPE's vocab.json + merges.txt) and, optionally, its
    /// transformers configuration files.
    public convenience init(folder: URL) throws {
        var files: [String: Data] = [:]
        for name in Self.fileNames {
            let url = folder.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            do {
                files[name] = try Data(contentsOf: url)
            } catch {
                throw TokenizerError.invalidFile(file: url.path, problem: "cannot be read")
            }
        }
        try self.init(files: files, folder: folder.path)
    }

    /// Loads a tokenizer from a folder's files held in memory (file name → bytes), as `init(folder:)` reads them;
    /// `folder` names the files in errors.
    public init(files: [String: Data], folder: String = ".") throws {
        let path = { (name: String) in (folder as NSString).appendingPathComponent(name) }
        var configs: [String: Data] = [:]
        var settings = JSONMap()
        for name in ["special_tokens_map.json", "tokenizer_config.json"] {
            guard let data = files[name] else { continue }
            configs[name] = data
            let json = try JSONObject(data: data, file: path(name))
            for (key, value) in json.members.members { settings[key] = value }
        }
        configFiles = configs
        if let definition = files["tokenizer.json"] {
            tokenizer = try Tokenizer(data: definition, file: path("tokenizer.json"))
        } else {
            tokenizer = try Tokenizer(data: try Self.byteLevelBPEDefinition(files: files, folder: folder, config: settings),
                                      file: path("tokenizer.json"))
        }
        let config = JSONObject(settings, file: path("tokenizer_config.json"))
        padToken = try Self.tokenName(config, "pad_token")
        eosToken = try Self.tokenName(config, "eos_token")
        unkToken = try Self.tokenName(config, "unk_token")
        bosToken = try Self.tokenName(config, "bos_token")
        let maxLength = settings["model_max_length"]?.numberValue
        modelMaxLength = maxLength.flatMap { $0 < 1e12 ? Int($0) : nil }
        paddingSide = try Self.side(config, "padding_side")
        truncationSide = try Self.side(config, "truncation_side")
        cleanUpTokenizationSpaces = try config.bool("clean_up_tokenization_spaces", default: false)
    }

    /// `"right"` (the default) or `"left"`.
    private static func side<Side: RawRepresentable>(_ config: JSONObject, _ key: String) throws -> Side where Side.RawValue == String {
        let name = try config.optionalString(key) ?? "right"
        guard let side = Side(rawValue: name) else { throw config.failure("expected \"right\" or \"left\", not \(name)", key: key) }
        return side
    }

    /// A special token given as a string or as an AddedToken object with `content`.
    private static func tokenName(_ config: JSONObject, _ key: String) throws -> String? {
        guard config.has(key) else { return nil }
        guard let name = tokenContent(config.members[key]) else {
            throw config.failure("expected a token string or an object with content", key: key)
        }
        return name
    }

    // MARK: Vocabulary

    /// The model's vocabulary size, without added tokens.
    public var vocabSize: Int { tokenizer.vocabSize(withAddedTokens: false) }
    /// `len(tokenizer)`: the vocabulary with added tokens.
    public var count: Int { tokenizer.vocabSize(withAddedTokens: true) }
    public var padTokenId: Int? { padToken.flatMap(tokenizer.tokenToId) }
    public var eosTokenId: Int? { eosToken.flatMap(tokenizer.tokenToId) }
    public var unkTokenId: Int? { unkToken.flatMap(tokenizer.tokenToId) }
    public var bosTokenId: Int? { bosToken.flatMap(tokenizer.tokenToId) }

    /// Ids of tokens; unknown tokens map to the unknown token's id (or nil without one).
    public func convertTokensToIds(_ tokens: [String]) -> [Int?] {
        tokens.map { tokenizer.tokenToId($0) ?? unkTokenId }
    }

    public func convertIdsToTokens(_ ids: [Int]) -> [String?] {
        ids.map(tokenizer.idToToken)
    }

    // MARK: Encoding

    /// How a batch is padded, as transformers' `padding=` argument.
    public enum PaddingStrategy: Equatable {
        case doNotPad
        /// `padding=True`: to the longest sequence of the batch.
        case longest
        /// `padding="max_length"`: to `maxLength` (or the model's maximum).
        case maxLength
    }

    /// Input ids and attention masks for a batch, as transformers' BatchEncoding holds them.
    public struct BatchEncoding: Equatable {
        public var inputIds: [[Int]]
        public var attentionMask: [[Int]]
        public var tokenTypeIds: [[Int]]
    }

    /// `tokenizer.encode(text)`: the ids of one text.
    public func encode(_ text: String, addSpecialTokens: Bool = true) throws -> [Int] {
        try tokenizer.encode(text, addSpecialTokens: addSpecialTokens).ids
    }

    /// `tokenizer(texts, padding=..., truncation=..., max_length=...)`, optionally with paired texts.
    public func callAsFunction(_ texts: [String], pairs: [String]? = nil, padding: PaddingStrategy = .doNotPad,
                               truncation: Truncation.Strategy? = nil, maxLength: Int? = nil,
                               padToMultipleOf: Int? = nil, addSpecialTokens: Bool = true) throws -> BatchEncoding {
        if let pairs, pairs.count != texts.count {
            throw TokenizerError.invalidInput("got \(texts.count) texts but \(pairs.count) paired texts")
        }
        // Without max_length or a real model_max_length, transformers neither truncates nor pads to a length.
        let limit = maxLength ?? modelMaxLength
        let truncationRule = truncation.flatMap { strategy in
            limit.map { Truncation(maxLength: $0, strategy: strategy, direction: truncationSide) }
        }
        var encodings = try texts.indices.map { index in
            try tokenizer.encode(texts[index], pair: pairs?[index], addSpecialTokens: addSpecialTokens, truncation: truncationRule)
        }
        if let rule = try paddingRule(padding, limit: limit, padToMultipleOf: padToMultipleOf) {
            encodings = rule.apply(encodings)
        }
        return BatchEncoding(inputIds: encodings.map(\.ids), attentionMask: encodings.map(\.attentionMask),
                             tokenTypeIds: encodings.map(\.typeIds))
    }

    /// One text: `tokenizer(text, ...)`.
    public func callAsFunction(_ text: String, pair: String? = nil, padding: PaddingStrategy = .doNotPad,
                               truncation: Truncation.Strategy? = nil, maxLength: Int? = nil,
                               padToMultipleOf: Int? = nil, addSpecialTokens: Bool = true) throws -> BatchEncoding {
        try self([text], pairs: pair.map { [$0] }, padding: padding, truncation: truncation, maxLength: maxLength,
                 padToMultipleOf: padToMultipleOf, addSpecialTokens: addSpecialTokens)
    }

    /// `tokenizer.pad(rows, padding=..., max_length=..., pad_to_multiple_of=...)` on encoded rows:
    /// each is padded (on `paddingSide`) to the longest row or to `maxLength` (else
    /// `model_max_length`), rounded up to a multiple of `padToMultipleOf`; longer rows are left as
    /// they are. `maxLength` counts only with `.maxLength`, as in transformers.
    public func pad(_ encodings: [Encoding], padding: PaddingStrategy, maxLength: Int? = nil,
                    padToMultipleOf: Int? = nil) throws -> [Encoding] {
        guard let rule = try paddingRule(padding, limit: maxLength ?? modelMaxLength, padToMultipleOf: padToMultipleOf) else {
            return encodings
        }
        return rule.apply(encodings)
    }

    private func paddingRule(_ strategy: PaddingStrategy, limit: Int?, padToMultipleOf: Int?) throws -> Padding? {
        let length: Padding.Length
        switch strategy {
        case .doNotPad: return nil
        case .longest: length = .longest
        case .maxLength:
            guard let limit else { return nil }
            length = .fixed(limit)
        }
        guard let padId = padTokenId else {
            throw TokenizerError.invalidInput("padding needs a pad token, and this tokenizer has none")
        }
        return Padding(length: length, side: paddingSide, padToMultipleOf: padToMultipleOf, padId: padId)
    }

    // MARK: Decoding

    /// `tokenizer.decode(ids, skip_special_tokens=...)`, with transformers' optional space cleanup.
    public func decode(_ ids: [Int], skipSpecialTokens: Bool = false) -> String {
        let text = tokenizer.decode(ids, skipSpecialTokens: skipSpecialTokens)
        guard cleanUpTokenizationSpaces && !tokenizer.model.isBPE else { return text }
        return Self.cleanUpTokenization(text)
    }

    public func batchDecode(_ sequences: [[Int]], skipSpecialTokens: Bool = false) -> [String] {
        sequences.map { decode($0, skipSpecialTokens: skipSpecialTokens) }
    }

    /// transformers' `clean_up_tokenization`: no space before punctuation and English contractions.
    static func cleanUpTokenization(_ text: String) -> String {
        let rules = [(" .", "."), (" ?", "?"), (" !", "!"), (" ,", ","), (" ' ", "'"), (" n't", "n't"),
                     (" 'm", "'m"), (" 's", "'s"), (" 've", "'ve"), (" 're", "'re")]
        return rules.reduce(text) { $0.replacingAll($1.0, with: $1.1) }
    }

    // MARK: Saving

    /// The files `save(to:)` writes (file name → bytes): tokenizer.json exactly as loaded and the configuration
    /// files (a generated tokenizer_config.json when the tokenizer came without one).
    public func files() throws -> [String: Data] {
        var files = configFiles
        files["tokenizer.json"] = tokenizer.fileData
        if configFiles["tokenizer_config.json"] == nil { files["tokenizer_config.json"] = try generatedConfig() }
        return files
    }

    /// Writes `files()` into `folder`.
    public func save(to folder: URL) throws {
        let files = try files()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for (name, data) in files { try data.write(to: folder.appendingPathComponent(name)) }
        } catch {
            throw TokenizerError.invalidFile(file: folder.path, problem: "cannot be written: \(error.localizedDescription)")
        }
    }

    /// A minimal tokenizer_config.json naming the special tokens, for folders that came without one.
    private func generatedConfig() throws -> Data {
        var config: [String: Any] = ["tokenizer_class": "PreTrainedTokenizerFast", "padding_side": paddingSide.rawValue,
                                     "truncation_side": truncationSide.rawValue,
                                     "clean_up_tokenization_spaces": cleanUpTokenizationSpaces]
        for (key, value) in [("pad_token", padToken), ("eos_token", eosToken), ("unk_token", unkToken), ("bos_token", bosToken)] {
            if let value { config[key] = value }
        }
        if let modelMaxLength { config["model_max_length"] = modelMaxLength }
        return try JSONSerialization.data(withJSONObject: config, options: [.prettyPrinted, .sortedKeys])
    }
}
