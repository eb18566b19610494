import LabTensor

/// The Arrow types labrun reads and writes in a datasets folder: every datasets `Value` dtype of a
/// number, bool, string or null (`int8` … `uint64`, `float16` … `float64`, `bool`, `string`,
/// `large_string`, `null`) and `List(...)`/`LargeList(...)` of any of them. Other Arrow types are
/// refused by name.
indirect enum ArrowType: Equatable {
    case null, bool, utf8, largeUtf8
    /// `bits` is 8, 16, 32 or 64.
    case int(bits: Int, signed: Bool)
    /// `bits` is 16, 32 or 64.
    case float(bits: Int)
    case list(ArrowType)
    case largeList(ArrowType)

    /// Lists nest at most this deep in a file labrun reads.
    static let maximumDepth = 32

    /// The datasets feature this type holds.
    var feature: Feature {
        switch self {
        case .null: return .null
        case .bool: return .bool
        case .int(let bits, let signed): return .value("\(signed ? "" : "u")int\(bits)")
        case .float(let bits): return .value("float\(bits)")
        case .utf8: return .string
        case .largeUtf8: return .value("large_string")
        case .list(let item): return .sequence(item.feature)
        case .largeList(let item): return .largeList(item.feature)
        }
    }

    /// The Arrow type datasets writes for `feature`.
    init(_ feature: Feature, column: String) throws {
        switch feature {
        case .value(let dtype):
            guard let type = Self.scalars[dtype] else { throw Self.unwritable(feature, column: column) }
            self = type
        case .sequence(let item): self = .list(try ArrowType(item, column: column))
        case .largeList(let item): self = .largeList(try ArrowType(item, column: column))
        case .dict, .opaque: throw Self.unwritable(feature, column: column)
        }
    }

    /// The scalar types by datasets dtype name.
    static let scalars: [String: ArrowType] = {
        var types: [String: ArrowType] = ["null": .null, "bool": .bool, "string": .utf8, "large_string": .largeUtf8,
                                          "float16": .float(bits: 16), "float32": .float(bits: 32), "float64": .float(bits: 64)]
        for bits in [8, 16, 32, 64] {
            types["int\(bits)"] = .int(bits: bits, signed: true)
            types["uint\(bits)"] = .int(bits: bits, signed: false)
        }
        return types
    }()

    private static func unwritable(_ feature: Feature, column: String) -> DatasetError {
        DatasetError(.notImplemented, "column '\(column)' is \(feature); labrun writes Arrow and Parquet columns of "
            + "numbers, bools, strings and nulls and lists of them, not dicts or tensors")
    }

    /// Bytes per value of a fixed-width type.
    var width: Int {
        switch self {
        case .int(let bits, _), .float(let bits): return bits / 8
        default: return 0
        }
    }

    /// A number's bits as this fixed-width type stores it (little-endian in the low `width` bytes);
    /// 0 for null; nil when the value is not a number of this type or is out of its range.
    func storedBits(_ value: DataValue) -> UInt64? {
        switch (self, value) {
        case (_, .null): return 0
        case (.int(let bits, let signed), .int(let number)):
            return Feature.integerRange(bits: bits, signed: signed).contains(number) ? UInt64(bitPattern: Int64(number)) : nil
        case (.float(16), .double(let number)): return UInt64(halfBitsFromDouble(number))
        case (.float(32), .double(let number)): return UInt64(Float(number).bitPattern)
        case (.float, .double(let number)): return number.bitPattern
        case (.float, .int(let number)): return storedBits(.double(Double(number)))
        default: return nil
        }
    }

    // MARK: Schema metadata (Arrow's Schema.fbs)

    /// The `Type` union's tag.
    var tag: UInt8 {
        switch self {
        case .null: return 1
        case .int: return 2
        case .float: return 3
        case .utf8: return 5
        case .bool: return 6
        case .list: return 12
        case .largeUtf8: return 20
        case .largeList: return 21
        }
    }

    /// A `Field` table: name, nullable, type, children (a list's is named `item`, as pyarrow names it).
    func field(named name: String) -> FlatBufferBuilder.Node {
        var typeTable: [FlatBufferBuilder.Field?] = []
        var children: [FlatBufferBuilder.Node] = []
        switch self {
        case .int(let bits, let signed): typeTable = [.int32(Int32(bits)), .bool(signed)]
        case .float(let bits): typeTable = [.int16(bits == 16 ? 0 : bits == 32 ? 1 : 2)]
        case .list(let item), .largeList(let item): children = [item.field(named: "item")]
        case .null, .bool, .utf8, .largeUtf8: break
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
            guard [8, 16, 32, 64].contains(bits) else { throw reader.damaged("an integer type of \(bits) bits") }
            self = .int(bits: Int(bits), signed: signed != 0)
        case 3:
            let precision: Int16 = try type.scalar(0, default: 0)
            guard (0...2).contains(precision) else { throw reader.damaged("a floating-point precision of \(precision)") }
            self = .float(bits: 16 << Int(precision))
        case 5: self = .utf8
        case 6: self = .bool
        case 20: self = .largeUtf8
        case 12, 21:
            let children = try field.tables(5)
            guard children.count == 1 else { throw reader.damaged("a list field without exactly one child") }
            let item = try ArrowType(field: children[0], column: column, depth: depth + 1)
            self = tag == 12 ? .list(item) : .largeList(item)
        default:
            throw Self.unsupported(Self.names[Int(tag)] ?? "type tag \(tag)", column: column, source: reader.source)
        }
    }

    /// Arrow's names for the `Type` union's other members.
    private static let names: [Int: String] = [
        0: "NONE", 4: "binary", 7: "decimal", 8: "date", 9: "time", 10: "timestamp", 11: "interval", 13: "struct",
        14: "union", 15: "fixed_size_binary", 16: "fixed_size_list", 17: "map", 18: "duration", 19: "large_binary",
        22: "run_end_encoded", 23: "binary_view", 24: "string_view", 25: "list_view", 26: "large_list_view",
    ]

    static func unsupported(_ type: String, column: String, source: String) -> DatasetError {
        DatasetError(.notImplemented, "\(source): column '\(column)' has the Arrow type \(type), which labrun does not read; "
            + "it reads integer, floating-point, bool, string, large_string and null columns and lists and large lists of them")
    }
}
