import Foundation
import JSONText
import LabScript
import LabTensor

/// `torch.save` / `torch.load` in a safe format: one safetensors file whose tensors are the
/// object's tensors (named "0", "1", ... in the order met) and whose metadata holds the object's
/// structure as JSON under `labrun.structure`. Tensors, Parameters, dicts (OrderedDict kept),
/// lists, tuples, str, int, float, bool and None nest freely. Nothing is ever unpickled: a real
/// PyTorch checkpoint (a zip of pickles) is refused with a message saying how to convert it.
enum TorchSave {
    static let structureKey = "labrun.structure"

    static let functions: [Function] = [
        Function("save", params: ["obj", "f", "pickle_module=None", "pickle_protocol=2", "_use_new_zipfile_serialization=True"]) { a in
            var entries: [SafeTensorsWriter.Entry] = []
            let structure = try encode(a["obj"], into: &entries)
            let json = String(decoding: try JSONSerialization.data(withJSONObject: structure, options: [.fragmentsAllowed]), as: UTF8.self)
            let path = try a.string("f")
            try fileCall { try SafeTensorsWriter.write(entries, metadata: ["format": "pt", structureKey: json], to: URL(fileURLWithPath: path)) }
            return .none
        },
        Function("load", params: ["f", "map_location=None", "pickle_module=None", "*", "weights_only=None", "mmap=None"]) { a in
            let path = try a.string("f")
            guard FileManager.default.fileExists(atPath: path) else {
                throw a.interpreter.osError(.fileNotFoundError, 2, "No such file or directory", path)
            }
            let file = try fileCall { try SafeTensorsFile(url: URL(fileURLWithPath: path), judgingByContentOnly: true) }
            guard let json = file.metadata?[structureKey] else {
                // A plain safetensors file (not written by torch.save): its tensors by name.
                let d = PyDict()
                for name in file.names { d[string: name] = .tensor(try torchCall { try file.tensor(name) }) }
                return .dict(d)
            }
            let structure = try JSONFoundationObject.read(Array(json.utf8), options: .init(allowNonFinite: true))
            return try decode(structure, from: file, path)
        },
    ]

    /// Runs a safetensors read or write, reporting its failure (a pickle checkpoint refused, a
    /// damaged file) as a RuntimeError naming the file.
    private static func fileCall<T>(_ body: () throws -> T) throws -> T {
        do {
            return try torchCall(body)
        } catch let error as SafeTensorsError {
            throw PyException.runtimeError(error.description)
        }
    }

    /// The JSON form of `value`, appending its tensors to `entries`.
    private static func encode(_ value: Value, into entries: inout [SafeTensorsWriter.Entry]) throws -> Any {
        switch value {
        case .none: return NSNull()
        case .bool(let b): return ["bool": b]
        case .int(let i): return ["int": String(i)]
        case .float(let d): return ["float": "\(d)"]
        case .str(let s): return ["str": s]
        case .native(let t as TensorObject):
            let name = String(entries.count)
            entries.append(SafeTensorsWriter.Entry(name: name, tensor: t.tensor.detached()))
            return ["tensor": name, "parameter": t is ParameterObject, "requires_grad": t.tensor.requiresGrad]
        case .list(let l): return ["list": try l.items.map { try encode($0, into: &entries) }]
        case .tuple(let items): return ["tuple": try items.map { try encode($0, into: &entries) }]
        case .dict(let d):
            let pairs = try d.storage.map { [try encode($0.key.value, into: &entries), try encode($0.value, into: &entries)] }
            return [d.subtype === Interpreter.orderedDictType ? "ordered_dict" : "dict": pairs]
        default:
            throw PyException(.notImplementedError, "torch.save writes tensors, dicts, lists, tuples, str, int, float, bool and None, not \(value.typeName) (labrun never pickles)")
        }
    }

    private static func decode(_ json: Any, from file: SafeTensorsFile, _ path: String) throws -> Value {
        func bad() -> PyException { PyException.runtimeError("\(path): the structure written by torch.save is damaged") }
        if json is NSNull { return .none }
        guard let object = json as? [String: Any], let (kind, body) = object.first(where: { ["parameter", "requires_grad"].contains($0.key) == false }) else { throw bad() }
        switch (kind, body) {
        case ("bool", let b as Bool): return .bool(b)
        case ("int", let s as String): guard let i = Int(s) else { throw bad() }; return .int(i)
        case ("float", let s as String): guard let d = Double(s) else { throw bad() }; return .float(d)
        case ("str", let s as String): return .str(s)
        case ("tensor", let name as String):
            var tensor = try torchCall { try file.tensor(name) }
            if object["parameter"] as? Bool == true {
                return .native(ParameterObject(Parameter(tensor, requiresGrad: object["requires_grad"] as? Bool ?? true)))
            }
            if object["requires_grad"] as? Bool == true { tensor.requiresGrad = true }
            return .tensor(tensor)
        case ("list", let items as [Any]): return .list(PyList(try items.map { try decode($0, from: file, path) }))
        case ("tuple", let items as [Any]): return .tuple(try items.map { try decode($0, from: file, path) })
        case ("dict", let pairs as [[Any]]), ("ordered_dict", let pairs as [[Any]]):
            let d = PyDict()
            if kind == "ordered_dict" { d.subtype = Interpreter.orderedDictType }
            for pair in pairs {
                guard pair.count == 2 else { throw bad() }
                try d.set(try decode(pair[0], from: file, path), try decode(pair[1], from: file, path))
            }
            return .dict(d)
        default: throw bad()
        }
    }
}
