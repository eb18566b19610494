import Foundation

/// The reader's values in the shapes `JSONSerialization` gives (NSNull, NSNumber, String, [Any],
/// [String: Any]), for callers that keep a document as Foundation objects (config.json, session
/// manifests): true and false are NSNumbers of C type char, as there; the last of duplicate keys wins.
public enum JSONFoundationObject {
    public static func read(_ bytes: [UInt8], options: JSONReader.Options = .init()) throws -> Any {
        var builder = Builder()
        return try JSONReader.read(bytes, options: options, into: &builder)
    }

    public static func read(_ data: Data, options: JSONReader.Options = .init()) throws -> Any {
        try read([UInt8](data), options: options)
    }

    private struct Builder: JSONBuilder {
        func null() -> Any { NSNull() }
        func bool(_ value: Bool) -> Any { NSNumber(value: value) }
        func integer(_ value: Int) -> Any { NSNumber(value: value) }
        func bigInteger(_ digits: String) -> Any { NSNumber(value: Double(digits) ?? .infinity) }
        func float(_ value: Double) -> Any { NSNumber(value: value) }
        func string(_ value: String) -> Any { value }
        func array(_ items: [Any]) -> Any { items }
        func object(_ members: [(key: String, value: Any)]) -> Any {
            var dictionary: [String: Any] = [:]
            for (key, value) in members { dictionary[key] = value }
            return dictionary
        }
    }
}
