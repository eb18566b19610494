import JSONText

extension JSONValue {
    /// Reads a whole tokenizer file's JSON (a leading byte order mark is allowed; numbers become
    /// Doubles, as tokenizer ids and scores are; lone surrogate escapes become U+FFFD).
    /// - Throws: `JSONReadError`.
    static func parse(_ bytes: [UInt8]) throws -> JSONValue {
        var builder = Builder()
        return try JSONReader.read(bytes, options: .init(maxDepth: 512, skipByteOrderMark: true), into: &builder)
    }

    private struct Builder: JSONBuilder {
        func null() -> JSONValue { .null }
        func bool(_ value: Bool) -> JSONValue { .bool(value) }
        func integer(_ value: Int) -> JSONValue { .number(Double(value)) }
        func bigInteger(_ digits: String) -> JSONValue { .number(Double(digits) ?? .infinity) }
        func float(_ value: Double) -> JSONValue { .number(value) }
        func string(_ value: String) -> JSONValue { .string(value) }
        func array(_ items: [JSONValue]) -> JSONValue { .array(items) }
        func object(_ members: [(key: String, value: JSONValue)]) -> JSONValue { .object(JSONMap(members.map { ($0.key, $0.value) })) }
    }
}
