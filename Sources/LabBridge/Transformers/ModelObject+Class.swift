import Foundation
import LabScript
import LabNN
import LabModels
import LabTensor

extension ModelObject {
    static let seq2seqClass = NativeClass("T5ForConditionalGeneration", module: "transformers.models.t5.modeling_t5", methods: methods)
    static let classifierClass = NativeClass("RobertaForSequenceClassification", module: "transformers.models.roberta.modeling_roberta", methods: methods)

    static let peftClass = NativeClass("PeftModelForSeq2SeqLM", module: "peft.peft_model", methods: methods + [
        Function("print_trainable_parameters") { a in
            guard case .peft(let peft, _) = try a.receiver(as: ModelObject.self).architecture else { return .none }
            a.interpreter.configuration.stdout(peft.trainableParametersLine() + "\n")
            return .none
        },
    ])

    static let valueHeadClass = NativeClass("AutoModelForSeq2SeqLMWithValueHead", module: "trl.models.modeling_value_head", methods: methods)

    private static var methods: [Function] {
        [
            Function("__call__", params: ["input_ids=None", "attention_mask=None", "decoder_input_ids=None", "labels=None", "**kwargs"]) { a in
                try a.receiver(as: ModelObject.self).forward(a)
            },
            Function("generate", params: ["*inputs", "input_ids=None", "attention_mask=None", "generation_config=None", "**kwargs"]) { a in
                try a.receiver(as: ModelObject.self).generate(a)
            },
            Function("named_parameters") { a in
                .list(PyList(try a.receiver(as: ModelObject.self).module.namedParameters().map { .tuple([.str($0.name), .native(ParameterObject($0.parameter))]) }))
            },
            Function("parameters") { a in
                .list(PyList(try a.receiver(as: ModelObject.self).module.parameters().map { .native(ParameterObject($0)) }))
            },
            Function("num_parameters", params: ["only_trainable=False"]) { a in
                .int(try a.receiver(as: ModelObject.self).module.parameterCount(trainableOnly: try a.bool("only_trainable")))
            },
            Function("zero_grad", params: ["set_to_none=True"]) { a in
                try resetGradients(try a.receiver(as: ModelObject.self).module.parameters(), setToNone: try a.bool("set_to_none"))
                return .none
            },
            Function("eval") { a in try a.receiver(as: ModelObject.self).module.eval(); return a.receiver! },
            Function("train", params: ["mode=True"]) { a in try a.receiver(as: ModelObject.self).module.train(try a.bool("mode")); return a.receiver! },
            Function("to", params: ["*args", "**kwargs"]) { a in
                let dtype = (a.varargs + a.kwargs.filter { $0.0 == "dtype" }.map(\.1)).compactMap { value -> DTypeObject? in
                    if case .native(let d as DTypeObject) = value { return d } else { return nil }
                }.first
                if let dtype, let format = StoredFormat(rawValue: dtype.name) { try a.receiver(as: ModelObject.self).round(to: format) }
                return a.receiver!
            },
            Function("half") { a in try a.receiver(as: ModelObject.self).round(to: .float16); return a.receiver! },
            Function("bfloat16") { a in try a.receiver(as: ModelObject.self).round(to: .bfloat16); return a.receiver! },
            Function("float") { a in try a.receiver(as: ModelObject.self).round(to: .float32); return a.receiver! },
            Function("save_pretrained", params: ["save_directory", "**kwargs"]) { a in
                try a.receiver(as: ModelObject.self).save(to: URL(fileURLWithPath: try a.string("save_directory"), isDirectory: true))
                return .none
            },
        ]
    }

    /// `model.config`, `model.generation_config`, `model.training`.
    func getAttribute(_ name: String, _ interpreter: Interpreter) throws -> Value? {
        switch (name, architecture) {
        case ("config", .seq2seq(let m)), ("config", .peft(_, let m)), ("config", .valueHead(_, let m)): return .native(ConfigObject(m.config.toJSON(), className: "T5Config"))
        case ("config", .classifier(let m)): return .native(ConfigObject(m.config.toJSON(), className: "RobertaConfig"))
        case ("generation_config", .seq2seq(let m)), ("generation_config", .peft(_, let m)), ("generation_config", .valueHead(_, let m)): return .native(GenerationConfigObject(m.generationConfig))
        case ("training", _): return .bool(module.isTraining)
        case ("dtype", _): return dtypeValue
        case ("v_head", .valueHead(let m, _)): return .native(ModuleObject(m.valueHead))
        case ("pretrained_model", .valueHead(let m, _)): return .native(ModuleObject(m.policy))
        default: return nil
        }
    }
}
