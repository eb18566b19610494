import Foundation
import LabScript
import LabNN
import LabModels
import LabTensor

/// Models in session files: the structure as a shared `ModelGraph` node, then every parameter by
/// name (each engine parameter written once, so models sharing weights share them again), the
/// modules' modes and dropout streams, the name it was loaded from and its stored precision.
/// A model sharing its structure with one read before it (a PEFT model over the lab's `model`)
/// takes the same parameter objects again.
extension ModelObject: NativePersistable {
    var persistentTypeName: String { "transformers.PreTrainedModel" }

    func persistentState(_ archive: NativeArchiveWriter) throws -> Any {
        let modes = ModuleModes(module)
        return [
            "module": try ModelGraph.write(module, archive),
            "parameters": try module.namedParameters().map { [$0.name, try archive.parameter($0.parameter)] as [Any] },
            "training": modes.training.sorted { $0.key < $1.key }.map { [$0.key, $0.value] as [Any] },
            "dropout": modes.dropoutStreams.sorted { $0.key < $1.key }.map { [$0.key, $0.value.archived] as [Any] },
            "nameOrPath": nameOrPath as Any? ?? NSNull(), "storedFormat": storedFormat.rawValue,
        ]
    }

    static func decode(_ state: Any, _ archive: NativeArchiveReader, random: SessionRandom) throws -> NativeObject {
        let entry = try archive.object(state, "a model")
        let module = try ModelGraph.read(entry["module"] as Any, archive)
        let object: ModelObject
        switch module {
        case let t5 as T5ForConditionalGeneration: object = ModelObject(.seq2seq(t5), random: random)
        case let roberta as RobertaForSequenceClassification: object = ModelObject(.classifier(roberta), random: random)
        case let peft as PeftModel:
            guard let t5 = peft.model as? T5ForConditionalGeneration else { throw archive.malformed("a PEFT model") }
            object = ModelObject(.peft(peft, t5), random: random)
        case let valueHead as Seq2SeqLMWithValueHead:
            guard let t5 = valueHead.t5 else { throw archive.malformed("a value-head model") }
            object = ModelObject(.valueHead(valueHead, t5), random: random)
        default: throw archive.malformed("a model")
        }
        object.nameOrPath = entry["nameOrPath"] as? String
        guard let format = StoredFormat(rawValue: try archive.string(entry, "storedFormat")) else { throw archive.malformed("a model's precision") }
        object.storedFormat = format
        guard let parameters = entry["parameters"] as? [[Any]], let training = entry["training"] as? [[Any]],
              let dropout = entry["dropout"] as? [[Any]] else { throw archive.malformed("a model") }
        var modes = ModuleModes(training: [:], dropoutStreams: [:])
        for pair in training {
            guard pair.count == 2, let path = pair[0] as? String, let flag = pair[1] as? Bool else { throw archive.malformed("a module mode") }
            modes.training[path] = flag
        }
        for pair in dropout {
            guard pair.count == 2, let path = pair[0] as? String else { throw archive.malformed("a dropout stream") }
            modes.dropoutStreams[path] = try RandomGenerator.State(archived: pair[1], archive)
        }
        var saved: [ObjectIdentifier: Parameter] = [:]
        let live = Dictionary(module.namedParameters().map { ($0.name, $0.parameter) }, uniquingKeysWith: { first, _ in first })
        guard live.count == parameters.count else { throw ModuleError.savedStructureMismatch("it has \(live.count) parameters, the saved one \(parameters.count)") }
        for pair in parameters {
            guard pair.count == 2, let name = pair[0] as? String, let target = live[name] else {
                throw ModuleError.savedStructureMismatch("it has no parameter \(pair.first.map { "\($0)" } ?? "")")
            }
            let parameter = try archive.parameter(pair[1])
            guard parameter.value.shape == target.value.shape else {
                throw ModuleError.shapeMismatch(name: name, expected: target.value.shape, got: parameter.value.shape)
            }
            saved[ObjectIdentifier(target)] = parameter
        }
        // The model takes the saved parameter objects themselves: other models and tensors of
        // the session that held them hold them again.
        module.replaceParameters { saved[ObjectIdentifier($0)] }
        try modes.apply(to: module)
        return object
    }
}
