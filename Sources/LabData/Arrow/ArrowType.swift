/// The Arrow types labrun reads and writes in a datasets folder, one per kind of column its
/// `Dataset` holds: `Value('null')`, `Value('bool')`, `Value('int64')`, `Value('float64')`,
/// `Value('string')` and `List(...)` of any of them. Other Arrow types are refused by name.
indirect enum ArrowType: Equatable {
    case null, bool, int64, float64, utf8
    case list(ArrowType)

    /// Lists nest at most this deep in a file labrun reads.
    static let maximumDepth = 32

    /// The datasets feature this type holds.
    var feature: Feature {
        switch self {
        case .null: return .null
        case .bool: return .bool
        case .int64: return .int64
        case .float64: return .float64
        case .utf8: return .string
        case .list(let item): return .sequence(item.feature)
        }
    }

    /// The Arrow type datasets writes for `feature`.
    init(_ feature: Feature, column: String) throws {
        switch feature {
        case .value("null"): self = .null
        case .value("bool"): self = .bool
        case .value("int64"): self = .int64
        case .value("float64"): self = .float64
        case .value("string"): self = .utf8
        case .sequence(let item): self = .list(try ArrowType(item, column: column))
        case .value, .dict, .opaque:
            throw DatasetError(.notImplemented, "save_to_disk: column '\(column)' is \(feature); labrun writes Arrow columns of "
                + "string, int64, float64, bool and null values and lists of them, not dicts or tensors")
        }
    }

    // MARK: Schema metadata (Arrow's Schema.fbs)

    /// The `Type` union's tag.
    var tag: UInt8 {
        switch self {
        case .null: return 1
        case .int64: return 2
        case .float64: return 3
        case .utf8: return 5
        case .bool: return 6
        case .list: return 12
        }
    }

    /// A `Field` table: name, nullable, type, children (a list's is named `item`, as pyarrow names it).
    func field(named name: String) -> FlatBufferBuilder.Node {
        var typeTable: [FlatBufferBuilder.Field?] = []
        var children: [FlatBufferBuilder.Node] = []
        switch self {
        case .int64: typeTable = [.int32(64), .bool(true)]
        case .float64: typeTable = [.int16(2)]
        case .list(let item): children = [item.field(named: "item")]
        case .null, .bool, .utf8: break
        }
        return .table([.node(.string(name)), .bool(true), .uint8(tag), .node(.table(typeTable)), nil, .node(.tables(children))])
    }

    /// The type of a `Field` table; `column` names it in errors.
    init(field: FlatBufferReader.Table, column: String, depth: Int = 0) throws {
        let reader = field.reader
        guard depth < Self.maximumDepth else { throw reader.damaged("lists nested more than \(Self.maximumDepth) deep") }
        if try field.table(4) != nil {
            throw Self.unsupported("dictionary-encoded", column: column, source: reader.source)
        }
        let tag: UInt8 = try field.scalar(2, default: 0)
        guard let type = try field.table(3) else { throw reader.damaged("a field without a type") }
        switch tag {
        case 1: self = .null
        case 2:
            let bits: Int32 = try type.scalar(0, default: 0), signed: UInt8 = try type.scalar(1, default: 0)
            guard bits == 64, signed == 1 else {
                throw Self.unsupported("\(signed == 1 ? "" : "u")int\(bits)", column: column, source: reader.source)
            }
            self = .int64
        case 3:
            let precision: Int16 = try type.scalar(0, default: 0)
            guard precision == 2 else {
                throw Self.unsupported(precision == 1 ? "float (float32)" : "halffloat (float16)", column: column, source: reader.source)
            }
            self = .float64
        case 5: self = .utf8
        case 6: self = .bool
        case 12:
            let children = try field.tables(5)
            guard children.count == 1 else { throw reader.damaged("a list field without exactly one child") }
            self = .list(try ArrowType(field: children[0], column: column, depth: depth + 1))
        default:
            throw Self.unsupported(Self.names[Int(tag)] ?? "type tag \(tag)", column: column, source: reader.source)
        }
    }

    /// Arrow's names for the `Type` union's other members.
    private static let names: [Int: String] = [
        0: "NONE", 4: "binary", 7: "decimal", 8: "date", 9: "time", 10: "timestamp", 11: "interval", 13: "struct",
        14: "union", 15: "fixed_size_binary", 16: "fixed_size_list", 17: "map", 18: "duration", 19: "large_binary",
        20: "large_string", 21: "large_list", 22: "run_end_encoded", 23: "binary_view", 24: "string_view",
        25: "list_view", 26: "large_list_view",
    ]

    static func unsupported(_ type: String, column: String, source: String) -> DatasetError {
        DatasetError(.notImplemented, "\(source): column '\(column)' has the Arrow type \(type), which labrun does not read; "
            + "it reads string, int64, double, bool and null columns and lists of them")
    }
}
