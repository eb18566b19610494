/// SentencePiece's Unigram model: the segmentation with the highest total log-probability (Viterbi), found over
/// a byte trie of the vocabulary so each position only visits the pieces that start there.
///
/// Characters no piece covers become the unknown token (consecutive ones fused into one), or their UTF-8 bytes
/// as `<0xXX>` pieces when `byte_fallback` is on.
struct UnigramModel: TokenizerModel {
    let pieces: [String]
    let scores: [Double]
    let unkId: Int?
    let byteFallback: Bool
    private let ids: Vocabulary
    private let trie: ByteTrie
    /// The score given to an unknown character: the lowest piece score less 10, as SentencePiece does.
    private let unknownScore: Double

    init(json: JSONObject) throws {
        var pieces: [String] = []
        var scores: [Double] = []
        for (index, entry) in try json.array("vocab").enumerated() {
            guard let pair = entry.arrayValue, pair.count == 2, let piece = pair[0].stringValue,
                  let score = pair[1].numberValue else {
                throw json.failure("entry \(index) is not a [piece, score] pair", key: "vocab")
            }
            pieces.append(piece)
            scores.append(score)
        }
        let unkId = try json.optionalInt("unk_id")
        if let unkId, !pieces.indices.contains(unkId) {
            throw json.failure("unk_id \(unkId) is outside the vocabulary of \(pieces.count)", key: "unk_id")
        }
        self.init(pieces: pieces, scores: scores, unkId: unkId, byteFallback: try json.bool("byte_fallback", default: false))
    }

    init(pieces: [String], scores: [Double], unkId: Int?, byteFallback: Bool) {
        self.pieces = pieces
        self.scores = scores
        self.unkId = unkId
        self.byteFallback = byteFallback
        var ids = Vocabulary(minimumCapacity: pieces.count)
        var trie = ByteTrie()
        for (id, piece) in pieces.enumerated() {
            ids[piece] = id
            trie.insert(piece.utf8, value: id)
        }
        self.ids = ids
        self.trie = trie
        unknownScore = (scores.min() ?? 0) - 10
    }

    var vocabSize: Int { pieces.count }
    func tokenToId(_ token: String) -> Int? { ids[token] }
    func idToToken(_ id: Int) -> String? { pieces.indices.contains(id) ? pieces[id] : nil }

    func tokenize(_ piece: String) throws -> [Int] {
        var result: [Int] = []
        for segment in segment(piece) {
            guard case let .unknown(segment) = segment else {
                if case let .piece(id) = segment { result.append(id) }
                continue
            }
            if let id = ids[segment] {
                result.append(id)
            } else if byteFallback, let bytes = ids.byteFallbackIds(for: segment) {
                result += bytes
            } else if let unkId {
                result.append(unkId)
            } else {
                throw TokenizerError.invalidInput("Unigram model has no unk_id for \(segment.debugDescription)")
            }
        }
        return result
    }

    /// A part of the best segmentation: a vocabulary piece, or a fused stretch of unknown characters.
    enum Segment: Equatable {
        case piece(Int)
        case unknown(String)
    }

    /// The best segmentation of `text`, unknown stretches fused.
    func segment(_ text: String) -> [Segment] {
        var bytes = Array(text.utf8)
        let count = bytes.count
        if count == 0 { return [] }
        // best[end] = (score, start, id) of the best path ending at byte `end`.
        var bestScore = [Double](repeating: 0, count: count + 1)
        var bestStart = [Int](repeating: -1, count: count + 1)
        var bestId = [Int](repeating: -1, count: count + 1)
        bytes.withUnsafeMutableBufferPointer { buffer in
            let view = UnsafeBufferPointer(buffer)
            var start = 0
            while start < count {
                let scoreHere = bestScore[start]
                let characterLength = Self.utf8Length(leadingByte: view[start])
                var coversCharacter = false
                trie.forEachPrefix(of: view, from: start) { end, id in
                    let candidate = scoreHere + scores[id]
                    if bestStart[end] < 0 || candidate > bestScore[end] {
                        bestScore[end] = candidate
                        bestStart[end] = start
                        bestId[end] = id
                    }
                    if end - start == characterLength { coversCharacter = true }
                }
                let end = min(start + characterLength, count)
                if !coversCharacter {
                    let candidate = scoreHere + unknownScore
                    if bestStart[end] < 0 || candidate > bestScore[end] {
                        bestScore[end] = candidate
                        bestStart[end] = start
                        bestId[end] = unkId ?? -1
                    }
                }
                start = end
            }
        }
        return backtrack(bytes, bestStart: bestStart, bestId: bestId)
    }

    private func backtrack(_ bytes: [UInt8], bestStart: [Int], bestId: [Int]) -> [Segment] {
        var segments: [Segment] = []
        var unknownEnd: Int?
        var end = bytes.count
        while end > 0 {
            let start = bestStart[end]
            let isUnknown = bestId[end] < 0 || bestId[end] == unkId
            if isUnknown {
                if unknownEnd == nil { unknownEnd = end }
            } else {
                if let stop = unknownEnd {
                    segments.append(.unknown(String(decoding: bytes[end..<stop], as: UTF8.self)))
                    unknownEnd = nil
                }
                segments.append(.piece(bestId[end]))
            }
            end = start
        }
        if let stop = unknownEnd { segments.append(.unknown(String(decoding: bytes[0..<stop], as: UTF8.self))) }
        return segments.reversed()
    }

    private static func utf8Length(leadingByte byte: UInt8) -> Int {
        switch byte {
        case 0xF0...: return 4
        case 0xE0...: return 3
        case 0xC0...: return 2
        default: return 1
        }
    }
}
