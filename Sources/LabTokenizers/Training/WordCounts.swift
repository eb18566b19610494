/// The words a trainer learns from: each distinct pre-tokenized piece of the training texts with how often it
/// occurs, in a fixed order (by UTF-8 bytes) so that training never depends on hash order.
public struct WordCounts {
    public private(set) var words: [String] = []
    public private(set) var counts: [Int] = []

    /// Counts the pieces of `texts` after `normalizer` and `preTokenizer` (each whole normalized text is one
    /// piece without a pre-tokenizer), as the reference's `train_from_iterator` feeds its trainers.
    public init<Texts: Sequence>(texts: Texts, normalizer: Normalizer?, preTokenizer: PreTokenizer?) where Texts.Element == String {
        var table: [ExactString: Int] = [:]
        for text in texts {
            let normalized = normalizer?.normalize(text) ?? text
            let pieces = preTokenizer?.preTokenize(normalized) ?? (normalized.isEmpty ? [] : [normalized])
            for piece in pieces { table[ExactString(piece), default: 0] += 1 }
        }
        self.init(table.map { ($0.key.value, $0.value) })
    }

    /// Words with their counts; repeated words are added up.
    public init(_ pairs: [(String, Int)]) {
        var table: [ExactString: Int] = [:]
        for (word, count) in pairs { table[ExactString(word), default: 0] += count }
        let sorted = table.sorted { $0.key.value.utf8.lexicographicallyPrecedes($1.key.value.utf8) }
        words = sorted.map(\.key.value)
        counts = sorted.map(\.value)
    }

    public var count: Int { words.count }
}
