import Foundation
import LabScript
import LabModels
import LabTensor

/// The pieces of saved states the bridge's types share: tensors, parameters, configs and
/// random streams, written to and read from a session file's archive.
extension NativeArchiveWriter {
    /// `{"dtype", "shape", "data"}`, the elements as raw little-endian bytes in the payload.
    func tensor(_ tensor: Tensor) -> Any {
        ["dtype": tensor.dtype.rawValue, "shape": tensor.shape, "data": bytes(Data(tensor.littleEndianBytes))]
    }

    /// An engine parameter, written once however many modules and tensors hold it.
    func parameter(_ parameter: Parameter) throws -> Int {
        try shared(parameter) { ["parameter": tensor(parameter.value), "requiresGrad": parameter.requiresGrad] }
    }

    /// A config.json-style object as its JSON text.
    func config(_ json: ConfigJSON) throws -> String {
        String(decoding: try json.serialized(), as: UTF8.self)
    }
}

extension RandomGenerator.State {
    /// `[seed, stream, position]` as decimal strings (64-bit values do not all fit JSON numbers).
    var archived: [String] { [String(seed), String(stream), String(position)] }

    init(archived json: Any, _ archive: NativeArchiveReader) throws {
        guard let parts = json as? [String], parts.count == 3, let seed = UInt64(parts[0]), let stream = UInt64(parts[1]),
              let position = UInt64(parts[2]) else { throw archive.malformed("a random stream") }
        self.init(seed: seed, stream: stream, position: position)
    }
}

/// An engine parameter as read back: made once, shared by every module that held it.
final class ArchivedParameter {
    let parameter: Parameter
    init(_ parameter: Parameter) { self.parameter = parameter }
}

extension NativeArchiveReader {
    /// The JSON object a state must be.
    func object(_ json: Any, _ what: String) throws -> [String: Any] {
        guard let object = json as? [String: Any] else { throw malformed(what) }
        return object
    }

    func string(_ object: [String: Any], _ key: String) throws -> String {
        guard let text = object[key] as? String else { throw malformed("\(key) (a string)") }
        return text
    }

    func int(_ object: [String: Any], _ key: String) throws -> Int {
        guard let number = object[key] as? Int else { throw malformed("\(key) (an integer)") }
        return number
    }

    func bool(_ object: [String: Any], _ key: String) throws -> Bool {
        guard let flag = object[key] as? Bool else { throw malformed("\(key) (a boolean)") }
        return flag
    }

    func double(_ object: [String: Any], _ key: String) throws -> Double {
        guard let text = object[key] as? String, let number = Double(text) else { throw malformed("\(key) (a float)") }
        return number
    }

    /// A tensor written by `NativeArchiveWriter.tensor`.
    func tensor(_ json: Any) throws -> Tensor {
        let entry = try object(json, "a tensor")
        guard let dtype = DType(rawValue: try string(entry, "dtype")), let shape = entry["shape"] as? [Int],
              shape.allSatisfy({ $0 >= 0 }), let data = entry["data"] else { throw malformed("a tensor") }
        do {
            return try Tensor(littleEndianBytes: [UInt8](try bytes(data)), dtype: dtype, shape: shape)
        } catch let error as TensorError {
            throw malformed("a tensor (\(error.message))")
        }
    }

    /// The parameter written at `index` by `NativeArchiveWriter.parameter`.
    func parameter(_ index: Any) throws -> Parameter {
        guard let index = index as? Int else { throw malformed("a parameter reference") }
        return try shared(index) { json -> ArchivedParameter in
            let entry = try object(json, "a parameter")
            guard let value = entry["parameter"] else { throw malformed("a parameter") }
            return ArchivedParameter(Parameter(try tensor(value), requiresGrad: try bool(entry, "requiresGrad")))
        }.parameter
    }

    /// A config.json-style object written by `NativeArchiveWriter.config`.
    func config(_ object: [String: Any], _ key: String) throws -> ConfigJSON {
        try ConfigJSON(data: Data(try string(object, key).utf8), file: "the saved \(key)")
    }
}
