/// Precision, recall and F1 of one ROUGE measure, as rouge_score's `Score` tuple.
public struct RougeScore: Equatable {
    public var precision: Double
    public var recall: Double
    public var fmeasure: Double

    public static let zero = RougeScore(precision: 0, recall: 0, fmeasure: 0)

    public init(precision: Double, recall: Double, fmeasure: Double) {
        self.precision = precision
        self.recall = recall
        self.fmeasure = fmeasure
    }

    /// A score from precision and recall, with F1 = 2PR/(P+R) (0 when both are 0).
    init(precision: Double, recall: Double) {
        let f = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
        self.init(precision: precision, recall: recall, fmeasure: f)
    }
}

/// A ROUGE variant: `rouge1`…`rouge9` (n-gram overlap), `rougeL` (longest common subsequence) or
/// `rougeLsum` (summary-level LCS over newline-separated sentences).
public enum RougeType: Hashable, CustomStringConvertible {
    case ngram(Int)
    case lcs
    case summaryLCS

    public static let defaults: [RougeType] = [.ngram(1), .ngram(2), .lcs, .summaryLCS]

    /// Parses rouge_score's names; `nil` for unknown ones.
    public init?(name: String) {
        switch name {
        case "rougeL": self = .lcs
        case "rougeLsum": self = .summaryLCS
        default:
            guard name.count == 6, name.hasPrefix("rouge"), let n = Int(name.suffix(1)), n > 0 else { return nil }
            self = .ngram(n)
        }
    }

    public var description: String {
        switch self {
        case .ngram(let n): return "rouge\(n)"
        case .lcs: return "rougeL"
        case .summaryLCS: return "rougeLsum"
        }
    }
}
