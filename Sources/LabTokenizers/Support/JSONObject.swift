import Foundation
import JSONText

/// A JSON object read from a tokenizer file, with typed accessors whose errors name the file and key path.
struct JSONObject {
    let members: JSONMap
    /// The file the object came from, for error messages.
    let file: String
    /// Where the object sits in the file, such as `model` or `pre_tokenizer.pretokenizers[1]`.
    let path: String

    init(_ members: JSONMap, file: String, path: String = "") {
        self.members = members
        self.file = file
        self.path = path
    }

    /// Parses `data` as a JSON object.
    init(data: Data, file: String) throws {
        let parsed: JSONValue
        do {
            parsed = try JSONValue.parse([UInt8](data))
        } catch let error as JSONReadError {
            let problem = error.kind == .invalidUTF8 ? "is not UTF-8 text: \(error.message)" : "is not valid JSON: \(error)"
            throw TokenizerError.invalidFile(file: file, problem: problem)
        }
        guard let object = parsed.objectValue else {
            throw TokenizerError.invalidFile(file: file, problem: "top level is not a JSON object")
        }
        self.init(object, file: file)
    }

    func failure(_ problem: String, key: String? = nil) -> TokenizerError {
        let place = [path, key ?? ""].filter { !$0.isEmpty }.joined(separator: ".")
        return .invalidFile(file: file, problem: place.isEmpty ? problem : "\(place): \(problem)")
    }

    /// Whether `key` is present and not null.
    func has(_ key: String) -> Bool {
        guard let value = members[key] else { return false }
        return !value.isNull
    }

    func value(_ key: String) throws -> JSONValue {
        guard has(key), let value = members[key] else { throw failure("missing field", key: key) }
        return value
    }

    func string(_ key: String) throws -> String {
        guard let value = try value(key).stringValue else { throw failure("expected a string", key: key) }
        return value
    }

    func optionalString(_ key: String) throws -> String? {
        has(key) ? try string(key) : nil
    }

    func bool(_ key: String, default fallback: Bool) throws -> Bool {
        guard has(key) else { return fallback }
        guard let value = members[key]?.boolValue else { throw failure("expected true or false", key: key) }
        return value
    }

    func optionalBool(_ key: String) throws -> Bool? {
        has(key) ? try bool(key, default: false) : nil
    }

    func int(_ key: String) throws -> Int {
        guard let value = try value(key).intValue else { throw failure("expected an integer", key: key) }
        return value
    }

    func int(_ key: String, default fallback: Int) throws -> Int {
        has(key) ? try int(key) : fallback
    }

    func optionalInt(_ key: String) throws -> Int? {
        has(key) ? try int(key) : nil
    }

    func object(_ key: String) throws -> JSONObject {
        guard let value = try value(key).objectValue else { throw failure("expected an object", key: key) }
        return JSONObject(value, file: file, path: childPath(key))
    }

    func optionalObject(_ key: String) throws -> JSONObject? {
        has(key) ? try object(key) : nil
    }

    func array(_ key: String) throws -> [JSONValue] {
        guard let value = try value(key).arrayValue else { throw failure("expected an array", key: key) }
        return value
    }

    /// The array at `key`, each element an object.
    func objects(_ key: String) throws -> [JSONObject] {
        try array(key).enumerated().map { index, element in
            guard let object = element.objectValue else { throw failure("expected an object at index \(index)", key: key) }
            return JSONObject(object, file: file, path: childPath("\(key)[\(index)]"))
        }
    }

    /// The array at `key`, each element an integer.
    func ints(_ key: String) throws -> [Int] {
        try array(key).enumerated().map { index, element in
            guard let value = element.intValue else { throw failure("expected an integer at index \(index)", key: key) }
            return value
        }
    }

    private func childPath(_ key: String) -> String {
        path.isEmpty ? key : "\(path).\(key)"
    }
}
