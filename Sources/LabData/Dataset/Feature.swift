/// The type of one column, as Hugging Face datasets describes it (`Value('string')`,
/// `List(Value('int64'))`, or a dict of features).
public indirect enum Feature: Equatable, CustomStringConvertible {
    /// A scalar column; `dtype` is one of `null`, `bool`, `int8` … `int64`, `uint8` … `uint64`,
    /// `float16`, `float32`, `float64`, `string`, `large_string`.
    case value(String)
    /// `List(...)`: an Arrow list (int32 offsets).
    case sequence(Feature)
    /// `LargeList(...)`: an Arrow large list (int64 offsets).
    case largeList(Feature)
    case dict([(String, Feature)])
    /// Values LabData cannot describe (opaque payloads).
    case opaque

    public static let string = Feature.value("string")
    public static let int64 = Feature.value("int64")
    public static let float64 = Feature.value("float64")
    public static let bool = Feature.value("bool")
    public static let null = Feature.value("null")

    /// The form datasets 5.0 prints (since 4.0), e.g. `Value('int64')` and `List(Value('int64'))`.
    public var description: String {
        switch self {
        case .value(let dtype): return "Value('\(dtype)')"
        case .sequence(let inner): return "List(\(inner))"
        case .largeList(let inner): return "LargeList(\(inner))"
        case .dict(let fields):
            return "{" + fields.map { "'\($0.0)': \($0.1)" }.joined(separator: ", ") + "}"
        case .opaque: return "Value('binary')"
        }
    }

    public static func == (lhs: Feature, rhs: Feature) -> Bool {
        switch (lhs, rhs) {
        case let (.value(a), .value(b)): return a == b
        case let (.sequence(a), .sequence(b)): return a == b
        case let (.largeList(a), .largeList(b)): return a == b
        case let (.dict(a), .dict(b)): return a.map(\.0) == b.map(\.0) && a.map(\.1) == b.map(\.1)
        case (.opaque, .opaque): return true
        default: return false
        }
    }
}

extension Feature {
    /// Infers a column's feature from its values the way Arrow does: nulls adopt the other rows'
    /// type, ints widen to float64 beside floats, lists and dicts merge element-wise.
    /// - Returns: `nil` when the values have incompatible types (e.g. ints and strings).
    static func infer<S: Sequence>(_ values: S) -> Feature? where S.Element == DataValue {
        var merged = Feature.null
        for value in values {
            guard let next = merged.merging(Feature.of(value)) else { return nil }
            merged = next
        }
        return merged
    }

    static func of(_ value: DataValue) -> Feature {
        switch value {
        case .null: return .null
        case .bool: return .bool
        case .int: return .int64
        case .double: return .float64
        case .string: return .string
        case .list(let items): return .sequence(infer(items) ?? .opaque)
        case .dict(let record): return .dict(record.map { ($0.key, Feature.of($0.value)) })
        case .opaque: return .opaque
        }
    }

    /// Whether values may need converting to be stored as this feature (ints in float columns,
    /// doubles rounded to a narrower float, bools, whole floats or digit strings in int columns).
    var needsCast: Bool {
        switch self {
        case .value(let dtype): return !["string", "null", "large_string"].contains(dtype)
        case .sequence(let inner), .largeList(let inner): return inner.needsCast
        case .dict(let fields): return fields.contains { $0.1.needsCast }
        case .opaque: return false
        }
    }

    /// The value stored as this feature says (ints in float positions become doubles, as Arrow
    /// stores them); values it cannot hold stay as they are.
    func cast(_ value: DataValue) -> DataValue { converting(value) ?? value }

    private func merging(_ other: Feature) -> Feature? {
        switch (self, other) {
        case (.null, _): return other
        case (_, .null): return self
        case let (.value(a), .value(b)):
            if a == b { return self }
            if Set([a, b]) == ["int64", "float64"] { return .float64 }
            return nil
        case let (.sequence(a), .sequence(b)):
            return a.merging(b).map(Feature.sequence)
        case let (.dict(a), .dict(b)):
            var fields = a
            for (key, feature) in b {
                if let index = fields.firstIndex(where: { $0.0 == key }) {
                    guard let merged = fields[index].1.merging(feature) else { return nil }
                    fields[index].1 = merged
                } else {
                    fields.append((key, feature))
                }
            }
            return .dict(fields)
        case (.opaque, .opaque): return .opaque
        default: return nil
        }
    }
}
