import Foundation
import LabNN
import LabTensor
import LabTokenizers

/// Loading from and saving to Hugging Face model folders.
extension T5ForConditionalGeneration {
    /// Keys transformers ignores when they appear in a T5 checkpoint (old checkpoints carry a
    /// cross-attention position bias that T5 never uses).
    static let ignoredUnexpectedKeys: Set<String> = ["decoder.block.0.layer.1.EncDecAttention.relative_attention_bias.weight"]

    /// The model named `name`: a folder path, an embedded model, or a snapshot in the local Hugging
    /// Face cache (see ``ModelLocator``).
    public static func fromPretrained(_ name: String) throws -> T5ForConditionalGeneration {
        try T5ForConditionalGeneration(folder: ModelLocator.resolve(name))
    }

    /// Reads config.json and the safetensors weights of `folder`. Every parameter must be found
    /// (tied ones under any of their names); keys that fit no parameter are an error too.
    public convenience init(folder: URL) throws {
        let configURL = folder.appendingPathComponent("config.json")
        guard FileManager.default.fileExists(atPath: configURL.path) else { throw HubError.missingFile(folder: folder.path, file: "config.json") }
        let config = try T5Config(contentsOf: configURL)
        try self.init(config: config, weights: WeightInitializer(.meta))
        var tensors = try WeightFiles.load(folder: folder)
        for key in Self.ignoredUnexpectedKeys { tensors[key] = nil }
        // trl saves its value head (`v_head.*`) into the policy's weights; it is read by Seq2SeqLMWithValueHead.
        tensors = tensors.filter { !$0.key.hasPrefix("v_head.") }
        do {
            try load(stateDict: tensors, strict: true)
        } catch let error as ModuleError {
            throw HubError.weights("\(folder.path): \(error)")
        }
        let generationURL = folder.appendingPathComponent("generation_config.json")
        if FileManager.default.fileExists(atPath: generationURL.path) {
            generationConfig = try GenerationConfig(contentsOf: generationURL)
        }
        eval()
    }

    /// The parameters as transformers saves them: tied copies (`encoder.embed_tokens.weight`,
    /// `decoder.embed_tokens.weight`, and `lm_head.weight` when tied) left out.
    public func weightsForSaving() -> [(name: String, tensor: Tensor)] {
        namedParameters().map { ($0.name, $0.parameter.value) }
    }

    /// Writes config.json, model.safetensors (`format` F32 by default), generation_config.json
    /// (``generationConfig``) and, when given, the tokenizer's files — a folder Python transformers loads.
    public func saveFolder(_ folder: URL, tokenizer: HFTokenizer? = nil,
                           format: StoredFormat = .float32) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var configJSON = config.toJSON()
        configJSON.values["torch_dtype"] = format == .float32 ? "float32" : format == .float16 ? "float16" : "bfloat16"
        try configJSON.write(to: folder.appendingPathComponent("config.json"))
        try WeightFiles.save(weightsForSaving(), folder: folder, format: format)
        try generationConfig.toJSON().write(to: folder.appendingPathComponent("generation_config.json"))
        try tokenizer?.save(to: folder)
    }
}
