import Foundation
import LabNN
import LabTensor

/// Adapter folders in PEFT's format: adapter_config.json and adapter_model.safetensors, whose
/// tensor names are the PeftModel's parameter names without the adapter name
/// (`base_model.model.encoder.block.0.layer.0.SelfAttention.q.lora_A.weight`).
extension PeftModel {
    static let configFile = "adapter_config.json"
    static let weightsFile = "adapter_model.safetensors"
    private static let adapterName = "default"

    /// The adapter tensors under the names PEFT saves them by.
    public func adapterStateDict() -> [(name: String, tensor: Tensor)] {
        namedParameters().filter { $0.name.contains(".lora_") }.map { entry in
            (entry.name.replacingOccurrences(of: ".\(Self.adapterName).", with: "."), entry.parameter.value)
        }
    }

    /// Writes `folder`/adapter_config.json and `folder`/adapter_model.safetensors (float32), creating `folder`.
    public func saveAdapter(to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try config.toJSON().write(to: folder.appendingPathComponent(Self.configFile))
        let entries = adapterStateDict().map { name, tensor in
            SafeTensorsWriter.Entry(name: name, floats: tensor.contiguous().toFloatArray(), shape: tensor.shape)
        }
        try SafeTensorsWriter.write(entries, metadata: ["format": "pt"], to: folder.appendingPathComponent(Self.weightsFile))
    }

    /// Injects the adapter saved in `folder` into `model` and loads its weights (PEFT's
    /// `PeftModel.from_pretrained(model, folder, is_trainable=…)`). Without `isTrainable` the
    /// adapters are frozen and the model is put in eval mode.
    public convenience init(_ model: Module, adapterFolder folder: URL, isTrainable: Bool = false) throws {
        var config = try LoraConfig(contentsOf: folder.appendingPathComponent(Self.configFile))
        config.inferenceMode = !isTrainable
        try self.init(model, config: config)
        try loadAdapterWeights(from: folder.appendingPathComponent(Self.weightsFile))
        if !isTrainable { eval() }
    }

    /// Fills every adapter tensor from a safetensors file; a missing, unexpected or misshapen
    /// tensor is an error naming it and the file.
    func loadAdapterWeights(from url: URL) throws {
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw LoraError.adapterFile("\(url.path) does not exist (pickled adapter_model.bin files are not read)")
        }
        let file = try SafeTensorsFile(url: url)
        let expected = Dictionary(adapterStateDict().map { ($0.name, $0.tensor.shape) }, uniquingKeysWith: { a, _ in a })
        let unexpected = file.names.filter { expected[$0] == nil }
        let missing = expected.keys.filter { !file.names.contains($0) }.sorted()
        guard unexpected.isEmpty, missing.isEmpty else {
            throw LoraError.adapterFile("\(url.path) does not fit this model's adapters; missing: \(missing), unexpected: \(unexpected.sorted())")
        }
        var stateDict: [String: Tensor] = [:]
        for (name, parameter) in namedParameters() where name.contains(".lora_") {
            let savedName = name.replacingOccurrences(of: ".\(Self.adapterName).", with: ".")
            let shape = try file.info(savedName).shape
            guard shape == parameter.value.shape else {
                throw LoraError.adapterFile("\(url.path): \(savedName) has shape \(shape), the model's adapter has \(parameter.value.shape)")
            }
            stateDict[name] = try Tensor(file.floats(savedName), shape: shape)
        }
        try load(stateDict: stateDict, strict: false)
    }
}
