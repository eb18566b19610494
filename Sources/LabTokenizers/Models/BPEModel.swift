/// Byte-pair encoding: a word starts as single characters, then the adjacent pair with the best (lowest) merge
/// rank is merged until no ranked pair remains.
///
/// Supports byte-level vocabularies, `continuing_subword_prefix`, `end_of_word_suffix`, an unknown token
/// (optionally fused), `byte_fallback` and `ignore_merges`. Dropout is treated as off. Results are cached per word.
final class BPEModel: TokenizerModel {
    let vocab: Vocabulary
    private let tokens: [Int: String]
    /// The merge of two ids: its rank and the id it produces, keyed by `left << 32 | right`.
    private let merges: [Int: (rank: Int, id: Int)]
    let unkToken: String?
    let continuingSubwordPrefix: String?
    let endOfWordSuffix: String?
    let fuseUnk: Bool
    let byteFallback: Bool
    let ignoreMerges: Bool
    private let cache = WordCache()

    init(json: JSONObject) throws {
        vocab = try TokenizerModelFactory.vocabulary(json)
        tokens = TokenizerModelFactory.inverse(vocab)
        unkToken = try json.optionalString("unk_token")
        continuingSubwordPrefix = try json.optionalString("continuing_subword_prefix")
        endOfWordSuffix = try json.optionalString("end_of_word_suffix")
        fuseUnk = try json.bool("fuse_unk", default: false)
        byteFallback = try json.bool("byte_fallback", default: false)
        ignoreMerges = try json.bool("ignore_merges", default: false)
        merges = try Self.readMerges(json, vocab: vocab, prefixLength: continuingSubwordPrefix?.unicodeScalars.count ?? 0)
    }

    private static func readMerges(_ json: JSONObject, vocab: Vocabulary, prefixLength: Int) throws -> [Int: (rank: Int, id: Int)] {
        var result: [Int: (rank: Int, id: Int)] = [:]
        for (rank, entry) in try json.array("merges").enumerated() {
            let pair: [String]
            if let line = entry.stringValue {
                pair = line.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            } else if let parts = entry.arrayValue, parts.allSatisfy({ $0.stringValue != nil }) {
                pair = parts.compactMap(\.stringValue)
            } else {
                throw json.failure("merge \(rank) is neither \"a b\" nor [a, b]", key: "merges")
            }
            guard pair.count == 2 else { throw json.failure("merge \(rank) does not have two parts", key: "merges") }
            let merged = pair[0] + String(scalars: pair[1].unicodeScalars.dropFirst(prefixLength))
            guard let left = vocab[pair[0]], let right = vocab[pair[1]], let id = vocab[merged] else {
                throw json.failure("merge \(rank) (\(pair[0]) \(pair[1])) uses a token missing from the vocabulary", key: "merges")
            }
            result[left << 32 | right] = (rank, id)
        }
        return result
    }

    var vocabSize: Int { vocab.count }
    var isBPE: Bool { true }
    func tokenToId(_ token: String) -> Int? { vocab[token] }
    func idToToken(_ id: Int) -> String? { tokens[id] }

    func tokenize(_ piece: String) throws -> [Int] {
        if piece.isEmpty { return [] }
        if ignoreMerges, let id = vocab[piece] { return [id] }
        if let cached = cache[piece] { return cached }
        let ids = merge(try symbols(of: piece))
        cache[piece] = ids
        return ids
    }

    /// The word's starting symbols: one per character (with prefix and suffix), bytes or unknowns as needed.
    private func symbols(of word: String) throws -> [Int] {
        var ids: [Int] = []
        var pendingUnknown = false
        let scalars = Array(word.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            var symbol = String(scalar)
            if index > 0, let prefix = continuingSubwordPrefix { symbol = prefix + symbol }
            if index == scalars.count - 1, let suffix = endOfWordSuffix { symbol += suffix }
            if let id = vocab[symbol] {
                if pendingUnknown, let unkId = try unknownId() { ids.append(unkId) }
                pendingUnknown = false
                ids.append(id)
                continue
            }
            if byteFallback, let bytes = vocab.byteFallbackIds(for: symbol) {
                ids += bytes
                continue
            }
            guard let unkId = try unknownId() else { continue }
            if pendingUnknown && !fuseUnk { ids.append(unkId) }
            pendingUnknown = true
        }
        if pendingUnknown, let unkId = try unknownId() { ids.append(unkId) }
        return ids
    }

    private func unknownId() throws -> Int? {
        guard let unkToken else { return nil }
        guard let id = vocab[unkToken] else {
            throw TokenizerError.invalidInput("BPE unk_token \(unkToken.debugDescription) is not in the vocabulary")
        }
        return id
    }

    /// Applies merges best rank first (leftmost first among equal ranks), over a linked list of symbols.
    private func merge(_ symbols: [Int]) -> [Int] {
        guard symbols.count > 1 else { return symbols }
        var ids = symbols
        var next = Array(1...symbols.count)
        var previous = Array(-1..<(symbols.count - 1))
        var alive = [Bool](repeating: true, count: symbols.count)
        var queue = PriorityQueue<MergeCandidate>()
        for position in 0..<(ids.count - 1) {
            if let merge = merges[ids[position] << 32 | ids[position + 1]] {
                queue.push(MergeCandidate(rank: merge.rank, position: position, id: merge.id))
            }
        }
        while let top = queue.pop() {
            let position = top.position
            guard alive[position], next[position] < ids.count else { continue }
            let right = next[position]
            guard let merge = merges[ids[position] << 32 | ids[right]], merge.id == top.id else { continue }
            ids[position] = merge.id
            alive[right] = false
            next[position] = next[right]
            if next[right] < ids.count { previous[next[right]] = position }
            if previous[position] >= 0, let left = merges[ids[previous[position]] << 32 | ids[position]] {
                queue.push(MergeCandidate(rank: left.rank, position: previous[position], id: left.id))
            }
            if next[position] < ids.count, let after = merges[ids[position] << 32 | ids[next[position]]] {
                queue.push(MergeCandidate(rank: after.rank, position: position, id: after.id))
            }
        }
        return ids.indices.filter { alive[$0] }.map { ids[$0] }
    }
}
