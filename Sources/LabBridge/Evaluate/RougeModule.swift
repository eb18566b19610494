import LabData
import LabScript

/// `evaluate.load("rouge")`: `.compute(predictions=, references=, rouge_types=None,
/// use_aggregator=True, use_stemmer=False)` → `{'rouge1': …, 'rouge2': …, 'rougeL': …,
/// 'rougeLsum': …}`.
///
/// Aggregated scores are the bootstrap's mid F-measures drawn from numpy's global random state,
/// as evaluate's ROUGE does, returned as numpy float64 (printed `np.float64(0.25)` as under
/// numpy 2). Without the aggregator, each value is a list of per-example F-measures (plain
/// floats in evaluate too).
final class RougeModule: NativeObject {
    static let cls = NativeClass("Rouge", module: "evaluate",
        methods: [
            Function("compute", params: ["*", "predictions=None", "references=None", "rouge_types=None",
                                         "use_aggregator=True", "use_stemmer=False", "tokenizer=None"]) { args in
                try args.receiver(as: RougeModule.self).compute(args)
            },
        ],
        properties: [Property("name") { _, _ in .str("rouge") }])

    let context: DataBridgeContext

    init(_ context: DataBridgeContext) {
        self.context = context
    }

    var pyClass: PyType { RougeModule.cls.type }

    private func compute(_ args: Args) throws -> Value {
        guard args.optional("tokenizer") == nil else {
            throw PyException.valueError("rouge compute: a custom tokenizer= is not supported; ROUGE uses rouge_score's default tokenizer")
        }
        let predictions = try strings(args["predictions"], "predictions")
        let references = try self.references(args["references"])
        let types = try args.optional("rouge_types").map { try ScriptArguments.names($0, "rouge_types") }
        let aggregate = try args.bool("use_aggregator"), stem = try args.bool("use_stemmer")
        let scores = try bridged {
            try RougeMetric().compute(predictions: predictions, references: references, rougeTypes: types,
                                      useAggregator: aggregate, useStemmer: stem, random: &context.random.numpy)
        }
        return ScriptArguments.dict(scores.map { name, value in
            switch value {
            case .aggregated(let score): return (name, .native(NumPyScalar(score, isInteger: false)))
            case .perExample(let scores): return (name, .list(PyList(scores.map { .float($0) })))
            }
        })
    }

    /// One reference string per prediction, or a list of references per prediction.
    private func references(_ value: Value) throws -> RougeMetric.References {
        let items = try ScriptArguments.sequence(value, "references")
        if items.contains(where: { if case .str = $0 { return false } else { return true } }) {
            return .multiple(try items.map { try strings($0, "references") })
        }
        return .single(try strings(value, "references"))
    }

    private func strings(_ value: Value, _ what: String) throws -> [String] {
        guard !value.isNone else { throw PyException.valueError("rouge compute needs \(what)=, a list of strings") }
        return try ScriptArguments.names(value, what)
    }
}
