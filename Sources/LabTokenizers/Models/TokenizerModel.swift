/// The third stage of the pipeline: turns one pre-tokenized piece into vocabulary ids.
public protocol TokenizerModel {
    /// The ids for one piece of text.
    func tokenize(_ piece: String) throws -> [Int]
    func tokenToId(_ token: String) -> Int?
    func idToToken(_ id: Int) -> String?
    /// The number of entries in the model's vocabulary.
    var vocabSize: Int { get }
    /// Whether decoding cleanup of tokenization spaces must be skipped (transformers skips it for BPE).
    var isBPE: Bool { get }
}

extension TokenizerModel {
    public var isBPE: Bool { false }
}

/// Builds a model from its tokenizer.json object, choosing the implementation by `"type"`
/// (or by its fields, for files that omit the type).
enum TokenizerModelFactory {
    static func make(_ json: JSONObject) throws -> TokenizerModel {
        let type = try json.optionalString("type") ?? inferredType(json)
        switch type {
        case "BPE": return try BPEModel(json: json)
        case "Unigram": return try UnigramModel(json: json)
        case "WordPiece": return try WordPieceModel(json: json)
        case "WordLevel": return try WordLevelModel(json: json)
        default: throw json.failure("unknown model type \(type)", key: "type")
        }
    }

    private static func inferredType(_ json: JSONObject) -> String {
        if json.has("merges") { return "BPE" }
        if json.members["vocab"]?.arrayValue != nil { return "Unigram" }
        if json.has("max_input_chars_per_word") { return "WordPiece" }
        return "WordLevel"
    }

    /// Reads a `{token: id}` vocabulary object.
    static func vocabulary(_ json: JSONObject) throws -> Vocabulary {
        guard let vocab = try json.value("vocab").objectValue else {
            throw json.failure("expected an object of token ids", key: "vocab")
        }
        var result = Vocabulary(minimumCapacity: vocab.count)
        for (token, value) in vocab.members {
            guard let id = value.intValue, id >= 0 else {
                throw json.failure("id of \(token.debugDescription) is not a non-negative integer", key: "vocab")
            }
            result[token] = id
        }
        return result
    }

    /// The inverse of a vocabulary.
    static func inverse(_ vocab: Vocabulary) -> [Int: String] {
        var result: [Int: String] = [:]
        result.reserveCapacity(vocab.count)
        for (token, id) in vocab.entries { result[id] = token }
        return result
    }
}
