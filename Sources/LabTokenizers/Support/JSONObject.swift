import Foundation

/// A JSON object read from a tokenizer file, with typed accessors whose errors name the file and key path.
struct JSONObject {
    let storage: [String: Any]
    /// The file the object came from, for error messages.
    let file: String
    /// Where the object sits in the file, such as `model` or `pre_tokenizer.pretokenizers[1]`.
    let path: String

    init(_ storage: [String: Any], file: String, path: String = "") {
        self.storage = storage
        self.file = file
        self.path = path
    }

    /// Parses `data` as a JSON object.
    init(data: Data, file: String) throws {
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: Self.escapingByteOrderMarks(data), options: [.fragmentsAllowed])
        } catch {
            throw TokenizerError.invalidFile(file: file, problem: "is not valid JSON")
        }
        guard let object = parsed as? [String: Any] else {
            throw TokenizerError.invalidFile(file: file, problem: "top level is not a JSON object")
        }
        self.init(object, file: file)
    }

    /// Foundation's parser drops a U+FEFF that starts a string, so every U+FEFF after the first byte is
    /// written as the `\uFEFF` escape (valid wherever the character itself is), and a leading one is removed.
    private static func escapingByteOrderMarks(_ data: Data) -> Data {
        let mark: [UInt8] = [0xEF, 0xBB, 0xBF]
        var bytes = [UInt8](data)
        if bytes.starts(with: mark) { bytes.removeFirst(3) }
        guard bytes.count >= 3 else { return Data(bytes) }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBB, bytes[index + 2] == 0xBF {
                result += Array(#"\uFEFF"#.utf8)
                index += 3
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return Data(result)
    }

    func failure(_ problem: String, key: String? = nil) -> TokenizerError {
        let place = [path, key ?? ""].filter { !$0.isEmpty }.joined(separator: ".")
        return .invalidFile(file: file, problem: place.isEmpty ? problem : "\(place): \(problem)")
    }

    func has(_ key: String) -> Bool {
        guard let value = storage[key] else { return false }
        return !(value is NSNull)
    }

    func raw(_ key: String) throws -> Any {
        guard has(key), let value = storage[key] else { throw failure("missing field", key: key) }
        return value
    }

    func string(_ key: String) throws -> String {
        guard let value = try raw(key) as? String else { throw failure("expected a string", key: key) }
        return value
    }

    func optionalString(_ key: String) throws -> String? {
        has(key) ? try string(key) : nil
    }

    func bool(_ key: String, default fallback: Bool) throws -> Bool {
        guard has(key) else { return fallback }
        guard let value = storage[key] as? Bool else { throw failure("expected true or false", key: key) }
        return value
    }

    func optionalBool(_ key: String) throws -> Bool? {
        has(key) ? try bool(key, default: false) : nil
    }

    func int(_ key: String) throws -> Int {
        guard let number = try raw(key) as? NSNumber,
              let value = Int(exactly: number.doubleValue) else {
            throw failure("expected an integer", key: key)
        }
        return value
    }

    func int(_ key: String, default fallback: Int) throws -> Int {
        has(key) ? try int(key) : fallback
    }

    func optionalInt(_ key: String) throws -> Int? {
        has(key) ? try int(key) : nil
    }

    func object(_ key: String) throws -> JSONObject {
        guard let value = try raw(key) as? [String: Any] else { throw failure("expected an object", key: key) }
        return JSONObject(value, file: file, path: childPath(key))
    }

    func optionalObject(_ key: String) throws -> JSONObject? {
        has(key) ? try object(key) : nil
    }

    func array(_ key: String) throws -> [Any] {
        guard let value = try raw(key) as? [Any] else { throw failure("expected an array", key: key) }
        return value
    }

    /// The array at `key`, each element an object.
    func objects(_ key: String) throws -> [JSONObject] {
        try array(key).enumerated().map { index, element in
            guard let object = element as? [String: Any] else {
                throw failure("expected an object at index \(index)", key: key)
            }
            return JSONObject(object, file: file, path: childPath("\(key)[\(index)]"))
        }
    }

    /// The array at `key`, each element a string.
    func strings(_ key: String) throws -> [String] {
        try array(key).enumerated().map { index, element in
            guard let string = element as? String else { throw failure("expected a string at index \(index)", key: key) }
            return string
        }
    }

    private func childPath(_ key: String) -> String {
        path.isEmpty ? key : "\(path).\(key)"
    }
}
