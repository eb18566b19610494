/// Reading and writing the FlatBuffers that carry Arrow IPC metadata (schemas and record batch
/// layouts): just tables, strings, vectors of tables and vectors of structs.
///
/// The reader checks every position against the buffer, so a damaged file is an error, never a
/// crash. The builder lays objects out front to back: the root offset, then each table with its
/// vtable just before it, then the table's children, so every offset points forward as the format
/// requires, and each scalar sits at its natural alignment (the buffer starts 8-aligned).
struct FlatBufferReader {
    let bytes: [UInt8]
    /// Names the file in errors.
    let source: String

    /// A table: its position and its vtable's.
    struct Table {
        let reader: FlatBufferReader
        let position: Int
        private let vtable: Int
        private let vtableSize: Int

        init(_ reader: FlatBufferReader, at position: Int) throws {
            self.reader = reader
            self.position = position
            vtable = position - Int(try reader.read(Int32.self, at: position))
            vtableSize = Int(try reader.read(UInt16.self, at: vtable))
            guard vtableSize >= 4, vtableSize % 2 == 0 else { throw reader.damaged("a table's vtable") }
        }

        /// The absolute position of field `slot`, or nil when it is absent.
        func field(_ slot: Int) throws -> Int? {
            let entry = 4 + 2 * slot
            guard entry + 2 <= vtableSize else { return nil }
            let offset = Int(try reader.read(UInt16.self, at: vtable + entry))
            return offset == 0 ? nil : position + offset
        }

        func scalar<T: FixedWidthInteger>(_ slot: Int, default value: T) throws -> T {
            try field(slot).map { try reader.read(T.self, at: $0) } ?? value
        }

        /// The position an offset field points to.
        private func target(_ slot: Int) throws -> Int? {
            guard let at = try field(slot) else { return nil }
            return at + Int(try reader.read(UInt32.self, at: at))
        }

        func table(_ slot: Int) throws -> Table? { try target(slot).map { try Table(reader, at: $0) } }

        func string(_ slot: Int) throws -> String? {
            guard let at = try target(slot) else { return nil }
            let count = Int(try reader.read(UInt32.self, at: at))
            guard let text = String(validating: try reader.slice(at + 4, count), as: UTF8.self) else {
                throw reader.damaged("a string that is not UTF-8")
            }
            return text
        }

        /// A vector of tables.
        func tables(_ slot: Int) throws -> [Table] {
            guard let at = try target(slot) else { return [] }
            let count = Int(try reader.read(UInt32.self, at: at))
            guard count <= (reader.bytes.count - at) / 4 else { throw reader.damaged("a vector longer than the buffer") }
            return try (0..<count).map { index in
                let slotAt = at + 4 + 4 * index
                return try Table(reader, at: slotAt + Int(try reader.read(UInt32.self, at: slotAt)))
            }
        }

        /// A vector of structs made of `Int64` fields (Arrow's FieldNode and Buffer), `width` per struct.
        func int64Structs(_ slot: Int, width: Int) throws -> [[Int64]] {
            guard let at = try target(slot) else { return [] }
            let count = Int(try reader.read(UInt32.self, at: at))
            guard count <= (reader.bytes.count - at) / (8 * width) else { throw reader.damaged("a vector longer than the buffer") }
            return try (0..<count).map { index in
                try (0..<width).map { field in try reader.read(Int64.self, at: at + 4 + 8 * (width * index + field)) }
            }
        }
    }

    func root() throws -> Table { try Table(self, at: Int(try read(UInt32.self, at: 0))) }

    func read<T: FixedWidthInteger>(_ type: T.Type, at position: Int) throws -> T {
        let size = MemoryLayout<T>.size
        guard position >= 0, position <= bytes.count - size else { throw damaged("a position outside the metadata") }
        var value: T = 0
        for k in 0..<size { value |= T(truncatingIfNeeded: bytes[position + k]) << (8 * k) }
        return value
    }

    func slice(_ start: Int, _ count: Int) throws -> ArraySlice<UInt8> {
        guard start >= 0, count >= 0, start <= bytes.count - count else { throw damaged("a string outside the metadata") }
        return bytes[start..<start + count]
    }

