import Foundation
import LabScript

/// Turns a session's globals into the JSON of a session file's manifest, keeping aliasing: each
/// list, dict, set and native object is written once in an object table and referred to by
/// index. Values that cannot be saved are reported by name and left out.
///
/// Encoded forms: `null` (None), a JSON string (str), `{"b": 0|1}`, `{"i": "digits"}`,
/// `{"f": "repr"}`, `{"t": [values]}` (tuple), `{"r": index}` (an object in the table),
/// `{"mod": "name"}` (an imported module), `{"fn": "name"}` (a function re-created from its
/// saved definition). Table entries: `{"list": [...]}`, `{"dict": [[key, value], ...]}`,
/// `{"set": [...], "frozen": bool}`, `{"native": "type name", "offset": n, "length": n}`.
struct SessionValueEncoder {
    /// Why a value can't be saved.
    struct Unsaveable: Error {
        let reason: String
    }

    let interpreter: Interpreter
    /// The source of a top-level function's `def`, when it can be found.
    let definitionSource: (PyFunction) -> String?

    private(set) var objects: [Any] = []
    private(set) var payload = Data()
    /// Function name -> its `def` source, in the order first met.
    private(set) var definitions: [(name: String, source: String)] = []
    private var indices: [ObjectIdentifier: Int] = [:]

    init(interpreter: Interpreter, definitionSource: @escaping (PyFunction) -> String?) {
        self.interpreter = interpreter
        self.definitionSource = definitionSource
    }

    mutating func encode(_ value: Value) throws -> Any {
        switch value {
        case .none: return NSNull()
        case .bool(let flag): return ["b": flag ? 1 : 0]
        case .int, .bigint: return ["i": interpreter.repr(value)]
        case .float: return ["f": interpreter.repr(value)]
        case .str(let text): return text
        case .tuple(let items): return ["t": try items.map { try encode($0) }]
        case .list(let list):
            guard list.subtype == nil else { throw Unsaveable(reason: "a \(value.typeName) (only plain containers can be saved)") }
            return try table(list) { encoder in ["list": try list.items.map { try encoder.encode($0) }] }
        case .dict(let dict):
            guard dict.subtype == nil else { throw Unsaveable(reason: "a \(value.typeName) (only plain containers can be saved)") }
            return try table(dict) { encoder in
                ["dict": try dict.storage.map { [try encoder.encode($0.key.value), try encoder.encode($0.value)] }]
            }
        case .set(let set):
            return try table(set) { encoder in ["set": try set.items.map { try encoder.encode($0) }, "frozen": set.isFrozen ? 1 : 0] }
        case .function(let function):
            guard let source = definitionSource(function) else {
                throw Unsaveable(reason: "a function whose definition could not be found (nested functions and lambdas can't be saved)")
            }
            if !definitions.contains(where: { $0.name == function.name }) { definitions.append((function.name, source)) }
            return ["fn": function.name]
        case .object(let module as PyModule): return ["mod": module.name]
        case .native(let native):
            guard let persistable = native as? NativePersistable else {
                throw Unsaveable(reason: "a \(value.typeName) object, which has no saved form")
            }
            return try table(native) { encoder in
                let state = try persistable.persistentState()
                defer { encoder.payload.append(state) }
                return ["native": persistable.persistentTypeName, "offset": encoder.payload.count, "length": state.count]
            }
        default:
            throw Unsaveable(reason: "a \(value.typeName) object, which can't be saved")
        }
    }

    /// The reference to `object` in the table, adding it (with `body`) the first time.
    private mutating func table(_ object: AnyObject, _ body: (inout SessionValueEncoder) throws -> Any) throws -> Any {
        let id = ObjectIdentifier(object)
        if let index = indices[id] { return ["r": index] }
        let index = objects.count
        indices[id] = index
        objects.append(NSNull())
        do {
            objects[index] = try body(&self)
        } catch {
            indices[id] = nil
            throw error
        }
        return ["r": index]
    }
}
