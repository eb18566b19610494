import Foundation
import LabScript
import LabModels
import LabTensor

/// `pipeline("sentiment-analysis" | "text-classification", model=, tokenizer=)`: tokenizes each text
/// (truncated to the model's maximum), classifies it, and returns transformers' result shape.
final class PipelineObject: CallableNative {
    let model: ModelObject
    let classifier: RobertaForSequenceClassification
    let tokenizer: TokenizerObject

    init(model: ModelObject, classifier: RobertaForSequenceClassification, tokenizer: TokenizerObject) {
        self.model = model
        self.classifier = classifier
        self.tokenizer = tokenizer
    }

    var pyClass: PyType { PipelineObject.cls.type }

    /// Snapshots copy the model through `copier`, so a restored pipeline and the model's own
    /// name still share one model.
    func snapshot(_ copier: DeepCopier) -> NativeObject {
        guard case .native(let modelCopy as ModelObject) = copier.copy(.native(model)) else { return self }
        return PipelineObject(model: modelCopy, classifier: classifier, tokenizer: tokenizer)
    }

    static let cls = NativeClass("TextClassificationPipeline", module: "transformers.pipelines.text_classification", methods: [
        Function("__call__", params: ["inputs", "*", "top_k=''", "function_to_apply=None", "batch_size=1", "truncation=True", "**kwargs"]) { a in
            try a.receiver(as: PipelineObject.self).classify(a)
        },
    ], properties: [
        Property("model") { v, _ in
            guard case .native(let p as PipelineObject) = v else { return .none }
            return .native(p.model)
        },
        Property("tokenizer") { v, _ in
            guard case .native(let p as PipelineObject) = v else { return .none }
            return .native(p.tokenizer)
        },
    ])

    /// Label names in the model's order (`config.id2label`).
    var labels: [String] {
        (0..<classifier.config.numLabels).map { classifier.config.id2label[$0] ?? "LABEL_\($0)" }
    }

    /// How scores are made from logits (`function_to_apply`).
    enum Scoring: String { case none, softmax, sigmoid }

    func classify(_ a: Args) throws -> Value {
        let single: Bool, texts: [String]
        if case .str(let s) = a["inputs"] { (single, texts) = (true, [s]) } else {
            guard let items = Convert.sequence(a["inputs"]) else { throw PyException.valueError("pipeline inputs must be a string or a list of strings, not \(a["inputs"].typeName)") }
            texts = try items.map { guard case .str(let s) = $0 else { throw PyException.valueError("pipeline inputs must be strings, not \($0.typeName)") }; return s }
            single = false
        }
        // top_k left unset keeps transformers' legacy shape: only the best label, as a dict per text.
        let legacy: Bool, topK: Int?
        switch a["top_k"] {
        case .str(""): (legacy, topK) = (true, 1)
        case .none: (legacy, topK) = (false, nil)
        default: (legacy, topK) = (false, try a.int("top_k"))
        }
        let scoring = try scoring(a["function_to_apply"])
        let batchSize = max(1, try a.int("batch_size"))
        let truncate = try a.bool("truncation")
        var results: [[(label: String, score: Double)]] = []
        for start in stride(from: 0, to: texts.count, by: batchSize) {
            let batch = Array(texts[start..<min(start + batchSize, texts.count)])
            let scores = try score(batch, scoring: scoring, truncate: truncate)
            results += scores.map { row in
                let ranked = row.enumerated().map { (label: classifier.config.id2label[$0.offset] ?? "LABEL_\($0.offset)", score: $0.element) }
                    .sorted { $0.score > $1.score }
                return Array(ranked.prefix(topK ?? ranked.count))
            }
        }
        let values: [Value] = results.map { ranked in
            let dicts = ranked.map { PipelineObject.dict($0.label, $0.score) }
            return legacy ? dicts[0] : .list(PyList(dicts))
        }
        if legacy { return .list(PyList(values)) }
        return single ? values[0] : .list(PyList(values))
    }

    /// Scores `[texts][labels]` as Python floats of the float32 results.
    func score(_ texts: [String], scoring: Scoring, truncate: Bool) throws -> [[Double]] {
        let limit = classifier.config.maxPositionEmbeddings - 2
        let batch = try hubCall {
            try tokenizer.tokenizer(texts, padding: .longest, truncation: truncate ? .longestFirst : nil,
                                    maxLength: truncate ? min(tokenizer.tokenizer.modelMaxLength ?? limit, limit) : nil)
        }
        let ids = try TokenizerObject.tensor(batch.inputIds), mask = try TokenizerObject.tensor(batch.attentionMask)
        let logits = try torchCall { try withNoGrad { try classifier(inputIDs: ids, attentionMask: mask) } }
        let scored: Tensor
        switch scoring {
        case .none: scored = logits
        case .softmax: scored = try torchCall { try logits.softmax(dim: -1) }
        case .sigmoid: scored = logits.sigmoid()
        }
        let width = scored.shape[1], flat = scored.toFloatArray()
        return (0..<texts.count).map { row in (0..<width).map { Double(flat[row * width + $0]) } }
    }

    /// `function_to_apply`, defaulting as transformers does: sigmoid for one label or multi-label
    /// problems, softmax otherwise.
    private func scoring(_ v: Value) throws -> Scoring {
        if case .str(let s) = v {
            guard let parsed = Scoring(rawValue: s.lowercased()) else {
                throw PyException.valueError("Unrecognized `function_to_apply` argument: \(s)")
            }
            return parsed
        }
        let config = classifier.config
        return config.numLabels == 1 || config.problemType == "multi_label_classification" ? .sigmoid : .softmax
    }

    private static func dict(_ label: String, _ score: Double) -> Value {
        let d = PyDict()
        try? d.set(.str("label"), .str(label))
        try? d.set(.str("score"), .float(score))
        return .dict(d)
    }
}
