import Foundation
import LabNN
import LabTensor

/// trl's `AutoModelForSeq2SeqLMWithValueHead`: a T5 policy (plain, or with LoRA adapters) and a
/// ``ValueHead`` on the decoder's last hidden state. Parameters are named as trl names them:
/// `pretrained_model.…` and `v_head.summary.weight`.
public final class Seq2SeqLMWithValueHead: Module {
    /// Adds a value head over `policy`, a ``T5ForConditionalGeneration`` or a ``PeftModel`` wrapping one.
    public init(policy: Module, summaryDropoutProb: Float = 0.1, initStrategy: ValueHead.InitStrategy = .linearDefault,
                seed: UInt64 = 0) throws {
        super.init()
        registerModule("pretrained_model", policy)
        guard let t5 = t5 else {
            throw TensorError("Seq2SeqLMWithValueHead", "the policy must be a T5ForConditionalGeneration or a PeftModel of one, got \(policy.typeName)")
        }
        var generator = RandomGenerator(seed: seed)
        registerModule("v_head", try ValueHead(dModel: t5.config.dModel, summaryDropoutProb: summaryDropoutProb,
                                               initStrategy: initStrategy, generator: &generator,
                                               dropoutSource: t5.randomSource))
    }

    public override var typeName: String { "AutoModelForSeq2SeqLMWithValueHead" }

    /// The wrapped policy as given.
    public var policy: Module { child("pretrained_model")! }
    /// The policy's adapters, when it has them.
    public var peftModel: PeftModel? { policy as? PeftModel }
    /// The T5 inside the policy.
    public var t5: T5ForConditionalGeneration? {
        (policy as? T5ForConditionalGeneration) ?? (peftModel?.model as? T5ForConditionalGeneration)
    }
    public var valueHead: ValueHead { child("v_head") as! ValueHead }

    /// The policy's forward pass plus values: logits `[B, T, V]`, loss, and values `[B, T]` from
    /// the decoder's last hidden state.
    public func callAsFunction(inputIds: Tensor, attentionMask: Tensor? = nil, decoderInputIds: Tensor? = nil,
                               decoderAttentionMask: Tensor? = nil, labels: Tensor? = nil)
        throws -> (output: T5ForConditionalGeneration.Output, values: Tensor) {
        guard let t5 else { fatalError("Seq2SeqLMWithValueHead lost its T5") }
        let output = try t5(inputIds: inputIds, attentionMask: attentionMask, decoderInputIds: decoderInputIds,
                            decoderAttentionMask: decoderAttentionMask, labels: labels)
        return (output, try valueHead(output.decoderHiddenState))
    }

    /// `v_head.summary.weight` and `v_head.summary.bias`, as trl adds them to the saved state dict.
    public func valueHeadStateDict() -> [(name: String, tensor: Tensor)] {
        valueHead.stateDict().map { ("v_head." + $0.name, $0.tensor) }
    }

    /// Fills the value head from `v_head.*` tensors of a safetensors file (trl's `post_init`); other
    /// tensors are ignored. Returns whether the file held a value head.
    @discardableResult
    public func loadValueHead(from url: URL) throws -> Bool {
        let file = try SafeTensorsFile(url: url)
        var stateDict: [String: Tensor] = [:]
        for name in file.names where name.hasPrefix("v_head.") {
            stateDict[String(name.dropFirst("v_head.".count))] = try Tensor(file.floats(name), shape: file.info(name).shape)
        }
        guard !stateDict.isEmpty else { return false }
        try valueHead.load(stateDict: stateDict, strict: true)
        return true
    }
}

/// Saving beside the policy, as trl's `save_pretrained` does.
extension Seq2SeqLMWithValueHead {
    /// Writes the policy and the value head to `folder`.
    ///
    /// - A LoRA policy: the adapter folder, plus `v_head.*` in model.safetensors beside it. (trl
    ///   pickles those into pytorch_model.bin; its `from_pretrained` reads model.safetensors first.)
    /// - A plain T5: the model folder, with `v_head.*` added to model.safetensors, as trl adds them
    ///   to the state dict it passes to transformers.
    public func save(to folder: URL) throws {
        if let peftModel {
            try peftModel.saveAdapter(to: folder)
            try WeightFiles.save(valueHeadStateDict(), folder: folder)
        } else if let t5 {
            try t5.saveFolder(folder)
            try WeightFiles.save(t5.weightsForSaving() + valueHeadStateDict(), folder: folder)
        }
    }

    /// A policy and value head saved by ``save(to:)`` or by trl: an adapter folder (its base model
    /// found from `base_model_name_or_path` by ``ModelLocator``) or a T5 model folder. A value head
    /// in the folder's model.safetensors is loaded; without one the head is new, drawn from `seed`.
    /// A folder whose only weights file is pytorch_model.bin is refused (``pickledValueHead(_:)``).
    public convenience init(folder: URL, isTrainable: Bool = false, seed: UInt64 = 0) throws {
        let adapterConfig = folder.appendingPathComponent(PeftModel.configFile)
        let policy: Module
        if FileManager.default.fileExists(atPath: adapterConfig.path) {
            guard let baseName = try LoraConfig(contentsOf: adapterConfig).baseModelNameOrPath, !baseName.isEmpty else {
                throw LoraError.adapterFile("\(adapterConfig.path): base_model_name_or_path does not name the base model")
            }
            let base = try T5ForConditionalGeneration.fromPretrained(baseName)
            policy = try PeftModel(base, adapterFolder: folder, isTrainable: isTrainable)
        } else {
            policy = try T5ForConditionalGeneration(folder: folder)
        }
        try self.init(policy: policy, seed: seed)
        if FileManager.default.fileExists(atPath: folder.appendingPathComponent("model.safetensors").path) {
            try loadValueHead(fromFolder: folder)
        } else if FileManager.default.fileExists(atPath: folder.appendingPathComponent("pytorch_model.bin").path) {
            throw HubError.weights(Self.pickledValueHead(folder))
        }
    }

    /// Why a folder whose value head is only in pytorch_model.bin (as trl saves it beside a PEFT
    /// adapter) is refused rather than given a new, random head, and how to convert it.
    public static func pickledValueHead(_ folder: URL) -> String {
        let bin = folder.appendingPathComponent("pytorch_model.bin").path
        let safetensors = folder.appendingPathComponent("model.safetensors").path
        return "\(folder.path) keeps its value head only in pytorch_model.bin, a pickle file labrun does not read "
            + "(unpickling can run arbitrary code). Convert it once with Python: python -c \"import torch; "
            + "from safetensors.torch import save_file; save_file(torch.load('\(bin)', weights_only=True), '\(safetensors)')\""
    }

    /// Fills the value head from the `v_head.*` tensors of `folder`'s model.safetensors (trl's
    /// `post_init`). Returns whether there were any.
    @discardableResult
    public func loadValueHead(fromFolder folder: URL) throws -> Bool {
        try loadValueHead(from: folder.appendingPathComponent("model.safetensors"))
    }
}
