import Foundation

/// The state of one Unigram training: the words, the seed pieces and where they occur, and the current
/// vocabulary (piece 0 is a training-only unknown piece with a NaN score, the others are seeds).
struct UnigramTrainingRun {
    let trainer: UnigramTrainer
    let counts: [Double]
    let seedNames: [String]
    private let wordOccurrences: SeedOccurrences
    private let seedOccurrences: SeedOccurrences
    /// The seed index of each vocabulary piece (-1 for the unknown piece) and its log-probability.
    private(set) var seedOfPiece: [Int]
    private(set) var scores: [Double]
    private var lattice = UnigramLattice()

    init(trainer: UnigramTrainer, words: WordCounts, seeds: [(piece: String, score: Double)]) {
        self.trainer = trainer
        counts = words.counts.map(Double.init)
        seedNames = seeds.map(\.piece)
        var trie = ByteTrie()
        for (index, seed) in seeds.enumerated() { trie.insert(seed.piece.utf8, value: index) }
        wordOccurrences = SeedOccurrences(texts: words.words, seeds: trie)
        seedOccurrences = SeedOccurrences(texts: seedNames, seeds: trie)
        seedOfPiece = [-1] + Array(seeds.indices)
        scores = [.nan] + seeds.map(\.score)
    }

    /// The vocabulary as (piece, score) pairs, the unknown piece first.
    var vocabulary: [(piece: String, score: Double)] {
        zip(seedOfPiece, scores).map { ($0 < 0 ? "<UNK>" : seedNames[$0], $1) }
    }

    /// EM rounds and pruning until the vocabulary is at most 1.1 × the wanted size.
    /// - Throws: ``TrainingInterrupted`` when `shouldStop` returns true before an EM round.
    mutating func train(shouldStop: () -> Bool) throws {
        let desiredSize = trainer.vocabSize * 11 / 10
        while true {
            for _ in 0..<trainer.subIterations {
                if shouldStop() { throw TrainingInterrupted() }
                maximize(expectedCounts())
            }
            if scores.count <= desiredSize { break }
            prune(toAtLeast: max(desiredSize, Int(Double(scores.count) * trainer.shrinkingFactor)))
        }
    }

    // MARK: EM

    /// E step: each piece's expected count over all segmentations of all words.
    mutating func expectedCounts() -> [Double] {
        let pieceOfSeed = piecesBySeed(), unknownScore = unknownScore
        var expected = [Double](repeating: 0, count: scores.count)
        for word in counts.indices {
            wordOccurrences.fill(&lattice, text: word, pieceOfSeed: pieceOfSeed, scores: scores, unknownPiece: 0, unknownScore: unknownScore)
            lattice.addMarginals(weight: counts[word], into: &expected)
        }
        return expected
    }

    /// M step: drops pieces expected less than ½ time and scores the others ψ(count) − ψ(total), the
    /// variational-Bayes update that acts as a sparse prior.
    mutating func maximize(_ expected: [Double]) {
        let kept = scores.indices.filter { $0 == 0 || expected[$0] >= 0.5 }
        let logTotal = digamma(kept.dropFirst().reduce(0) { $0 + expected[$1] })
        seedOfPiece = kept.map { seedOfPiece[$0] }
        scores = kept.map { $0 == 0 ? .nan : digamma(expected[$0]) - logTotal }
    }

    // MARK: Pruning

    /// Keeps `size` pieces: those never worth removing, then the others by how much likelihood their removal
    /// would lose, estimated by moving each piece's Viterbi count to the pieces of its second-best segmentation.
    mutating func prune(toAtLeast size: Int) {
        let alternatives = alternativeSegmentations()
        let frequencies = viterbiCounts()
        let total = frequencies.reduce(0, +)
        let wordTotal = counts.reduce(0, +)
        var kept = [0]
        var candidates: [(piece: Int, loss: Double)] = []
        for piece in scores.indices.dropFirst() {
            let frequency = frequencies[piece]
            guard let alternative = alternatives[piece] else {
                if frequency > 0 { kept.append(piece) }
                continue
            }
            if alternative.isEmpty {
                kept.append(piece)
                continue
            }
            guard frequency > 0 else { continue }
            // The reference multiplies by the vocabulary size less one here where SentencePiece uses the
            // alternative's piece count; its choice is kept so that vocabularies match.
            let logTotalAfter = log(total + frequency * Double(scores.count - 1))
            let logProbability = log(frequency) - log(total)
            let logProbabilityAfter = alternative.reduce(0) { $0 + log(frequencies[$1] + frequency) - logTotalAfter }
            candidates.append((piece, frequency / wordTotal * (logProbability - logProbabilityAfter)))
        }
        candidates.sort { $0.loss != $1.loss ? $0.loss > $1.loss : $0.piece < $1.piece }
        kept += candidates.prefix(max(0, size - kept.count)).map(\.piece)
        seedOfPiece = kept.map { seedOfPiece[$0] }
        scores = kept.map { scores[$0] }
    }

    /// For each piece: nil when it loses its own best segmentation (it can go when unused), an empty list when
    /// it has no other segmentation (it always stays), else the pieces of its second-best segmentation.
    private mutating func alternativeSegmentations() -> [[Int]?] {
        let pieceOfSeed = piecesBySeed(), unknownScore = unknownScore
        var result: [[Int]?] = [[]]
        for piece in scores.indices.dropFirst() {
            seedOccurrences.fill(&lattice, text: seedOfPiece[piece], pieceOfSeed: pieceOfSeed, scores: scores,
                                 unknownPiece: 0, unknownScore: unknownScore)
            let best = lattice.bestPath()
            guard best.count == 1 else {
                result.append(nil)
                continue
            }
            result.append(lattice.bestPath(skippingWholeSpan: true))
        }
        return result
    }

    /// Each piece's count in the best segmentations of the words.
    private mutating func viterbiCounts() -> [Double] {
        let pieceOfSeed = piecesBySeed(), unknownScore = unknownScore
        var frequencies = [Double](repeating: 0, count: scores.count)
        for word in counts.indices {
            wordOccurrences.fill(&lattice, text: word, pieceOfSeed: pieceOfSeed, scores: scores, unknownPiece: 0, unknownScore: unknownScore)
            for piece in lattice.bestPath() { frequencies[piece] += counts[word] }
        }
        return frequencies
    }

    // MARK: Helpers

    /// The vocabulary piece of each seed, or -1 for seeds no longer in it.
    private func piecesBySeed() -> [Int] {
        var result = [Int](repeating: -1, count: seedNames.count)
        for (piece, seed) in seedOfPiece.enumerated() where seed >= 0 { result[seed] = piece }
        return result
    }

    /// The score of an unknown character: the lowest piece score less 10.
    private var unknownScore: Double {
        (scores.filter { !$0.isNaN }.min() ?? 0) - 10
    }
}
