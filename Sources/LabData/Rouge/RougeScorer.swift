/// rouge_score's `RougeScorer`: scores a prediction against a target for several ROUGE types.
public struct RougeScorer {
    public let types: [RougeType]
    private let tokenizer: RougeTokenizer

    public init(types: [RougeType] = RougeType.defaults, useStemmer: Bool = false) {
        self.types = types
        tokenizer = RougeTokenizer(useStemmer: useStemmer)
    }

    /// Scores for each type, keyed by type.
    /// - Throws: `DatasetError` (MemoryError) when a rougeLsum sentence pair is too long to compare.
    public func score(target: String, prediction: String) throws -> [RougeType: RougeScore] {
        let targetTokens = tokenizer.tokenize(target)
        let predictionTokens = tokenizer.tokenize(prediction)
        var result: [RougeType: RougeScore] = [:]
        for type in types {
            switch type {
            case .ngram(let n):
                result[type] = Self.ngramScore(target: targetTokens, prediction: predictionTokens, n: n)
            case .lcs:
                result[type] = Self.lcsScore(target: targetTokens, prediction: predictionTokens)
            case .summaryLCS:
                result[type] = try Self.summaryLCSScore(target: sentences(target), prediction: sentences(prediction))
            }
        }
        return result
    }

    /// `score_multi`: for each type, the score of the target with the highest F (first on ties);
    /// empty when `targets` is empty.
    public func score(targets: [String], prediction: String) throws -> [RougeType: RougeScore] {
        let all = try targets.map { try score(target: $0, prediction: prediction) }
        var best: [RougeType: RougeScore] = [:]
        for type in types {
            for candidate in all where best[type] == nil || candidate[type]!.fmeasure > best[type]!.fmeasure {
                best[type] = candidate[type]
            }
        }
        return best
    }

    /// Sentences for rougeLsum: the text split on "\n", empty lines dropped, each tokenized.
    private func sentences(_ text: String) -> [[String]] {
        text.split(separator: "\n", omittingEmptySubsequences: true).map { tokenizer.tokenize(String($0)) }
    }

    static func ngramScore(target: [String], prediction: [String], n: Int) -> RougeScore {
        let targetCounts = ngramCounts(target, n)
        let predictionCounts = ngramCounts(prediction, n)
        let overlap = targetCounts.reduce(0) { $0 + min($1.value, predictionCounts[$1.key] ?? 0) }
        let targetTotal = max(target.count - n + 1, 0)
        let predictionTotal = max(prediction.count - n + 1, 0)
        return RougeScore(precision: Double(overlap) / Double(max(predictionTotal, 1)),
                          recall: Double(overlap) / Double(max(targetTotal, 1)))
    }

    /// n-gram counts keyed by the n tokens joined with spaces (tokens never hold spaces).
    private static func ngramCounts(_ tokens: [String], _ n: Int) -> [String: Int] {
        var counts: [String: Int] = [:]
        if tokens.count >= n {
            for start in 0...(tokens.count - n) { counts[tokens[start..<(start + n)].joined(separator: " "), default: 0] += 1 }
        }
        return counts
    }

    static func lcsScore(target: [String], prediction: [String]) -> RougeScore {
        guard !target.isEmpty, !prediction.isEmpty else { return .zero }
        let length = lcsLength(target, prediction)
        return RougeScore(precision: Double(length) / Double(prediction.count),
                          recall: Double(length) / Double(target.count))
    }

    /// Summary-level LCS (ROUGE paper §3.2): for each reference sentence, the union of its LCS
    /// token positions with every candidate sentence; hits are counted against the token counts of
    /// both summaries so no token is counted twice.
    static func summaryLCSScore(target: [[String]], prediction: [[String]]) throws -> RougeScore {
        let m = target.reduce(0) { $0 + $1.count }
        let n = prediction.reduce(0) { $0 + $1.count }
        guard !target.isEmpty, !prediction.isEmpty, m > 0, n > 0 else { return .zero }
        var targetCounts: [String: Int] = [:]
        var predictionCounts: [String: Int] = [:]
        for token in target.joined() { targetCounts[token, default: 0] += 1 }
        for token in prediction.joined() { predictionCounts[token, default: 0] += 1 }
        var hits = 0
        for sentence in target {
            let union = Set(try prediction.flatMap { try lcsIndices(sentence, $0) }).sorted()
            for token in union.map({ sentence[$0] })
            where (predictionCounts[token] ?? 0) > 0 && (targetCounts[token] ?? 0) > 0 {
                hits += 1
                predictionCounts[token]! -= 1
                targetCounts[token]! -= 1
            }
        }
        return RougeScore(precision: Double(hits) / Double(n), recall: Double(hits) / Double(m))
    }

