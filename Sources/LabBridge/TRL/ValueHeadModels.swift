import Foundation
import LabScript
import LabNN
import LabModels

/// trl's `AutoModelForSeq2SeqLMWithValueHead` and `create_reference_model`.
enum ValueHeadModels {
    static func autoClass(random: SessionRandom) -> NativeClass {
        NativeClass("AutoModelForSeq2SeqLMWithValueHead", module: "trl", staticMethods: [
            Function("from_pretrained", params: ["pretrained_model_name_or_path", "*model_args", "is_trainable=False", "summary_dropout_prob=0.1",
                                                 "v_head_init_strategy=None", "v_head_initializer_range=0.2", "**kwargs"]) { a in
                let dropout = Float(try a.double("summary_dropout_prob"))
                let strategy: ValueHead.InitStrategy
                switch a["v_head_init_strategy"] {
                case .none: strategy = .linearDefault
                case .str("normal"): strategy = .normal(std: Float(try a.double("v_head_initializer_range")))
                case let other: throw PyException.valueError("v_head_init_strategy must be None or 'normal', not \(a.interpreter.repr(other))")
                }
                let given = a["pretrained_model_name_or_path"]
                let stream = (given.native as? ModelObject)?.random ?? random
                let model: Seq2SeqLMWithValueHead
                switch given {
                case .native(let object as ModelObject):
                    switch object.architecture {
                    case .seq2seq(let t5): model = try hubCall { try Seq2SeqLMWithValueHead(policy: t5, summaryDropoutProb: dropout, initStrategy: strategy, seed: stream.drawSeed()) }
                    case .peft(let peft, _): model = try hubCall { try Seq2SeqLMWithValueHead(policy: peft, summaryDropoutProb: dropout, initStrategy: strategy, seed: stream.drawSeed()) }
                    default: throw PyException.valueError("a value head needs a seq2seq model or a PEFT model of one, not \(object.pyClass.name)")
                    }
                default:
                    let folder = try pretrainedFolder(given)
                    let trainable = try a.bool("is_trainable")
                    model = try hubCall { try Seq2SeqLMWithValueHead(folder: folder, isTrainable: trainable, seed: stream.drawSeed()) }
                }
                guard let t5 = model.t5 else { fatalError("a value-head model holds a T5") }
                return .native(ModelObject(.valueHead(model, t5), random: stream))
            },
        ])
    }

    static let createReferenceModel = Function("create_reference_model", params: ["model", "num_shared_layers=None", "pattern=None"]) { a in
        let object = try a.native("model", as: ModelObject.self)
        guard case .valueHead(let model, _) = object.architecture else {
            throw PyException.valueError("create_reference_model() expects a model with a value head, not \(object.pyClass.name)")
        }
        let copy = try hubCall { try frozenCopy(model) }
        guard let t5 = copy.t5 else { fatalError("a value-head model holds a T5") }
        return .native(ModelObject(.valueHead(copy, t5), random: object.random))
    }

    /// A copy of `model` with the same weights, every one frozen, in eval mode.
    static func frozenCopy(_ model: Seq2SeqLMWithValueHead) throws -> Seq2SeqLMWithValueHead {
        guard let t5 = model.t5 else { fatalError("a value-head model holds a T5") }
        let t5Copy = try T5ForConditionalGeneration(config: t5.config)
        let policy: Module = try model.peftModel.map { try PeftModel(t5Copy, config: $0.config) } ?? t5Copy
        let copy = try Seq2SeqLMWithValueHead(policy: policy, summaryDropoutProb: (model.valueHead.child("dropout") as? Dropout)?.p ?? 0)
        let source = model.namedParameters(), target = copy.namedParameters()
        guard source.map(\.name) == target.map(\.name) else { fatalError("a rebuilt value-head model has the same parameters") }
        for (from, to) in zip(source, target) { try to.parameter.assign(from.parameter.value) }
        copy.requiresGrad(false)
        copy.eval()
        return copy
    }
}

private extension Value {
    var native: NativeObject? {
        if case .native(let object) = self { return object }
        return nil
    }
}
