/// Trains a byte-pair-encoding vocabulary with the parameters and merge order of the reference's
/// `trainers.BpeTrainer`: special tokens first, then the alphabet in code point order, then one token per merge
/// of the most frequent adjacent pair (ties to the pair of lowest ids), until `vocabSize` tokens or no pair
/// occurs `minFrequency` times.
public struct BPETrainer: TokenizerTrainer {
    public var vocabSize: Int
    public var minFrequency: Int
    public var specialTokens: [String]
    /// The most characters kept in the alphabet (the rarest go first); nil keeps all.
    public var limitAlphabet: Int?
    /// Characters always in the alphabet, such as the byte-level alphabet.
    public var initialAlphabet: [Unicode.Scalar]
    public var continuingSubwordPrefix: String?
    public var endOfWordSuffix: String?
    /// The most characters a merged token may span; nil for no limit.
    public var maxTokenLength: Int?

    public init(vocabSize: Int = 30000, minFrequency: Int = 0, specialTokens: [String] = [], limitAlphabet: Int? = nil,
                initialAlphabet: [Unicode.Scalar] = [], continuingSubwordPrefix: String? = nil, endOfWordSuffix: String? = nil,
                maxTokenLength: Int? = nil) {
        self.vocabSize = vocabSize
        self.minFrequency = minFrequency
        self.specialTokens = specialTokens
        self.limitAlphabet = limitAlphabet
        self.initialAlphabet = initialAlphabet
        self.continuingSubwordPrefix = continuingSubwordPrefix
        self.endOfWordSuffix = endOfWordSuffix
        self.maxTokenLength = maxTokenLength
    }

    public var modelType: String { "BPE" }

    public func train(_ words: WordCounts, shouldStop: () -> Bool) throws -> TrainedModel {
        var vocabulary = TokenList()
        for token in specialTokens { vocabulary.add(token) }
        for character in alphabet(words) { vocabulary.add(String(character)) }
        var run = BPETrainingRun(words: symbols(words, &vocabulary), counts: words.counts, vocabulary: vocabulary,
                                 maxTokenLength: maxTokenLength ?? .max)
        try run.merge(until: vocabSize, minFrequency: minFrequency, continuingSubwordPrefix: continuingSubwordPrefix,
                      shouldStop: shouldStop)
        return try TrainedModel(bpe: run.vocabulary.tokens, merges: run.merges, specialTokens: specialTokens,
                                continuingSubwordPrefix: continuingSubwordPrefix, endOfWordSuffix: endOfWordSuffix)
    }

    /// The characters of the words (and the initial alphabet, always kept), without the rarest beyond
    /// `limitAlphabet`, in code point order.
    private func alphabet(_ words: WordCounts) -> [Unicode.Scalar] {
        var counts: [Unicode.Scalar: Int] = [:]
        for (word, count) in zip(words.words, words.counts) {
            for scalar in word.unicodeScalars { counts[scalar, default: 0] += count }
        }
        for scalar in initialAlphabet { counts[scalar] = .max }
        var kept = counts.sorted { ($0.value, $0.key.value) < ($1.value, $1.key.value) }
        if let limitAlphabet, kept.count > limitAlphabet { kept.removeFirst(kept.count - limitAlphabet) }
        return kept.map(\.key).sorted { $0.value < $1.value }
    }

    /// Each word as the ids of its characters in the alphabet (others dropped), with the continuing-subword
    /// prefix and end-of-word suffix added (new tokens for those forms join the vocabulary).
    private func symbols(_ words: WordCounts, _ vocabulary: inout TokenList) -> [[Int]] {
        words.words.map { word in
            let scalars = Array(word.unicodeScalars)
            return scalars.indices.compactMap { index -> Int? in
                var symbol = String(scalars[index])
                guard vocabulary.id(of: symbol) != nil else { return nil }
                if index > 0, let prefix = continuingSubwordPrefix { symbol = prefix + symbol }
                if index == scalars.count - 1, let suffix = endOfWordSuffix { symbol += suffix }
                return vocabulary.add(symbol)
            }
        }
    }
}

/// Tokens in id order with lookup by exact string.
struct TokenList {
    private(set) var tokens: [String] = []
    private var ids: [ExactString: Int] = [:]

    var count: Int { tokens.count }

    func id(of token: String) -> Int? { ids[ExactString(token)] }

    /// The token's id, adding it at the end when new.
    @discardableResult
    mutating func add(_ token: String) -> Int {
        if let id = ids[ExactString(token)] { return id }
        tokens.append(token)
        ids[ExactString(token)] = tokens.count - 1
        return tokens.count - 1
    }
}