    /// Positions in `reference` of one LCS with `candidate`, read back from the table the way
    /// rouge_score does (prefer moving left in the candidate only when strictly better).
    private static func lcsIndices(_ reference: [String], _ candidate: [String]) throws -> [Int] {
        let cells = (reference.count + 1).multipliedReportingOverflow(by: candidate.count + 1)
        guard !cells.overflow, cells.partialValue <= LCSTable.maxCells else {
            throw DatasetError(.memoryError, "rougeLsum: comparing sentences of \(reference.count) and \(candidate.count) tokens needs a table of \(reference.count + 1) × \(candidate.count + 1) cells (at most \(LCSTable.maxCells)); split the texts into sentences with newlines")
        }
        let table = LCSTable(reference, candidate)
        var i = reference.count
        var j = candidate.count
        var indices: [Int] = []
        while i > 0 && j > 0 {
            if reference[i - 1] == candidate[j - 1] {
                indices.append(i - 1)
                i -= 1
                j -= 1
            } else if table[i, j - 1] > table[i - 1, j] {
                j -= 1
            } else {
                i -= 1
            }
        }
        return indices.reversed()
    }
}

/// The length of a longest common subsequence of `a` and `b`, by the bit-parallel algorithm
/// (Allison and Dix 1986; Hyyrö 2004): one bit per token of `b`, one pass of word-wide additions
/// per token of `a`, so O(|a|·|b|/64) time and O(|b|) memory. It equals `LCSTable`'s last cell.
func lcsLength(_ a: [String], _ b: [String]) -> Int {
    guard !a.isEmpty, !b.isEmpty else { return 0 }
    var positions: [String: [Int]] = [:]
    for (j, token) in b.enumerated() { positions[token, default: []].append(j) }
    let words = (b.count + 63) / 64
    // V: a 1 bit for each position of b not yet matched (the complement of the DP row's steps).
    var v = [UInt64](repeating: .max, count: words)
    var match = [UInt64](repeating: 0, count: words)
    for token in a {
        guard let hits = positions[token] else { continue }
        for j in hits { match[j >> 6] |= 1 << UInt64(j & 63) }
        var carry: UInt64 = 0
        for w in 0..<words {
            let x = v[w], m = match[w], u = x & m
            let (sum, overflow1) = x.addingReportingOverflow(u)
            let (total, overflow2) = sum.addingReportingOverflow(carry)
            carry = overflow1 || overflow2 ? 1 : 0
            v[w] = total | (x & ~m)
        }
        for j in hits { match[j >> 6] = 0 }
    }
    var unmatched = 0
    for j in 0..<b.count where v[j >> 6] & (1 << UInt64(j & 63)) != 0 { unmatched += 1 }
    return b.count - unmatched
}

/// The dynamic-programming table of longest common subsequences: `table[i, j]` is the LCS length
/// of `a[..<i]` and `b[..<j]`, stored row-major in one array.
struct LCSTable {
    /// The largest table built (1 GiB of Int32 cells); longer sentence pairs are refused.
    static let maxCells = 1 << 28
    private var cells: [Int32]
    private let width: Int

    init(_ a: [String], _ b: [String]) {
        width = b.count + 1
        cells = Array(repeating: 0, count: (a.count + 1) * width)
        for i in a.indices {
            for j in b.indices {
                cells[(i + 1) * width + j + 1] = a[i] == b[j]
                    ? cells[i * width + j] + 1 : Swift.max(cells[i * width + j + 1], cells[(i + 1) * width + j])
            }
        }
    }

    subscript(i: Int, j: Int) -> Int { Int(cells[i * width + j]) }
}
