/// The merge loop of BPE training, following the reference's bookkeeping exactly (which decides ties and
/// repeated merges): pair counts over all words, and a queue of (pair, count, words holding it) entries whose
/// stale counts are refreshed when they reach the top.
struct BPETrainingRun {
    /// A pair of token ids packed as `left << 32 | right`, so that packed order is (left, right) order.
    typealias Pair = Int

    private struct Entry: Prioritized {
        let pair: Pair
        var count: Int
        /// The words the pair was found in when the entry was made.
        let words: Set<Int>

        /// The higher count first; on a tie, the smaller pair.
        func precedes(_ other: Entry) -> Bool { count != other.count ? count > other.count : pair < other.pair }
    }

    private var words: [[Int]]
    /// Each word's symbols' lengths in characters, for `maxTokenLength`.
    private var lengths: [[Int]]
    private let counts: [Int]
    private(set) var vocabulary: TokenList
    /// Merged pairs in order; a pair can be merged again when it turns up in words its first merge skipped.
    private var mergedPairs: [Pair] = []
    private let maxTokenLength: Int
    private var pairCounts: [Pair: Int] = [:]
    private var queue = PriorityQueue<Entry>()

    init(words: [[Int]], counts: [Int], vocabulary: TokenList, maxTokenLength: Int) {
        self.words = words
        lengths = words.map { [Int](repeating: 1, count: $0.count) }
        self.counts = counts
        self.vocabulary = vocabulary
        self.maxTokenLength = maxTokenLength
        var found: [Pair: Set<Int>] = [:]
        for (index, word) in words.enumerated() {
            for (left, right) in zip(word, word.dropFirst()) {
                let pair = left << 32 | right
                pairCounts[pair, default: 0] += counts[index]
                found[pair, default: []].insert(index)
            }
        }
        enqueue(found)
    }

    /// Merges the best pair until the vocabulary has `size` tokens or the best pair is rarer than `minFrequency`.
    /// - Throws: ``TrainingInterrupted`` when `shouldStop` returns true before a merge.
    mutating func merge(until size: Int, minFrequency: Int, continuingSubwordPrefix: String?, shouldStop: () -> Bool) throws {
        while vocabulary.count < size, var top = queue.pop() {
            if shouldStop() { throw TrainingInterrupted() }
            let current = pairCounts[top.pair] ?? 0
            if top.count != current {
                top.count = current
                queue.push(top)
                continue
            }
            if top.count < 1 || minFrequency > top.count { break }
            let left = vocabulary.tokens[top.pair >> 32], right = vocabulary.tokens[top.pair & 0xFFFF_FFFF]
            var suffix = right
            if let prefix = continuingSubwordPrefix, right.hasPrefix(prefix) {
                suffix = String(right.unicodeScalars.dropFirst(prefix.unicodeScalars.count))
            }
            let id = vocabulary.add(left + suffix)
            mergedPairs.append(top.pair)
            var found: [Pair: Set<Int>] = [:]
            for index in top.words.sorted() {
                for (pair, change) in replace(top.pair, with: id, inWord: index) {
                    pairCounts[pair, default: 0] += change * counts[index]
                    if change > 0 { found[pair, default: []].insert(index) }
                }
            }
            enqueue(found)
        }
    }

    /// The merges as (left, right) tokens in rank order; a pair merged twice keeps its later rank, as the
    /// reference's merge table does.
    var merges: [(String, String)] {
        var lastRank: [Pair: Int] = [:]
        for (rank, pair) in mergedPairs.enumerated() { lastRank[pair] = rank }
        return mergedPairs.enumerated().filter { lastRank[$0.element] == $0.offset }.map {
            (vocabulary.tokens[$0.element >> 32], vocabulary.tokens[$0.element & 0xFFFF_FFFF])
        }
    }

    private mutating func enqueue(_ found: [Pair: Set<Int>]) {
        for (pair, words) in found.sorted(by: { $0.key < $1.key }) {
            let count = pairCounts[pair] ?? 0
            if count > 0 { queue.push(Entry(pair: pair, count: count, words: words)) }
        }
    }

    /// Replaces each occurrence of `pair` in a word, left to right, and returns the changes in pair counts
    /// (pairs around a merge that would exceed `maxTokenLength` are not counted).
    private mutating func replace(_ pair: Pair, with id: Int, inWord index: Int) -> [(Pair, Int)] {
        let first = pair >> 32, second = pair & 0xFFFF_FFFF
        var symbols = words[index], sizes = lengths[index]
        var changes: [(Pair, Int)] = []
        var position = 0
        while position < symbols.count {
            if symbols[position] == first && position + 1 < symbols.count && symbols[position + 1] == second {
                let size = sizes[position] + sizes[position + 1]
                if position > 0 {
                    changes.append((symbols[position - 1] << 32 | first, -1))
                    if sizes[position - 1] + size < maxTokenLength { changes.append((symbols[position - 1] << 32 | id, 1)) }
                }
                symbols.replaceSubrange(position...(position + 1), with: [id])
                sizes.replaceSubrange(position...(position + 1), with: [size])
                if position < symbols.count - 1 {
                    changes.append((second << 32 | symbols[position + 1], -1))
                    if sizes[position + 1] + size < maxTokenLength { changes.append((id << 32 | symbols[position + 1], 1)) }
                }
            }
            position += 1
        }
        words[index] = symbols
        lengths[index] = sizes
        return changes
    }
}
