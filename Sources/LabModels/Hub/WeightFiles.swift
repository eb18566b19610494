import Foundation
import LabTensor

/// The weights of a model folder: `model.safetensors`, or shards listed by
/// `model.safetensors.index.json`. F16 and BF16 are widened to F32. PyTorch pickle files are
/// refused with the safetensors reader's message.
public enum WeightFiles {
    static let single = "model.safetensors"
    static let index = "model.safetensors.index.json"

    /// Every tensor of the folder's weights, by name.
    public static func load(folder: URL) throws -> [String: Tensor] {
        var tensors: [String: Tensor] = [:]
        for file in try files(in: folder) {
            let reader = try SafeTensorsFile(url: file)
            for name in reader.names {
                let info = try reader.info(name)
                tensors[name] = try Tensor(reader.floats(name), shape: info.shape)
            }
        }
        return tensors
    }

    /// The safetensors files to read, in the index's order for sharded weights.
    static func files(in folder: URL) throws -> [URL] {
        let fm = FileManager.default
        let single = folder.appendingPathComponent(single)
        if fm.fileExists(atPath: single.path) { return [single] }
        let indexURL = folder.appendingPathComponent(index)
        if fm.fileExists(atPath: indexURL.path) {
            let json = try ConfigJSON(contentsOf: indexURL)
            guard let map = json.values["weight_map"] as? [String: String] else {
                throw HubError.unreadableFile(indexURL.path, "has no \"weight_map\" object")
            }
            return Array(Set(map.values)).sorted().map { folder.appendingPathComponent($0) }
        }
        for pickle in ["pytorch_model.bin", "model.bin", "pytorch_model.bin.index.json"] {
            let url = folder.appendingPathComponent(pickle)
            if fm.fileExists(atPath: url.path) {
                _ = try SafeTensorsFile(url: pickle.hasSuffix(".json") ? folder.appendingPathComponent("pytorch_model.bin") : url)
            }
        }
        throw HubError.missingFile(folder: folder.path, file: "model.safetensors (or model.safetensors.index.json)")
    }

    /// Writes `tensors` as one `model.safetensors` (F32, or F16/BF16 to halve the size), with
    /// transformers' `{"format": "pt"}` metadata.
    public static func save(_ tensors: [(name: String, tensor: Tensor)], folder: URL, format: StoredFormat = .float32) throws {
        let dtype: SafeTensorsDType
        switch format {
        case .float32: dtype = .f32
        case .float16: dtype = .f16
        case .bfloat16: dtype = .bf16
        default: throw HubError.weights("model weights are saved as float32, float16 or bfloat16, not \(format)")
        }
        let entries = tensors.map { SafeTensorsWriter.Entry(name: $0.name, dtype: dtype, shape: $0.tensor.shape, bytes: $0.tensor.rawBytes(as: format)) }
        try SafeTensorsWriter.write(entries, metadata: ["format": "pt"], to: folder.appendingPathComponent(single))
    }
}
