import Foundation

/// Trains a SentencePiece-style Unigram vocabulary, with the parameters and algorithm of the reference's
/// `trainers.UnigramTrainer`:
///
/// 1. Seeds: every character, then the repeated substrings of the words ranked by occurrences × length.
/// 2. EM: `subIterations` rounds of expected piece counts over each word's lattice (forward-backward), then
///    new log-probabilities with the Bayesian (digamma) update, dropping pieces expected less than ½ time.
/// 3. Pruning: while the vocabulary is above 1.1 × `vocabSize`, keep the pieces whose removal would cost the
///    most likelihood, shrinking by `shrinkingFactor` each time; then EM again.
/// 4. Final vocabulary: special tokens (ids 0…), then all characters and the best pieces, by score.
///
/// Training is deterministic: words, characters and ties are all taken in a fixed order.
public struct UnigramTrainer: TokenizerTrainer {
    public var vocabSize: Int
    public var specialTokens: [String]
    public var unkToken: String?
    public var maxPieceLength: Int
    public var shrinkingFactor: Double
    public var subIterations: Int
    /// Characters kept in the vocabulary even when the words lack them.
    public var initialAlphabet: [Unicode.Scalar]
    /// The most seed pieces taken from the words.
    public var seedSize: Int

    public init(vocabSize: Int = 8000, specialTokens: [String] = [], unkToken: String? = nil, maxPieceLength: Int = 16,
                shrinkingFactor: Double = 0.75, subIterations: Int = 2, initialAlphabet: [Unicode.Scalar] = [],
                seedSize: Int = 1_000_000) {
        self.vocabSize = vocabSize
        self.specialTokens = specialTokens
        self.unkToken = unkToken
        self.maxPieceLength = maxPieceLength
        self.shrinkingFactor = shrinkingFactor
        self.subIterations = subIterations
        self.initialAlphabet = initialAlphabet
        self.seedSize = seedSize
    }

    public var modelType: String { "Unigram" }

    public func train(_ words: WordCounts, shouldStop: () -> Bool) throws -> TrainedModel {
        try validate()
        let scalars = words.words.map { Array($0.unicodeScalars) }
        let characters = requiredCharacters(scalars)
        guard characters.count <= vocabSize else {
            throw TokenizerError.invalidInput("UnigramTrainer: vocab_size \(vocabSize) is smaller than the \(characters.count) characters of the training data")
        }
        var run = UnigramTrainingRun(trainer: self, words: words, seeds: seedPieces(words, scalars))
        try run.train(shouldStop: shouldStop)
        return finalModel(run.vocabulary, characters: characters)
    }

    private func validate() throws {
        guard vocabSize > specialTokens.count else {
            throw TokenizerError.invalidInput("UnigramTrainer: vocab_size \(vocabSize) leaves no room beside \(specialTokens.count) special tokens")
        }
        guard maxPieceLength >= 1 else { throw TokenizerError.invalidInput("UnigramTrainer: max_piece_length must be at least 1, not \(maxPieceLength)") }
        guard shrinkingFactor > 0 && shrinkingFactor < 1 else {
            throw TokenizerError.invalidInput("UnigramTrainer: shrinking_factor must be between 0 and 1, not \(shrinkingFactor)")
        }
        guard subIterations >= 1 else { throw TokenizerError.invalidInput("UnigramTrainer: n_sub_iterations must be at least 1, not \(subIterations)") }
    }

    /// Every character of the words and the initial alphabet, in scalar order.
    private func requiredCharacters(_ words: [[Unicode.Scalar]]) -> [Unicode.Scalar] {
        var seen = Set(initialAlphabet)
        for word in words { seen.formUnion(word) }
        return seen.sorted { $0.value < $1.value }
    }

    /// The seed pieces with log-probability scores: characters by count (weighted by word counts), then
    /// repeated substrings by occurrences × length (each distinct word counted once, as the reference does);
    /// ties go to the greater string.
    func seedPieces(_ words: WordCounts, _ scalars: [[Unicode.Scalar]]) -> [(piece: String, score: Double)] {
        var characterCounts: [Unicode.Scalar: Int] = [:]
        for (word, count) in zip(scalars, words.counts) {
            for scalar in word where scalar != "\0" { characterCounts[scalar, default: 0] += count }
        }
        var seeds = characterCounts.sorted { ($0.value, $0.key.value) > ($1.value, $1.key.value) }
            .map { (piece: String($0.key), score: Double($0.value)) }
        let repeated = RepeatedSubstrings(words: scalars, maxLength: maxPieceLength)
        let ranked = repeated.substrings.map { (score: $0.occurrences * $0.length, scalars: repeated.scalars($0)) }
            .sorted { $0.score != $1.score ? $0.score > $1.score : $1.scalars.lexicographicallyPrecedes($0.scalars) }
        for substring in ranked.prefix(max(0, seedSize - seeds.count)) {
            seeds.append((String(scalars: substring.scalars.compactMap(Unicode.Scalar.init)), Double(substring.score)))
        }
        let logTotal = log(seeds.reduce(0) { $0 + $1.score })
        return seeds.map { ($0.piece, log($0.score) - logTotal) }
    }

    /// The vocabulary of `vocabSize`: special tokens (the unknown token first if it is not one of them), then
    /// by descending score every character (those EM dropped scored just under the lowest piece) and the best
    /// remaining pieces.
    private func finalModel(_ vocabulary: [(piece: String, score: Double)], characters: [Unicode.Scalar]) -> TrainedModel {
        var specials = specialTokens
        var unkId: Int?
        if let unkToken {
            if let index = specialTokens.firstIndex(where: { $0.isExactly(unkToken) }) {
                unkId = index
            } else {
                specials.insert(unkToken, at: 0)
                unkId = 0
            }
        }
        let trained = vocabulary.dropFirst()
        let scores = Dictionary(trained.map { (ExactString($0.piece), $0.score) }, uniquingKeysWith: { first, _ in first })
        let lowest = trained.map(\.score).filter { !$0.isNaN }.min() ?? 0
        var pieces: [(piece: String, score: Double)] = []
        var taken = Set<ExactString>()
        var penalty = 0.0
        for character in characters.map(String.init) {
            taken.insert(ExactString(character))
            if let score = scores[ExactString(character)] {
                pieces.append((character, score))
            } else {
                pieces.append((character, lowest + penalty))
                penalty += 0.0001
            }
        }
        let target = vocabSize - specials.count
        for entry in trained where pieces.count < target && !taken.contains(ExactString(entry.piece)) {
            taken.insert(ExactString(entry.piece))
            pieces.append((entry.piece, entry.score.isNaN ? 0 : entry.score))
        }
        let ordered = pieces.enumerated().sorted { $0.element.score != $1.element.score ? $0.element.score > $1.element.score : $0.offset < $1.offset }
        let all = specials.map { ($0, 0.0) } + ordered.map(\.element)
        return TrainedModel(unigram: UnigramModel(pieces: all.map(\.0), scores: all.map(\.1), unkId: unkId, byteFallback: false),
                            specialTokens: specials)
    }
}
