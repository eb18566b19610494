import Foundation
import LabScript

/// Reads back what `SessionValueEncoder` wrote, into `interpreter`, rebuilding aliasing and
/// cycles through the object table. Throws `REPLError` for anything malformed.
struct SessionValueDecoder {
    let interpreter: Interpreter
    let objects: [Any]
    let payload: Data
    /// Functions and classes re-created from their saved definitions, by name.
    let definitions: [String: Value]
    private var decoded: [Int: Value] = [:]
    /// How deep the value being read is nested; a file nested deeper than the encoder writes is
    /// damaged (and would otherwise use up the machine stack).
    private var depth = 0

    init(interpreter: Interpreter, objects: [Any], payload: Data, definitions: [String: Value]) {
        self.interpreter = interpreter
        self.objects = objects
        self.payload = payload
        self.definitions = definitions
    }

    mutating func decode(_ json: Any) throws -> Value {
        depth += 1
        defer { depth -= 1 }
        guard depth <= SessionValueEncoder.depthLimit + 1 else { throw malformed("value: nested too deeply") }
        return try decodeValue(json)
    }

    private mutating func decodeValue(_ json: Any) throws -> Value {
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
        default: throw malformed("a value (unknown tag \(tag))")
        }
    }

    private mutating func tableObject(at index: Int) throws -> Value {
        if let done = decoded[index] { return done }
        guard objects.indices.contains(index), let entry = objects[index] as? [String: Any] else { throw malformed("an object reference") }
        if let className = entry["instance"] as? String, let pairs = entry["dict"] as? [[Any]] {
            guard case .type(let type)? = definitions[className] else { throw malformed("an instance of \(className)") }
            let instance = PyInstance(cls: type)
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
        if let typeName = entry["native"] as? String {
            let offset = try integer(entry["offset"] as Any), length = try integer(entry["length"] as Any)
            guard offset >= 0, length >= 0, offset <= payload.count, length <= payload.count - offset else { throw malformed("a native object's payload range") }
            guard let decoder = NativePersistence.decoder(for: typeName) else {
                throw REPLError("the session holds a \(typeName) object, which this labrun cannot read")
            }
            let start = payload.startIndex + offset
            let native = try decoder(payload.subdata(in: start..<start + length), interpreter)
            decoded[index] = .native(native)
            return .native(native)
        }
        throw malformed("an object")
    }

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

    private func malformed(_ what: String) -> REPLError {
        REPLError("the session file is damaged: malformed \(what)")
    }
}
