import LabScript
import LabModels

/// Pipelines and evaluate's measurements in session files: the model and tokenizer they use
/// (the same objects as the lab's own names for them, when it has any). ROUGE holds nothing.
extension PipelineObject: NativePersistable {
    var persistentTypeName: String { "transformers.TextClassificationPipeline" }

    func persistentState(_ archive: NativeArchiveWriter) throws -> Any {
        ["model": try archive.value(.native(model)), "tokenizer": try archive.value(.native(tokenizer))]
    }

    static func decode(_ state: Any, _ archive: NativeArchiveReader) throws -> NativeObject {
        let entry = try archive.object(state, "a pipeline")
        guard case .native(let model as ModelObject) = try archive.value(entry["model"] as Any),
              case .classifier(let classifier) = model.architecture,
              case .native(let tokenizer as TokenizerObject) = try archive.value(entry["tokenizer"] as Any) else {
            throw archive.malformed("a pipeline")
        }
        return PipelineObject(model: model, classifier: classifier, tokenizer: tokenizer)
    }
}

extension ToxicityModule: NativePersistable {
    var persistentTypeName: String { "evaluate.Toxicity" }

    func persistentState(_ archive: NativeArchiveWriter) throws -> Any {
        ["pipeline": try archive.value(.native(classifier)), "toxicLabel": toxicLabel]
    }

    static func decode(_ state: Any, _ archive: NativeArchiveReader) throws -> NativeObject {
        let entry = try archive.object(state, "a toxicity measurement")
        guard case .native(let pipeline as PipelineObject) = try archive.value(entry["pipeline"] as Any) else {
            throw archive.malformed("a toxicity measurement")
        }
        return ToxicityModule(classifier: pipeline, toxicLabel: try archive.string(entry, "toxicLabel"))
    }
}

extension RougeModule: NativePersistable {
    var persistentTypeName: String { "evaluate.Rouge" }

    func persistentState(_ archive: NativeArchiveWriter) throws -> Any { [String: Any]() }

    static func decode(_ state: Any, _ archive: NativeArchiveReader, context: DataBridgeContext) throws -> NativeObject {
        RougeModule(context)
    }
}
