import Foundation
import LabScript

/// Turns a session's globals into the JSON of a session file's manifest, keeping aliasing: each
/// list, dict, set and native object is written once in an object table and referred to by
/// index. Values that cannot be saved are reported by name and left out.
///
/// Encoded forms: `null` (None), a JSON string (str), `{"b": 0|1}`, `{"i": "digits"}`,
/// `{"f": "repr"}`, `{"t": [values]}` (tuple), `{"r": index}` (an object in the table),
/// `{"mod": "name"}` (an imported module), `{"fn": "name"}` and `{"cls": "name"}` (a function or
/// class re-created from its saved definition). Table entries: `{"list": [...]}`,
/// `{"dict": [[key, value], ...]}`, `{"set": [...], "frozen": bool}`,
/// `{"instance": "class name", "dict": [[name, value], ...]}`,
/// `{"native": "type name", "state": json}`. Values natives write through `NativeArchiveWriter`
/// add `{"bytes": [offset, length]}` (payload bytes), `{"attr": ["module", "name"]}` (a class or
/// builtin function found in an imported module) and entries of the `shared` table (engine objects).
final class SessionValueEncoder: NativeArchiveWriter {
    /// Why a value can't be saved.
    struct Unsaveable: Error {
        let reason: String
    }

    let interpreter: Interpreter
    /// Where the `def` and `class` statements the session ran are found.
    let sources: SessionFileDefinitions

    private(set) var objects: [Any] = []
    /// Engine objects natives share (module trees, parameters), each written once.
    private(set) var shared: [Any] = []
    private(set) var payload = Data()
    /// The `def` and `class` statements the saved values need, in the order to run them.
    private(set) var definitions: [(name: String, source: String)] = []
    /// The module attributes (`module.name`) the saved values refer to: like definitions, they can
    /// act when called (`os.remove`), so a file with any loads only where it was signed.
    private(set) var attributes: Set<String> = []
    private var indices: [ObjectIdentifier: Int] = [:]
    private var sharedIndices: [ObjectIdentifier: Int] = [:]
    /// Keeps the objects indexed by identity alive while encoding, so no identity is reused.
    private var retained: [AnyObject] = []
    /// How deep the value being encoded is nested; past `depthLimit` it is not saved (as
    /// CPython's pickle stops at its recursion limit), so the machine stack stays safe and the
    /// manifest's JSON stays within what JSON readers nest.
    private var depth = 0
    static let depthLimit = 200

    init(interpreter: Interpreter, sources: SessionFileDefinitions) {
        self.interpreter = interpreter
        self.sources = sources
    }

    /// Encodes the value of global `name`. A function the statement binding `name` made (a
    /// decorated `def`) is saved as that statement.
    func encode(global name: String, _ value: Value) throws -> Any {
        if case .function(let function) = value, function.qualname != function.name,
           try define(name) {
            return ["fn": name]
        }
        return try encode(value)
    }

    func encode(_ value: Value) throws -> Any {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.depthLimit else {
            throw Unsaveable(reason: "a value nested more than \(Self.depthLimit) levels deep")
        }
        return try encodeValue(value)
    }

    private func encodeValue(_ value: Value) throws -> Any {
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
            guard function.qualname == function.name, try define(function.name) else {
                throw Unsaveable(reason: "a function whose definition could not be found (nested functions and lambdas can't be saved)")
            }
            return ["fn": function.name]
        case .type(let type) where type.isUserDefined:
            guard !type.isException, try defineClass(type) else {
                throw Unsaveable(reason: "a class whose definition could not be found")
            }
            return ["cls": type.name]
        case .object(let instance as PyInstance) where !instance.cls.isUserDefined:
            // A module's own object, such as `__future__.annotations`: saved by name.
            guard let (module, name) = interpreter.moduleAttribute(holding: value) else {
                throw Unsaveable(reason: "an instance of \(instance.cls.name), which has no saved form")
            }
            attributes.insert(module + "." + name)
            return ["attr": [module, name]]
        case .object(let instance as PyInstance):
            guard !instance.cls.isException, try defineClass(instance.cls) else {
                throw Unsaveable(reason: "an instance of \(instance.cls.name), whose class definition could not be found")
            }
            return try table(instance) { encoder in
                var entry: [String: Any] = ["instance": instance.cls.name, "dict": try instance.dict.map { [$0.key, try encoder.encode($0.value)] }]
                if let value = instance.builtinValue { entry["value"] = try encoder.encode(value) }
                return entry
            }
        case .object(let module as PyModule): return ["mod": module.name]
        case .native(let native as NativePersistable):
            return try table(native) { encoder in
                ["native": native.persistentTypeName, "state": try native.persistentState(encoder)]
            }
        case .type, .builtin, .native:
            guard let (module, name) = interpreter.moduleAttribute(holding: value) else {
                throw Unsaveable(reason: "a \(value.typeName) object, which has no saved form")
            }
            attributes.insert(module + "." + name)
            return ["attr": [module, name]]
        default:
            throw Unsaveable(reason: "a \(value.pyType.name) object, which can't be saved")
        }
    }

    // MARK: NativeArchiveWriter

    func value(_ value: Value) throws -> Any { try encode(value) }

    func bytes(_ data: Data) -> Any {
        defer { payload.append(data) }
        return ["bytes": [payload.count, data.count]]
    }

    func shared(_ object: AnyObject, _ encode: () throws -> Any) throws -> Int {
        let id = ObjectIdentifier(object)
        if let index = sharedIndices[id] { return index }
        let index = shared.count
        sharedIndices[id] = index
        retained.append(object)
        shared.append(NSNull())
        do {
            shared[index] = try encode()
        } catch {
            sharedIndices[id] = nil
            throw error
        }
        return index
    }

    /// Adds the statement defining `name` (once); false when it can't be found.
    private func define(_ name: String) throws -> Bool {
        if definitions.contains(where: { $0.name == name }) { return true }
        guard let source = sources.source(defining: name) else { return false }
        definitions.append((name, source))
        return true
    }

    /// Adds a class's definition after those of its user-defined bases.
    private func defineClass(_ type: PyType) throws -> Bool {
        for base in type.bases where base.isUserDefined {
            guard try defineClass(base) else { return false }
        }
        return try define(type.name)
    }

    /// The reference to `object` in the table, adding it (with `body`) the first time.
    private func table(_ object: AnyObject, _ body: (SessionValueEncoder) throws -> Any) throws -> Any {
        let id = ObjectIdentifier(object)
        if let index = indices[id] { return ["r": index] }
        let index = objects.count
        indices[id] = index
        retained.append(object)
        objects.append(NSNull())
        do {
            objects[index] = try body(self)
        } catch {
            indices[id] = nil
            throw error
        }
        return ["r": index]
    }
}
