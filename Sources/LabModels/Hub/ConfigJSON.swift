import Foundation
import JSONText

/// A config.json object read as Foundation objects and written back with sorted keys, as transformers
/// writes it. Keys a config type does not model are kept and written back unchanged.
public struct ConfigJSON {
    /// All keys of the file, known and unknown.
    public var values: [String: Any]

    public init(_ values: [String: Any] = [:]) { self.values = values }

    /// Parses a JSON object from `url`; errors name the file.
    public init(contentsOf url: URL) throws {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw HubError.unreadableFile(url.path, "cannot be read")
        }
        try self.init(data: data, file: url.path)
    }

    /// Parses a JSON object from `data`; errors name `file`.
    public init(data: Data, file: String) throws {
        guard let object = try? JSONFoundationObject.read(data, options: .init(allowNonFinite: true)), let dict = object as? [String: Any] else {
            throw HubError.unreadableFile(file, "is not a JSON object")
        }
        values = dict
    }

    /// The JSON text, pretty-printed with sorted keys and a final newline.
    public func serialized() throws -> Data {
        var data = try JSONSerialization.data(withJSONObject: values, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        data.append(0x0A)
        return data
    }

    /// Writes the JSON text to `url` atomically.
    public func write(to url: URL) throws {
        try serialized().write(to: url, options: .atomic)
    }

    // MARK: Typed access (errors name the key and the file)

    func int(_ key: String, default value: Int, in file: String) throws -> Int {
        try optionalInt(key, in: file) ?? value
    }

    func optionalInt(_ key: String, in file: String) throws -> Int? {
        guard let raw = values[key], !(raw is NSNull) else { return nil }
        if let number = raw as? NSNumber, !isBool(number), let exact = Int(exactly: number.doubleValue) { return exact }
        throw HubError.badConfigValue(file: file, key: key, expected: "an integer", got: "\(raw)")
    }

    /// An int or a list of ints (`eos_token_id` may be either).
    func intList(_ key: String, in file: String) throws -> [Int]? {
        guard let raw = values[key], !(raw is NSNull) else { return nil }
        if let list = raw as? [Any] {
            return try list.map { item in
                guard let number = item as? NSNumber, !isBool(number), let exact = Int(exactly: number.doubleValue) else {
                    throw HubError.badConfigValue(file: file, key: key, expected: "an integer or a list of integers", got: "\(raw)")
                }
                return exact
            }
        }
        return try optionalInt(key, in: file).map { [$0] }
    }

    func double(_ key: String, default value: Double, in file: String) throws -> Double {
        guard let raw = values[key], !(raw is NSNull) else { return value }
        if let number = raw as? NSNumber, !isBool(number) { return number.doubleValue }
        throw HubError.badConfigValue(file: file, key: key, expected: "a number", got: "\(raw)")
    }

    func bool(_ key: String, default value: Bool, in file: String) throws -> Bool {
        guard let raw = values[key], !(raw is NSNull) else { return value }
        if let number = raw as? NSNumber, isBool(number) { return number.boolValue }
        throw HubError.badConfigValue(file: file, key: key, expected: "true or false", got: "\(raw)")
    }

    func string(_ key: String, default value: String, in file: String) throws -> String {
        guard let raw = values[key], !(raw is NSNull) else { return value }
        if let text = raw as? String { return text }
        throw HubError.badConfigValue(file: file, key: key, expected: "a string", got: "\(raw)")
    }

    private func isBool(_ number: NSNumber) -> Bool {
        String(cString: number.objCType) == "c"   // JSON true/false (an NSNumber of C type char)
    }
}