    func damaged(_ what: String) -> DatasetError {
        DatasetError.value("\(source) is not a valid Arrow stream: its metadata has \(what)")
    }
}

/// Builds one FlatBuffers buffer (see ``FlatBufferReader`` for the layout).
enum FlatBufferBuilder {
    indirect enum Node {
        /// A table's fields by slot (nil: absent).
        case table([Field?])
        case string(String)
        case tables([Node])
        /// Structs of two `Int64` fields (Arrow's FieldNode and Buffer), flattened.
        case int64Pairs([Int64])
    }

    enum Field {
        case uint8(UInt8), int16(Int16), int32(Int32), int64(Int64), bool(Bool), node(Node)

        var size: Int {
            switch self {
            case .uint8, .bool: return 1
            case .int16: return 2
            case .int32, .node: return 4
            case .int64: return 8
            }
        }
    }

    /// The buffer for `root` (a table), padded to a multiple of 8 bytes.
    static func serialize(_ root: Node) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: 4)
        let position = place(root, &out)
        patch(&out, at: 0, UInt32(position))
        pad(&out, to: 8)
        return out
    }

    private static func place(_ node: Node, _ out: inout [UInt8]) -> Int {
        switch node {
        case .string(let text):
            pad(&out, to: 4)
            let position = out.count
            append(&out, UInt32(text.utf8.count))
            out += text.utf8
            out.append(0)
            return position
        case .int64Pairs(let values):
            while (out.count + 4) % 8 != 0 { out.append(0) }
            let position = out.count
            append(&out, UInt32(values.count / 2))
            for value in values { append(&out, value) }
            return position
        case .tables(let items):
            pad(&out, to: 4)
            let position = out.count
            append(&out, UInt32(items.count))
            out += [UInt8](repeating: 0, count: 4 * items.count)
            for (index, item) in items.enumerated() {
                let slot = position + 4 + 4 * index
                patch(&out, at: slot, UInt32(place(item, &out) - slot))
            }
            return position
        case .table(let fields):
            // Inline layout: the soffset, then fields largest first, each at its alignment.
            var offsets = [Int](repeating: 0, count: fields.count)
            var size = 4
            for slot in fields.indices.sorted(by: { (fields[$0]?.size ?? 0) > (fields[$1]?.size ?? 0) }) {
                guard let field = fields[slot] else { continue }
                size = (size + field.size - 1) / field.size * field.size
                offsets[slot] = size
                size += field.size
            }
            pad(&out, to: 2)
            let vtable = out.count
            append(&out, UInt16(4 + 2 * fields.count))
            append(&out, UInt16(size))
            for offset in offsets { append(&out, UInt16(offset)) }
            pad(&out, to: 8)
            let position = out.count
            append(&out, Int32(position - vtable))
            out += [UInt8](repeating: 0, count: size - 4)
            var children: [(Int, Node)] = []
            for (slot, field) in fields.enumerated() {
                guard let field else { continue }
                let at = position + offsets[slot]
                switch field {
                case .uint8(let v): out[at] = v
                case .bool(let v): out[at] = v ? 1 : 0
                case .int16(let v): patch(&out, at: at, v)
                case .int32(let v): patch(&out, at: at, v)
                case .int64(let v): patch(&out, at: at, v)
                case .node(let child): children.append((at, child))
                }
            }
            for (at, child) in children { patch(&out, at: at, UInt32(place(child, &out) - at)) }
            return position
        }
    }

    static func pad(_ out: inout [UInt8], to alignment: Int) {
        while out.count % alignment != 0 { out.append(0) }
    }

    static func append<T: FixedWidthInteger>(_ out: inout [UInt8], _ value: T) {
        withUnsafeBytes(of: value.littleEndian) { out += $0 }
    }

    private static func patch<T: FixedWidthInteger>(_ out: inout [UInt8], at position: Int, _ value: T) {
        withUnsafeBytes(of: value.littleEndian) { for (k, byte) in $0.enumerated() { out[position + k] = byte } }
    }
}
