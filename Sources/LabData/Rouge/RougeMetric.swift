import LabTensor

/// `evaluate.load("rouge").compute(predictions=, references=, rouge_types=, use_aggregator=,
/// use_stemmer=)`.
public struct RougeMetric {
    /// The references of each prediction: one string, or several (the best-scoring one counts).
    public enum References {
        case single([String])
        case multiple([[String]])

        var count: Int {
            switch self {
            case .single(let items): return items.count
            case .multiple(let items): return items.count
            }
        }
    }

    /// Per type, either one aggregated F-measure or one F-measure per example.
    public enum Value: Equatable {
        case aggregated(Double)
        case perExample([Double])
    }

    public init() {}

    /// Scores each prediction against its reference(s).
    ///
    /// With `useAggregator`, the value is the bootstrap's mid F-measure, drawn from `random` as
    /// numpy's global state would be (seed it like `np.random.seed`); without, the per-example
    /// F-measures. Result keys are `rouge1`, `rouge2`, `rougeL`, `rougeLsum` (or `rougeTypes`).
    /// - Throws: `DatasetError` for mismatched lengths, no examples, or an unknown type.
    public func compute(predictions: [String], references: References, rougeTypes: [String]? = nil,
                        useAggregator: Bool = true, useStemmer: Bool = false,
                        random: inout NumPyRandomState) throws -> [(String, Value)] {
        guard predictions.count == references.count else {
            throw DatasetError.value("Mismatch in the number of predictions (\(predictions.count)) and references (\(references.count))")
        }
        guard !predictions.isEmpty else { throw DatasetError(.indexError, "list index out of range") }
        if case .multiple(let targets) = references, targets.contains(where: \.isEmpty) {
            throw DatasetError.value("attempt to get argmax of an empty sequence")
        }
        let types = try (rougeTypes ?? RougeType.defaults.map(\.description)).map { name -> RougeType in
            guard let type = RougeType(name: name) else { throw DatasetError.value("Invalid rouge type: \(name)") }
            return type
        }
        let scorer = RougeScorer(types: types, useStemmer: useStemmer)
        let scores: [[RougeType: RougeScore]] = try predictions.indices.map { index in
            switch references {
            case .single(let targets): return try scorer.score(target: targets[index], prediction: predictions[index])
            case .multiple(let targets): return try scorer.score(targets: targets[index], prediction: predictions[index])
            }
        }
        let uniqueTypes = types.reduce(into: [RougeType]()) { if !$0.contains($1) { $0.append($1) } }
        return uniqueTypes.map { type in
            let column = scores.map { $0[type]! }
            if useAggregator {
                return (type.description, .aggregated(RougeBootstrap().aggregate(column, random: &random).mid.fmeasure))
            }
            return (type.description, .perExample(column.map(\.fmeasure)))
        }
    }
}
