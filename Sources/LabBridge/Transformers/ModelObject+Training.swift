import Foundation
import LabScript
import LabNN
import LabModels
import LabTensor

/// What `Trainer` needs of a model: the loss of a collated batch, which weights decay, the
/// floating-point operations a batch costs, reseeding dropout, and saving.
extension ModelObject {
    /// The mean loss of a batch keyed as the model's forward takes it (`input_ids`, `attention_mask`,
    /// `labels`, `decoder_input_ids`), in the model's current mode.
    func trainingLoss(_ batch: [String: Tensor]) throws -> Tensor {
        guard let inputIds = batch["input_ids"] else {
            throw PyException.valueError("The batch has no input_ids; the dataset needs an input_ids column")
        }
        guard let labels = batch["labels"] else {
            throw PyException.valueError("The model did not return a loss from the inputs, only the following keys: logits. For reference, the inputs it received are \(batch.keys.sorted().joined(separator: ",")).")
        }
        if let model = seq2seq {
            let output = try torchCall {
                try model(inputIds: inputIds, attentionMask: batch["attention_mask"], decoderInputIds: batch["decoder_input_ids"], labels: labels)
            }
            guard let loss = output.loss else { fatalError("a T5 forward with labels has a loss") }
            return loss
        }
        guard case .classifier(let model) = architecture else { fatalError("a model is seq2seq or a classifier") }
        return try torchCall { try model.loss(logits: model(inputIDs: inputIds, attentionMask: batch["attention_mask"]), labels: labels) }
    }

    /// Names of the weights transformers' Trainer exempts from weight decay: biases and the weights
    /// of normalization layers.
    var parametersWithoutDecay: Set<String> {
        let norms = Set(module.namedModules().filter { $0.module is LayerNorm || $0.module is T5LayerNorm }.map(\.name))
        return Set(module.namedParameters().map(\.name).filter { name in
            let owner = name.split(separator: ".").dropLast().joined(separator: ".")
            return name.contains("bias") || norms.contains(owner)
        })
    }

    /// transformers' estimate for one batch: 6 × tokens × weights outside embedding tables.
    func floatingPointOperations(tokens: Int) -> Double {
        let embeddings = Set(module.namedModules().filter { $0.module is Embedding }.map { $0.name + ".weight" })
        let counted = module.namedParameters().filter { !embeddings.contains($0.name) }.reduce(0) { $0 + $1.parameter.value.scalarCount }
        return 6 * Double(tokens) * Double(counted)
    }

    /// Gives every dropout stream in the model a fresh stream split from `generator`, as seeding
    /// torch before training fixes the masks dropout will draw.
    func reseedDropout(from generator: inout RandomGenerator) {
        var seen = Set<ObjectIdentifier>()
        for case let dropout as Dropout in module.namedModules().map(\.module) where seen.insert(ObjectIdentifier(dropout.source)).inserted {
            dropout.source.generator = generator.split()
        }
    }

    /// `save_pretrained`: the model folder, or for a PEFT model its adapter.
    func save(to folder: URL) throws {
        try hubCall {
            switch architecture {
            case .seq2seq(let m): try m.saveFolder(folder, format: storedFormat)
            case .classifier(let m): try m.saveFolder(folder, format: storedFormat)
            case .peft(let m, _): try m.saveAdapter(to: folder)
            case .valueHead(let m, _): try m.save(to: folder)
            }
        }
    }
}
