/// One cell of a dataset: the values a JSON or CSV file can hold, plus an opaque payload.
///
/// The `opaque` case lets a higher layer store values LabData knows nothing about (for example
/// tensors produced once a dataset is formatted with `setFormat(type: "torch")`).
public enum DataValue: Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case list([DataValue])
    case dict(DataRecord)
    case opaque(OpaqueDataPayload)

    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    public var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    public var intValue: Int? {
        if case .int(let number) = self { return number }
        return nil
    }

    /// Ints, doubles and bools as a Double (Python's numeric tower).
    public var doubleValue: Double? {
        switch self {
        case .int(let number): return Double(number)
        case .double(let number): return number
        case .bool(let flag): return flag ? 1 : 0
        default: return nil
        }
    }

    public var listValue: [DataValue]? {
        if case .list(let items) = self { return items }
        return nil
    }

    /// Python truthiness, used when a filter function's result is not a plain bool.
    public var isTruthy: Bool {
        switch self {
        case .null: return false
        case .bool(let flag): return flag
        case .int(let number): return number != 0
        case .double(let number): return number != 0
        case .string(let text): return !text.isEmpty
        case .list(let items): return !items.isEmpty
        case .dict(let record): return !record.isEmpty
        case .opaque: return true
        }
    }
}

/// A reference-typed payload that LabData stores and moves around without looking inside.
open class OpaqueDataPayload: Equatable {
    public init() {}

    public static func == (lhs: OpaqueDataPayload, rhs: OpaqueDataPayload) -> Bool {
        lhs === rhs
    }
}

extension DataValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByNilLiteral, ExpressibleByArrayLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(floatLiteral value: Double) { self = .double(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(nilLiteral: ()) { self = .null }
    public init(arrayLiteral elements: DataValue...) { self = .list(elements) }
}
