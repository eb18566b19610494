import LabModels
import LabScript
import LabTokenizers

/// `evaluate.load("toxicity", model_name, module_type="measurement", toxic_label="hate")`:
/// `.compute(predictions=, aggregation="all", toxic_label=, threshold=0.5)` scores each text with a
/// text-classification model and returns the probability of the toxic label, as evaluate's
/// toxicity measurement does (a softmax over all labels, texts truncated to the model's maximum):
/// `{'toxicity': [p, …]}`, or `{'max_toxicity': p}` with `aggregation="maximum"`, or
/// `{'toxicity_ratio': r}` (the share at or above `threshold`) with `aggregation="ratio"`.
final class ToxicityModule: NativeObject {
    /// evaluate's default classifier; like any name, it must be a local folder, an embedded model
    /// or in the local Hugging Face cache.
    static let defaultModel = "facebook/roberta-hate-speech-dynabench-r4-target"

    static let cls = NativeClass("Toxicity", module: "evaluate",
        methods: [
            Function("compute", params: ["*", "predictions=None", "aggregation='all'", "toxic_label=None", "threshold=0.5"]) { args in
                try args.receiver(as: ToxicityModule.self).compute(args)
            },
        ],
        properties: [Property("name") { _, _ in .str("toxicity") }])

    let classifier: PipelineObject
    let toxicLabel: String

    init(classifier: PipelineObject, toxicLabel: String) {
        self.classifier = classifier
        self.toxicLabel = toxicLabel
    }

    var pyClass: PyType { ToxicityModule.cls.type }

    /// Builds the measurement from `evaluate.load`'s arguments: `config_name` names the model.
    static func load(_ args: Args) throws -> Value {
        let name = try args.optional("config_name") == nil ? defaultModel : args.string("config_name")
        let folder = try pretrainedFolder(.str(name))
        let model = try hubCall { try RobertaForSequenceClassification(folder: folder) }
        let tokenizer = TokenizerObject(try hubCall { try HFTokenizer(folder: folder) }, nameOrPath: name)
        let pipeline = PipelineObject(model: ModelObject(.classifier(model), random: SessionRandom(seed: 0)),
                                      classifier: model, tokenizer: tokenizer)
        var label = "hate"
        if let (_, given) = args.kwargs.first(where: { $0.0 == "toxic_label" }) {
            guard case .str(let text) = given else { throw PyException.typeError("toxic_label must be a str, not \(given.typeName)") }
            label = text
        }
        return .native(ToxicityModule(classifier: pipeline, toxicLabel: label))
    }

    private func compute(_ args: Args) throws -> Value {
        guard let items = Convert.sequence(args["predictions"]) else {
            throw PyException.valueError("toxicity compute: predictions must be a list of strings, not \(args["predictions"].typeName)")
        }
        let texts = try items.map { item -> String in
            guard case .str(let text) = item else { throw PyException.valueError("toxicity compute: predictions must be strings, not \(item.typeName)") }
            return text
        }
        let label = try args.optional("toxic_label") == nil ? toxicLabel : args.string("toxic_label")
        guard let column = classifier.labels.firstIndex(of: label) else {
            throw PyException.valueError("The `toxic_label` that you specified is not part of the model labels. Run `model.config.id2label` to see what labels your model outputs.")
        }
        let scores = try texts.isEmpty ? [] : classifier.score(texts, scoring: .softmax, truncate: true).map { $0[column] }
        switch try args.string("aggregation") {
        case "maximum":
            guard let top = scores.max() else { throw PyException.valueError("max() arg is an empty sequence") }
            return ScriptArguments.dict([("max_toxicity", .float(top))])
        case "ratio":
            guard !scores.isEmpty else { throw PyException(.zeroDivisionError, "division by zero") }
            let threshold = try args.double("threshold")
            let ratio = Double(scores.filter { $0 >= threshold }.count) / Double(scores.count)
            return ScriptArguments.dict([("toxicity_ratio", .float(ratio))])
        default:
            return ScriptArguments.dict([("toxicity", .list(PyList(scores.map { Value.float($0) })))])
        }
    }
}
