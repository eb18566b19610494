import Foundation
import LabScript

/// Reads back what `SessionValueEncoder` wrote, into `interpreter`, rebuilding aliasing and
/// cycles through the object table. Throws `REPLError` for anything malformed.
final class SessionValueDecoder: NativeArchiveReader {
    let interpreter: Interpreter
    let objects: [Any]
    /// Engine objects natives share (`NativeArchiveWriter.shared`).
    let sharedEntries: [Any]
    let payload: Data
    /// Functions and classes re-created from their saved definitions, by name.
    let definitions: [String: Value]
    /// The module attributes the manifest declares (`module.name`); no other may be referred to.
    let attributes: Set<String>
    private var decoded: [Int: Value] = [:]
    private var sharedObjects: [Int: AnyObject] = [:]
    /// Table entries being read, to refuse a cycle that runs through a native object.
    private var inProgress: Set<Int> = []
    private var sharedInProgress: Set<Int> = []
    /// How deep the value being read is nested; a file nested deeper than the encoder writes is
    /// damaged (and would otherwise use up the machine stack).
    private var depth = 0

    init(interpreter: Interpreter, objects: [Any], shared: [Any], payload: Data, definitions: [String: Value], attributes: Set<String>) {
        self.interpreter = interpreter
        self.attributes = attributes
        self.objects = objects
        self.sharedEntries = shared
        self.payload = payload
        self.definitions = definitions
    }

    func decode(_ json: Any) throws -> Value {
        depth += 1
        defer { depth -= 1 }
        guard depth <= SessionValueEncoder.depthLimit + 1 else { throw malformed("value: nested too deeply") }
        return try decodeValue(json)
    }

    private func decodeValue(_ json: Any) throws -> Value {
        if json is NSNull { return .none }
        if let text = json as? String { return .str(text) }
        guard let object = json as? [String: Any], object.count == 1, let (tag, body) = object.first else {
            throw malformed("a value")
        }
        switch tag {
        case "b": return .bool(try integer(body) != 0)
        case "i":
            guard let text = body as? String, let value = try? interpreter.literal(text), value.typeName == "int" else { throw malformed("an int") }
            return value
        case "f":
            guard let text = body as? String, let number = Double(text) else { throw malformed("a float") }
            return .float(number)
        case "t":
            guard let items = body as? [Any] else { throw malformed("a tuple") }
            return .tuple(try items.map { try decode($0) })
        case "r": return try tableObject(at: try integer(body))
        case "fn", "cls":
            guard let name = body as? String, let definition = definitions[name] else { throw malformed("a reference to a definition") }
            return definition
        case "mod":
            guard let name = body as? String else { throw malformed("a module") }
            return try module(named: name)
        case "attr":
            guard let pair = body as? [String], pair.count == 2, attributes.contains(pair[0] + "." + pair[1]) else {
                throw malformed("a module attribute")
            }
            guard case .object(let module as PyModule) = try self.module(named: pair[0]), let value = module.dict[pair[1]] else {
                throw REPLError("the session refers to \(pair[0]).\(pair[1]), which this labrun does not have")
            }
            return value
        default: throw malformed("a value (unknown tag \(tag))")
        }
    }

    private func tableObject(at index: Int) throws -> Value {
        if let done = decoded[index] { return done }
        guard objects.indices.contains(index), let entry = objects[index] as? [String: Any] else { throw malformed("an object reference") }
        if let className = entry["instance"] as? String, let pairs = entry["dict"] as? [[Any]] {
            guard case .type(let type)? = definitions[className] else { throw malformed("an instance of \(className)") }
            let instance = PyInstance(cls: type, builtinValue: try entry["value"].map { try decode($0) })
            decoded[index] = .object(instance)
            for pair in pairs {
                guard pair.count == 2, let name = pair[0] as? String else { throw malformed("an instance attribute") }
                instance.dict[name] = try decode(pair[1])
            }
            return .object(instance)
        }
        if let items = entry["list"] as? [Any] {
            let list = PyList()
            decoded[index] = .list(list)
            list.items = try items.map { try decode($0) }
            return .list(list)
        }
        if let pairs = entry["dict"] as? [[Any]] {
            let dict = PyDict()
            decoded[index] = .dict(dict)
            for pair in pairs {
                guard pair.count == 2 else { throw malformed("a dict entry") }
                try dict.set(try decode(pair[0]), try decode(pair[1]))
            }
            return .dict(dict)
        }
        if let items = entry["set"] as? [Any] {
            let set = try PySet(items.map { try decode($0) }, frozen: (entry["frozen"] as? Int ?? 0) != 0)
            decoded[index] = .set(set)
            return .set(set)
        }
        if let typeName = entry["native"] as? String, let state = entry["state"] {
            guard let decoder = interpreter.persistentDecoder(for: typeName) else {
                throw REPLError("the session holds a \(typeName) object, which this labrun cannot read")
            }
            guard inProgress.insert(index).inserted else { throw malformed("a \(typeName) object that contains itself") }
            defer { inProgress.remove(index) }
            let native: NativeObject
            do {
                native = try decoder(state, self)
            } catch let error as REPLError {
                throw error
            } catch {
                throw REPLError("the saved \(typeName) does not read back: \(error)")
            }
            decoded[index] = .native(native)
            return .native(native)
        }
        throw malformed("an object")
    }

    // MARK: NativeArchiveReader

    func value(_ json: Any) throws -> Value { try decode(json) }

    func bytes(_ json: Any) throws -> Data {
        guard let pair = (json as? [String: Any])?["bytes"] as? [Int], pair.count == 2 else { throw malformed("a byte range") }
        let (offset, length) = (pair[0], pair[1])
        guard offset >= 0, length >= 0, offset <= payload.count, length <= payload.count - offset else { throw malformed("a byte range") }
        let start = payload.startIndex + offset
        return payload.subdata(in: start..<start + length)
    }

    func shared<Object: AnyObject>(_ index: Int, _ decode: (Any) throws -> Object) throws -> Object {
        if let object = sharedObjects[index] {
            guard let typed = object as? Object else { throw malformed("a shared object of another type") }
            return typed
        }
        guard sharedEntries.indices.contains(index) else { throw malformed("a shared object reference") }
        guard sharedInProgress.insert(index).inserted else { throw malformed("a shared object that contains itself") }
        defer { sharedInProgress.remove(index) }
        let object = try decode(sharedEntries[index])
        sharedObjects[index] = object
        return object
    }

    func malformed(_ what: String) -> Error { REPLError("the session file is damaged: malformed \(what)") }

    private func module(named name: String) throws -> Value {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.allSatisfy(Self.isIdentifier) else { throw malformed("module name") }
        do {
            return try interpreter.importModule(named: name)
        } catch {
            throw REPLError("the session imports \(name), which this labrun cannot import")
        }
    }

    /// A Python identifier (ASCII letters, digits and `_`, not starting with a digit).
    private static func isIdentifier(_ part: Substring) -> Bool {
        guard let first = part.unicodeScalars.first, first == "_" || first.properties.isAlphabetic else { return false }
        return part.unicodeScalars.allSatisfy { $0 == "_" || $0.properties.isAlphabetic || $0.properties.numericType == .decimal }
    }

    private func integer(_ json: Any) throws -> Int {
        guard let number = json as? Int else { throw malformed("a number") }
        return number
    }

}
