/// A trained model: the model itself and its tokenizer.json object.
public struct TrainedModel {
    public let model: TokenizerModel
    /// The trainer's special tokens (with a Unigram unknown token it added), which have the first ids.
    public let specialTokens: [String]
    let json: JSONValue

    init(unigram: UnigramModel, specialTokens: [String]) {
        model = unigram
        self.specialTokens = specialTokens
        json = .object(JSONMap([
            ("type", .string("Unigram")),
            ("unk_id", unigram.unkId.map { .number(Double($0)) } ?? .null),
            ("vocab", .array(zip(unigram.pieces, unigram.scores).map { .array([.string($0), .number($1)]) })),
            ("byte_fallback", .bool(unigram.byteFallback)),
        ]))
    }
}

extension TrainedModel {
    /// A BPE model of `tokens` (ids in order) and `merges` in rank order.
    init(bpe tokens: [String], merges: [(String, String)], specialTokens: [String], continuingSubwordPrefix: String?,
         endOfWordSuffix: String?) throws {
        var members: [(String, JSONValue)] = [("type", .string("BPE"))]
        if let continuingSubwordPrefix { members.append(("continuing_subword_prefix", .string(continuingSubwordPrefix))) }
        if let endOfWordSuffix { members.append(("end_of_word_suffix", .string(endOfWordSuffix))) }
        members.append(("vocab", .object(JSONMap(tokens.enumerated().map { ($1, .number(Double($0))) }))))
        members.append(("merges", .array(merges.map { .array([.string($0.0), .string($0.1)]) })))
        let map = JSONMap(members)
        json = .object(map)
        model = try BPEModel(json: JSONObject(map, file: "tokenizer", path: "model"))
        self.specialTokens = specialTokens
    }
}
