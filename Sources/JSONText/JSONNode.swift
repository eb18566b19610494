/// A JSON value as read, for callers that walk a document rather than build their own values:
/// integers stay exact, members stay in file order (duplicates included).
public enum JSONNode: Equatable {
    case null
    case bool(Bool)
    case integer(Int)
    /// An integer beyond `Int`, as its decimal digits.
    case bigInteger(String)
    case float(Double)
    case string(String)
    case array([JSONNode])
    case object([Member])

    public struct Member: Equatable {
        public let key: String
        public let value: JSONNode
    }

    /// Reads one document (see `JSONReader.Options`).
    public static func read(_ text: String, options: JSONReader.Options = .init()) throws -> JSONNode {
        var builder = Builder()
        return try JSONReader.read(text, options: options, into: &builder)
    }

    /// Reads one document from bytes, which must be UTF-8.
    public static func read(_ bytes: [UInt8], options: JSONReader.Options = .init()) throws -> JSONNode {
        var builder = Builder()
        return try JSONReader.read(bytes, options: options, into: &builder)
    }

    /// The value of `key` in an object (the last one written, as Python's `json` keeps).
    public subscript(key: String) -> JSONNode? {
        guard case .object(let members) = self else { return nil }
        return members.last(where: { $0.key == key })?.value
    }

    public var members: [Member]? {
        if case .object(let members) = self { return members }
        return nil
    }

    public var items: [JSONNode]? {
        if case .array(let items) = self { return items }
        return nil
    }

    public var string: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    public var bool: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }

    /// An integer that fits in `Int`.
    public var int: Int? {
        if case .integer(let i) = self { return i }
        return nil
    }

    /// Any number as a Double (integers converted; big ones rounded).
    public var double: Double? {
        switch self {
        case .integer(let i): return Double(i)
        case .bigInteger(let digits): return Double(digits)
        case .float(let d): return d
        default: return nil
        }
    }

    public var isNull: Bool { self == .null }

    struct Builder: JSONBuilder {
        func null() -> JSONNode { .null }
        func bool(_ value: Bool) -> JSONNode { .bool(value) }
        func integer(_ value: Int) -> JSONNode { .integer(value) }
        func bigInteger(_ digits: String) -> JSONNode { .bigInteger(digits) }
        func float(_ value: Double) -> JSONNode { .float(value) }
        func string(_ value: String) -> JSONNode { .string(value) }
        func array(_ items: [JSONNode]) -> JSONNode { .array(items) }
        func object(_ members: [(key: String, value: JSONNode)]) -> JSONNode { .object(members.map { Member(key: $0.key, value: $0.value) }) }
    }
}
