/// BERT's WordPiece: greedy longest-match-first from the left, later pieces carrying a `##` prefix; a word with
/// any unmatched stretch, or longer than `max_input_chars_per_word`, becomes the unknown token.
struct WordPieceModel: TokenizerModel {
    let vocab: Vocabulary
    private let tokens: [Int: String]
    let unkToken: String
    let continuingSubwordPrefix: String
    let maxInputCharsPerWord: Int

    init(json: JSONObject) throws {
        vocab = try TokenizerModelFactory.vocabulary(json)
        tokens = TokenizerModelFactory.inverse(vocab)
        unkToken = try json.optionalString("unk_token") ?? "[UNK]"
        continuingSubwordPrefix = try json.optionalString("continuing_subword_prefix") ?? "##"
        maxInputCharsPerWord = try json.int("max_input_chars_per_word", default: 100)
    }

    var vocabSize: Int { vocab.count }
    func tokenToId(_ token: String) -> Int? { vocab[token] }
    func idToToken(_ id: Int) -> String? { tokens[id] }

    func tokenize(_ piece: String) throws -> [Int] {
        let scalars = Array(piece.unicodeScalars)
        if scalars.count > maxInputCharsPerWord { return [try unknownId()] }
        var ids: [Int] = []
        var start = 0
        while start < scalars.count {
            var end = scalars.count
            var found: Int?
            while start < end {
                var candidate = String(scalars: scalars[start..<end])
                if start > 0 { candidate = continuingSubwordPrefix + candidate }
                if let id = vocab[candidate] {
                    found = id
                    break
                }
                end -= 1
            }
            guard let id = found else { return [try unknownId()] }
            ids.append(id)
            start = end
        }
        return ids
    }

    private func unknownId() throws -> Int {
        guard let id = vocab[unkToken] else {
            throw TokenizerError.invalidInput("WordPiece unk_token \(unkToken.debugDescription) is not in the vocabulary")
        }
        return id
    }
}
