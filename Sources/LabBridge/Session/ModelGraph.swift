import Foundation
import LabScript
import LabNN
import LabModels
import LabTensor

/// The structure of the engine models behind `ModelObject`s, saved as shared nodes so that models
/// wrapping one another load wrapping one another again: `model`, `peft_model` and `ppo_model`
/// of a lab are one T5 seen three ways.
///
/// Nodes: `{"t5": config.json, "generation": generation_config.json, "adapters": [[path, r,
/// scaling, dropout, merged]]}`, `{"roberta": config.json}`, `{"peft": adapter_config.json,
/// "model": node}`, `{"valueHead": node, "dropout": p}`. Weights are not part of a node: each
/// model writes its parameters by name (see `ModelObject+Persistence`).
enum ModelGraph {
    static func write(_ module: Module, _ archive: NativeArchiveWriter) throws -> Int {
        try archive.shared(module) {
            switch module {
            case let t5 as T5ForConditionalGeneration:
                let adapters: [[Any]] = t5.namedModules().compactMap { path, module in
                    guard let layer = module as? LoraLinear else { return nil }
                    return [path, layer.rank, String(layer.scaling), String(layer.dropoutProbability), layer.isMerged]
                }
                return ["t5": try archive.config(t5.config.toJSON()), "generation": try archive.config(t5.generationConfig.toJSON()),
                        "adapters": adapters]
            case let roberta as RobertaForSequenceClassification:
                return ["roberta": try archive.config(roberta.config.toJSON())]
            case let peft as PeftModel:
                return ["peft": try archive.config(peft.config.toJSON()), "model": try write(peft.model, archive)]
            case let valueHead as Seq2SeqLMWithValueHead:
                let dropout = (valueHead.valueHead.child("dropout") as? Dropout)?.p ?? 0
                return ["valueHead": try write(valueHead.policy, archive), "dropout": String(dropout)]
            default:
                throw PyException.typeError("a \(module.typeName) model can't be saved")
            }
        }
    }

    /// The module tree node `index` describes, built with fresh weights (the saving model's
    /// weights are written into it afterwards).
    static func read(_ index: Any, _ archive: NativeArchiveReader) throws -> Module {
        guard let index = index as? Int else { throw archive.malformed("a model reference") }
        return try archive.shared(index) { json -> Module in
            let node = try archive.object(json, "a model node")
            if node["t5"] != nil {
                let t5 = try T5ForConditionalGeneration(config: T5Config(json: try archive.config(node, "t5")))
                var generation = GenerationConfig()
                try generation.update(from: try archive.config(node, "generation"))
                t5.generationConfig = generation
                try addAdapters(node["adapters"], to: t5, archive)
                return t5
            }
            if node["roberta"] != nil {
                return try RobertaForSequenceClassification(RobertaConfig(json: try archive.config(node, "roberta")))
            }
            if let model = node["model"], node["peft"] != nil {
                return try PeftModel(adopting: try read(model, archive), config: LoraConfig(json: try archive.config(node, "peft")))
            }
            if let policy = node["valueHead"] {
                return try Seq2SeqLMWithValueHead(policy: try read(policy, archive), summaryDropoutProb: Float(try archive.double(node, "dropout")))
            }
            throw archive.malformed("a model node")
        }
    }

    /// Wraps the saved adapter paths of `t5` in LoRA layers (zero weights until the saved ones are
    /// written), their dropout drawing from the model's stream as injection does.
    private static func addAdapters(_ json: Any?, to t5: T5ForConditionalGeneration, _ archive: NativeArchiveReader) throws {
        guard let entries = json as? [[Any]] else { throw archive.malformed("a model's adapters") }
        let source = t5.namedModules().lazy.compactMap { ($0.module as? Dropout)?.source }.first ?? t5.randomSource
        for entry in entries {
            guard entry.count == 5, let path = entry[0] as? String, let rank = entry[1] as? Int, rank > 0,
                  let scaling = (entry[2] as? String).flatMap(Float.init), let dropout = (entry[3] as? String).flatMap(Float.init),
                  let merged = entry[4] as? Bool, let base = t5.module(at: path) as? Linear else { throw archive.malformed("an adapter") }
            let layer = LoraLinear(base: base, a: try Tensor.zeros([rank, base.inFeatures]), b: try Tensor.zeros([base.outFeatures, rank]),
                                   scaling: scaling, dropout: dropout, dropoutSource: source)
            layer.restoreMerged(merged)
            try t5.setChild(path: path, layer)
        }
    }
}
