/// A Thrift value as Parquet's metadata uses it, written in the Thrift compact protocol: field
/// headers carry the id delta and type in one byte, ints are zigzag varints, a bool field's value
/// is its type, and a struct ends with a zero byte.
indirect enum ThriftValue {
    case bool(Bool)
    case byte(Int8)
    case i32(Int32)
    case i64(Int64)
    case binary([UInt8])
    /// Fields by id, in rising order.
    case structure([(Int16, ThriftValue)])
    /// Elements of one type; `elementType` is the compact type of each (see `compactType`).
    case list(elementType: UInt8, [ThriftValue])

    static func string(_ text: String) -> ThriftValue { .binary(Array(text.utf8)) }
    static func structs(_ items: [ThriftValue]) -> ThriftValue { .list(elementType: 12, items) }

    /// The compact protocol's type code for a field holding this value.
    var compactType: UInt8 {
        switch self {
        case .bool(let flag): return flag ? 1 : 2
        case .byte: return 3
        case .i32: return 5
        case .i64: return 6
        case .binary: return 8
        case .list: return 9
        case .structure: return 12
        }
    }

    /// The value's bytes, as the root of a message or an element of a list.
    func serialized() -> [UInt8] {
        var out: [UInt8] = []
        write(to: &out)
        return out
    }

    private func write(to out: inout [UInt8]) {
        switch self {
        case .bool(let flag): out.append(flag ? 1 : 2)  // only as a list element; fields carry it in their header
        case .byte(let value): out.append(UInt8(bitPattern: value))
        case .i32(let value): Self.varint(&out, Self.zigzag(Int64(value)))
        case .i64(let value): Self.varint(&out, Self.zigzag(value))
        case .binary(let bytes):
            Self.varint(&out, UInt64(bytes.count))
            out += bytes
        case .list(let elementType, let items):
            if items.count < 15 {
                out.append(UInt8(items.count) << 4 | elementType)
            } else {
                out.append(0xF0 | elementType)
                Self.varint(&out, UInt64(items.count))
            }
            for item in items { item.write(to: &out) }
        case .structure(let fields):
            var last: Int16 = 0
            for (id, value) in fields {
                let delta = id - last
                if delta > 0 && delta <= 15 {
                    out.append(UInt8(delta) << 4 | value.compactType)
                } else {
                    out.append(value.compactType)
                    Self.varint(&out, Self.zigzag(Int64(id)))
                }
                if case .bool = value {} else { value.write(to: &out) }
                last = id
            }
            out.append(0)
        }
    }

    private static func zigzag(_ value: Int64) -> UInt64 { UInt64(bitPattern: (value << 1) ^ (value >> 63)) }

    static func varint(_ out: inout [UInt8], _ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            out.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        out.append(UInt8(rest))
    }
}
