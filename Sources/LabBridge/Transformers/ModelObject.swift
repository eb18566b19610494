import Foundation
import LabScript
import LabNN
import LabModels
import LabTensor
import LabTrain

/// A transformers model as scripts see it (`AutoModelForSeq2SeqLM`, `AutoModelForSequenceClassification`):
/// an engine module plus the forward pass its architecture has.
final class ModelObject: CallableNative {
    enum Architecture {
        case seq2seq(T5ForConditionalGeneration)
        case classifier(RobertaForSequenceClassification)
        /// A PEFT model (`get_peft_model`) around a seq2seq model whose layers now hold adapters.
        case peft(PeftModel, T5ForConditionalGeneration)
        /// trl's `AutoModelForSeq2SeqLMWithValueHead` over a seq2seq or PEFT model.
        case valueHead(Seq2SeqLMWithValueHead, T5ForConditionalGeneration)
    }

    let architecture: Architecture
    let random: SessionRandom
    /// Set on the copies the REPL keeps in its snapshots: the module tree's state when taken.
    let saved: ModuleState?
    /// The precision `half()`/`bfloat16()`/`to(dtype)` rounded the weights to, and that
    /// `save_pretrained` stores them in. Computation stays float32 whatever it is.
    var storedFormat: StoredFormat = .float32
    /// transformers' `model.name_or_path`: the name or folder `from_pretrained` was given (nil for
    /// a model built from a configuration). PEFT records it as the adapter's base model.
    var nameOrPath: String?

    init(_ architecture: Architecture, random: SessionRandom, saved: ModuleState? = nil) {
        self.architecture = architecture
        self.random = random
        self.saved = saved
    }

    var module: Module {
        switch architecture {
        case .seq2seq(let m): return m
        case .classifier(let m): return m
        case .peft(let m, _): return m
        case .valueHead(let m, _): return m
        }
    }

    /// The seq2seq model forward passes and generation run through (adapters included).
    var seq2seq: T5ForConditionalGeneration? {
        switch architecture {
        case .seq2seq(let m), .peft(_, let m), .valueHead(_, let m): return m
        case .classifier: return nil
        }
    }

    var pyClass: PyType {
        switch architecture {
        case .seq2seq: return ModelObject.seq2seqClass.type
        case .classifier: return ModelObject.classifierClass.type
        case .peft: return ModelObject.peftClass.type
        case .valueHead: return ModelObject.valueHeadClass.type
        }
    }

    /// The module tree as PyTorch prints it.
    func repr(_ interpreter: Interpreter) throws -> String { module.description }

    /// `model(input_ids=, attention_mask=, labels=, decoder_input_ids=)`.
    /// - Returns: an output with `logits` (`[B, T, V]` for seq2seq, `[B, num_labels]` for a classifier)
    ///   and, with labels, the mean `loss` (cross-entropy over label tokens for seq2seq; for a
    ///   classifier the loss its problem type calls for).
    ///   trl's value-head model returns its tuple `(lm_logits, loss, value)` instead, `value` `[B, T]`.
    func forward(_ a: Args) throws -> Value {
        let inputIds = try ModelObject.tensor(a, "input_ids"), mask = try ModelObject.tensor(a, "attention_mask")
        if case .valueHead(let model, _) = architecture {
            guard let inputIds else { throw PyException.valueError("You have to specify either input_ids or inputs_embeds") }
            let (output, values) = try torchCall {
                try model(inputIds: inputIds, attentionMask: mask, decoderInputIds: try ModelObject.tensor(a, "decoder_input_ids"),
                          labels: try ModelObject.tensor(a, "labels"))
            }
            return .tuple([.native(TensorObject(output.logits)), output.loss.map { .native(TensorObject($0)) } ?? .none,
                           .native(TensorObject(values))])
        }
        if let model = seq2seq {
            let output = try torchCall {
                try model(inputIds: inputIds, attentionMask: mask, decoderInputIds: try ModelObject.tensor(a, "decoder_input_ids"),
                          labels: try ModelObject.tensor(a, "labels"))
            }
            var entries: [(String, Value)] = []
            if let loss = output.loss { entries.append(("loss", .native(TensorObject(loss)))) }
            entries.append(("logits", .native(TensorObject(output.logits))))
            return .native(ModelOutputObject(name: "Seq2SeqLMOutput", entries))
        }
        guard case .classifier(let model) = architecture else { fatalError("a model is seq2seq or a classifier") }
        guard let inputIds else { throw PyException.valueError("You have to specify either input_ids or inputs_embeds") }
        let logits = try torchCall { try model(inputIDs: inputIds, attentionMask: mask) }
        var entries: [(String, Value)] = []
        if let labels = try ModelObject.tensor(a, "labels") {
            entries.append(("loss", .native(TensorObject(try torchCall { try model.loss(logits: logits, labels: labels) }))))
        }
        entries.append(("logits", .native(TensorObject(logits))))
        return .native(ModelOutputObject(name: "SequenceClassifierOutput", entries))
    }

    /// `model.generate(input_ids=, attention_mask=, generation_config=, **kwargs)`: `[B, T]` ids.
    func generate(_ a: Args) throws -> Value {
        guard let model = seq2seq else {
            throw PyException.typeError("The current model class (\(pyClass.name)) is not compatible with `.generate()`")
        }
        guard let inputIds = try ModelObject.tensor(a, "input_ids") ?? a.varargs.first.flatMap({ v -> Tensor? in
            if case .native(let t as TensorObject) = v { return t.tensor }
            return nil
        }) else { throw PyException.valueError("generate() needs input_ids") }
        var config = model.generationConfig
        if case .native(let given as GenerationConfigObject) = a["generation_config"] { config = given.config }
        try hubCall { try config.update(from: try PythonJSON.config(a.kwargs)) }
        let mask = try ModelObject.tensor(a, "attention_mask")
        let ids = try hubCall {
            try interruptible(a.interpreter) { stop in
                try model.generate(inputIds: inputIds, attentionMask: mask, config: config, generator: &random.models, shouldStop: stop)
            }
        }
        return .native(TensorObject(ids))
    }

    /// A tensor keyword argument, nil when absent or None.
    static func tensor(_ a: Args, _ name: String) throws -> Tensor? {
        guard let v = a.optional(name), !v.isNone else { return nil }
        if case .native(let t as TensorObject) = v { return t.tensor }
        return try TensorObject.make(from: v, dtype: .int64)
    }
}
