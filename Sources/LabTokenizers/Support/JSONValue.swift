/// A JSON value that keeps object keys and strings exactly as written (Foundation's parser merges
/// canonically equivalent keys and drops a U+FEFF that starts a string).
enum JSONValue {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object(JSONMap)

    var stringValue: String? {
        if case let .string(value) = self { return value }
        return nil
    }

    var numberValue: Double? {
        if case let .number(value) = self { return value }
        return nil
    }

    /// The value as an exact integer, if it is one.
    var intValue: Int? {
        guard case let .number(value) = self, value.rounded() == value, abs(value) < 9.0e15 else { return nil }
        return Int(value)
    }

    var boolValue: Bool? {
        if case let .bool(value) = self { return value }
        return nil
    }

    var arrayValue: [JSONValue]? {
        if case let .array(value) = self { return value }
        return nil
    }

    var objectValue: JSONMap? {
        if case let .object(value) = self { return value }
        return nil
    }

    var isNull: Bool {
        if case .null = self { return true }
        return false
    }
}

/// A JSON object's members in file order, with lookup by exact key (the last duplicate wins, as in serde).
struct JSONMap {
    private(set) var keys: [String] = []
    private(set) var values: [JSONValue] = []
    private var index: [ExactString: Int] = [:]

    init() {}

    init(_ members: [(String, JSONValue)]) {
        for (key, value) in members { self[key] = value }
    }

    subscript(key: String) -> JSONValue? {
        get { index[ExactString(key)].map { values[$0] } }
        set {
            if let position = index[ExactString(key)] {
                if let newValue { values[position] = newValue }
                return
            }
            guard let newValue else { return }
            index[ExactString(key)] = keys.count
            keys.append(key)
            values.append(newValue)
        }
    }

    var count: Int { keys.count }

    var members: Zip2Sequence<[String], [JSONValue]> { zip(keys, values) }
}
