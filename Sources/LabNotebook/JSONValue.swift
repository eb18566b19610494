import JSONText

/// A JSON value: cell metadata (`tags=["parameters"]`), `--params` files and transcript documents.
public enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// Parses JSON text; any value is allowed at the top level (`42`, `"x"`, `[1]`).
    /// - Throws: `JSONReadError`.
    public init(parsing text: String) throws {
        var builder = Builder()
        self = try JSONReader.read(text, into: &builder)
    }

    private struct Builder: JSONBuilder {
        func null() -> JSONValue { .null }
        func bool(_ value: Bool) -> JSONValue { .bool(value) }
        func integer(_ value: Int) -> JSONValue { .int(value) }
        func bigInteger(_ digits: String) -> JSONValue { .double(Double(digits) ?? .infinity) }
        func float(_ value: Double) -> JSONValue { .double(value) }
        func string(_ value: String) -> JSONValue { .string(value) }
        func array(_ items: [JSONValue]) -> JSONValue { .array(items) }
        func object(_ members: [(key: String, value: JSONValue)]) -> JSONValue {
            var dictionary: [String: JSONValue] = [:]
            for (key, value) in members { dictionary[key] = value }
            return .object(dictionary)
        }
    }
}
