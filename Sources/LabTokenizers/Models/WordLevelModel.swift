/// A plain word-to-id table; words not in it become the unknown token.
struct WordLevelModel: TokenizerModel {
    let vocab: Vocabulary
    private let tokens: [Int: String]
    let unkToken: String?

    init(json: JSONObject) throws {
        vocab = try TokenizerModelFactory.vocabulary(json)
        tokens = TokenizerModelFactory.inverse(vocab)
        unkToken = try json.optionalString("unk_token")
    }

    var vocabSize: Int { vocab.count }
    func tokenToId(_ token: String) -> Int? { vocab[token] }
    func idToToken(_ id: Int) -> String? { tokens[id] }

    func tokenize(_ piece: String) throws -> [Int] {
        if let id = vocab[piece] { return [id] }
        guard let unkToken, let id = vocab[unkToken] else {
            throw TokenizerError.invalidInput("WordLevel has no unknown token for \(piece.debugDescription)")
        }
        return [id]
    }
}
