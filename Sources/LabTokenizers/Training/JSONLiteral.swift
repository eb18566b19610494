/// A JSON value written in code, such as a component of a tokenizer built by a program (`{"type": "NFKC"}`).
public indirect enum JSONLiteral {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONLiteral])
    /// Members in the order they are written.
    case object([(String, JSONLiteral)])

    var value: JSONValue {
        switch self {
        case .null: return .null
        case let .bool(flag): return .bool(flag)
        case let .number(number): return .number(number)
        case let .string(text): return .string(text)
        case let .array(items): return .array(items.map(\.value))
        case let .object(members): return .object(JSONMap(members.map { ($0.0, $0.1.value) }))
        }
    }

    /// Compact JSON text.
    public var serialized: String { value.serialized }
}
