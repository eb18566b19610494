import Foundation
import LabNN
import LabTensor

/// Loading from and saving to Hugging Face model folders.
extension RobertaForSequenceClassification {
    /// Checkpoint keys the classifier does not use, as transformers ignores them: the pooler (the
    /// classifier reads `<s>` itself) and the `position_ids` buffer older checkpoints stored.
    static func isIgnoredKey(_ key: String) -> Bool {
        key.hasPrefix("roberta.pooler.") || key == "roberta.embeddings.position_ids"
    }

    /// The model named `name`: a folder path, an embedded model, or a snapshot in the local Hugging
    /// Face cache (see ``ModelLocator``).
    public static func fromPretrained(_ name: String) throws -> RobertaForSequenceClassification {
        try RobertaForSequenceClassification(folder: ModelLocator.resolve(name))
    }

    /// Reads config.json and the safetensors weights of `folder`, in eval mode. Every parameter
    /// must be found; keys other than the ignored ones that fit no parameter are an error.
    public convenience init(folder: URL) throws {
        let configURL = folder.appendingPathComponent("config.json")
        guard FileManager.default.fileExists(atPath: configURL.path) else {
            throw HubError.missingFile(folder: folder.path, file: "config.json")
        }
        try self.init(RobertaConfig(contentsOf: configURL), weights: WeightInitializer(.meta))
        let tensors = try WeightFiles.load(folder: folder).filter { !Self.isIgnoredKey($0.key) }
        do {
            try load(stateDict: tensors, strict: true)
        } catch let error as ModuleError {
            throw HubError.weights("\(folder.path): \(error)")
        }
        eval()
    }

    /// Writes config.json and model.safetensors, a folder Python transformers loads.
    public func saveFolder(_ folder: URL, format: StoredFormat = .float32) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var json = config.toJSON()
        json.values["torch_dtype"] = format == .float32 ? "float32" : format == .float16 ? "float16" : "bfloat16"
        try json.write(to: folder.appendingPathComponent("config.json"))
        try WeightFiles.save(namedParameters().map { ($0.name, $0.parameter.value) }, folder: folder, format: format)
    }
}
