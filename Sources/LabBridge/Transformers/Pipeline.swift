import Foundation
import LabScript
import LabModels
import LabTokenizers

/// `transformers.pipeline(task, model=, tokenizer=, device=)` for text classification.
enum Pipeline {
    static let tasks = ["sentiment-analysis", "text-classification"]

    static func function(random: SessionRandom) -> Function {
        Function("pipeline", params: ["task=None", "model=None", "tokenizer=None", "*", "device=None", "**kwargs"]) { a in
            let task = try a.string("task")
            guard tasks.contains(task) else {
                throw PyException(.keyError, "\"Unknown task \(task), available tasks are \(tasks)\"")
            }
            let model: ModelObject
            switch a["model"] {
            case .native(let given as ModelObject): model = given
            case .str(let name):
                let folder = try pretrainedFolder(.str(name))
                model = ModelObject(.classifier(try hubCall { try RobertaForSequenceClassification(folder: folder) }), random: random)
            default: throw PyException.valueError("pipeline() needs model= as a model name, path or sequence-classification model")
            }
            guard case .classifier(let classifier) = model.architecture else {
                throw PyException.valueError("The model '\(model.pyClass.name)' is not supported for \(task).")
            }
            return .native(PipelineObject(model: model, classifier: classifier, tokenizer: try tokenizer(a, model: a["model"])))
        }
    }

    /// The tokenizer given, or the one stored beside the model when the model was named.
    private static func tokenizer(_ a: Args, model: Value) throws -> TokenizerObject {
        switch a["tokenizer"] {
        case .native(let given as TokenizerObject): return given
        case .str(let name): return try load(name)
        default:
            guard case .str(let name) = model else {
                throw PyException(.runtimeError, "Impossible to guess which tokenizer to use. Please provide a PreTrainedTokenizer class or a path/identifier to a pretrained tokenizer.")
            }
            return try load(name)
        }
    }

    private static func load(_ name: String) throws -> TokenizerObject {
        let folder = try pretrainedFolder(.str(name))
        return TokenizerObject(try hubCall { try HFTokenizer(folder: folder) }, nameOrPath: name)
    }
}
