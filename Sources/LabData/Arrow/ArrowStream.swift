import LabTensor

/// An Arrow IPC stream, the form of datasets' `data-0000N-of-0000M.arrow` files: a schema message,
/// record batch messages, then an end-of-stream marker. Each message is 0xFFFFFFFF, the length of
/// its metadata (a FlatBuffers `Message`, padded to 8 bytes), the metadata, then its body (the
/// batch's buffers, each 8-aligned).
enum ArrowStream {
    /// A stream's columns in schema order: name, type and every row's value.
    struct Table {
        var columns: [(name: String, type: ArrowType, values: [DataValue])]
        /// The schema's key-value metadata (datasets stores its features under `huggingface`).
        var metadata: [String: String]
    }

    /// Nulls a column of the null type may hold (it has no buffers to bound its length).
    static let maximumNullRows = 1 << 24

    // MARK: Reading

    /// Reads a whole stream; `source` names the file in errors.
    static func read(_ data: [UInt8], source: String) throws -> Table {
        var position = 0
        var table: Table?
        while let next = try nextMessage(data, &position, source: source) {
            let (message, body) = next
            let version: Int16 = try message.scalar(0, default: 0)
            guard version >= 3 else { throw DatasetError.value("\(source): Arrow metadata version \(version) is older than labrun reads (V4)") }
            let kind: UInt8 = try message.scalar(1, default: 0)
            guard let header = try message.table(2) else { throw message.reader.damaged("a message without a header") }
            switch (kind, table) {
            case (1, nil): table = try schema(header, source: source)
            case (3, var current?):
                try appendBatch(header, data: data, body: body, to: &current, source: source)
                table = current
            case (2, _):
                throw ArrowType.unsupported("dictionary batch", column: table?.columns.first?.name ?? "?", source: source)
            default:
                throw DatasetError.value("\(source) is not a valid Arrow stream: message type \(kind) where "
                    + (table == nil ? "the schema" : "a record batch") + " should be")
            }
        }
        guard let table else { throw DatasetError.value("\(source) is not a valid Arrow stream: it has no schema") }
        return table
    }

    /// The next message's metadata and the byte range of its body; nil at the end of the stream.
    private static func nextMessage(_ data: [UInt8], _ position: inout Int, source: String)
        throws -> (FlatBufferReader.Table, Range<Int>)?
    {
        let reader = FlatBufferReader(bytes: data, source: source)
        guard position < data.count else { return nil }
        var length = Int(try reader.read(Int32.self, at: position))
        position += 4
        if length == -1 {
            length = Int(try reader.read(Int32.self, at: position))
            position += 4
        }
        if length == 0 { return nil }
        guard length > 0, length <= data.count - position else { throw reader.damaged("a message longer than the file") }
        let metadata = FlatBufferReader(bytes: Array(data[position..<position + length]), source: source)
        position += length
        let message = try metadata.root()
        let bodyLength = Int(try message.scalar(3, default: Int64(0)))
        guard bodyLength >= 0, bodyLength <= data.count - position else { throw reader.damaged("a message body longer than the file") }
        defer { position += bodyLength }
        return (message, position..<position + bodyLength)
    }

    private static func schema(_ schema: FlatBufferReader.Table, source: String) throws -> Table {
        let endianness: Int16 = try schema.scalar(0, default: 0)
        guard endianness == 0 else { throw DatasetError(.notImplemented, "\(source): labrun reads little-endian Arrow files, not big-endian ones") }
        let columns = try schema.tables(1).enumerated().map { index, field -> (String, ArrowType, [DataValue]) in
            let name = try field.string(0) ?? ""
            return (name, try ArrowType(field: field, column: name.isEmpty ? "#\(index)" : name), [])
        }
        var metadata: [String: String] = [:]
        for pair in try schema.tables(2) {
            if let key = try pair.string(0) { metadata[key] = try pair.string(1) ?? "" }
        }
        return Table(columns: columns.map { (name: $0.0, type: $0.1, values: $0.2) }, metadata: metadata)
    }

    private static func appendBatch(_ batch: FlatBufferReader.Table, data: [UInt8], body: Range<Int>, to table: inout Table,
                                    source: String) throws {
        if try batch.table(3) != nil {
            throw DatasetError(.notImplemented, "\(source): labrun does not read compressed Arrow record batches (LZ4 or ZSTD)")
        }
        let length = Int(try batch.scalar(0, default: Int64(0)))
        var decoder = BatchDecoder(data: data, body: body, nodes: try batch.int64Structs(1, width: 2),
                                   buffers: try batch.int64Structs(2, width: 2), source: source)
        for index in table.columns.indices {
            let values = try decoder.array(table.columns[index].type)
            guard values.count == length else { throw decoder.damaged("column '\(table.columns[index].name)' with \(values.count) rows in a batch of \(length)") }
            table.columns[index].values += values
        }
    }

    /// Reads a record batch's arrays: field nodes and buffers in depth-first order.
    private struct BatchDecoder {
        let data: [UInt8]
        let body: Range<Int>
        let nodes: [[Int64]]
        let buffers: [[Int64]]
        let source: String
        var nextNode = 0, nextBuffer = 0

        func damaged(_ what: String) -> DatasetError {
            DatasetError.value("\(source) is not a valid Arrow stream: a record batch has \(what)")
        }

        mutating func node() throws -> (length: Int, nulls: Int) {
            guard nextNode < nodes.count else { throw damaged("fewer field nodes than its columns need") }
            defer { nextNode += 1 }
            let (length, nulls) = (nodes[nextNode][0], nodes[nextNode][1])
            guard length >= 0, nulls >= 0, nulls <= length, length < Int64(Int32.max) else { throw damaged("a field node of length \(length)") }
            return (Int(length), Int(nulls))
        }

        /// The next buffer's bytes, as a range of `data`, at least `minimum` bytes long.
        mutating func buffer(minimum: Int) throws -> Range<Int> {
            guard nextBuffer < buffers.count else { throw damaged("fewer buffers than its columns need") }
            defer { nextBuffer += 1 }
            let (offset, length) = (buffers[nextBuffer][0], buffers[nextBuffer][1])
            guard offset >= 0, length >= minimum, length <= Int64(body.count), offset <= Int64(body.count) - length else {
                throw damaged("a buffer outside its body or shorter than its values")
            }
            return body.lowerBound + Int(offset)..<body.lowerBound + Int(offset + length)
        }

        static func bit(_ data: [UInt8], _ buffer: Range<Int>, _ index: Int) -> Bool {
            data[buffer.lowerBound + index / 8] & (UInt8(1) << (index % 8)) != 0
        }

        /// The `index`th little-endian value of `width` bytes, as raw bits.
        static func bits(_ data: [UInt8], _ buffer: Range<Int>, _ index: Int, width: Int) -> UInt64 {
            data.withUnsafeBytes { raw in
                let at = buffer.lowerBound + width * index
                switch width {
                case 1: return UInt64(raw[at])
                case 2: return UInt64(UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: at, as: UInt16.self)))
                case 4: return UInt64(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: at, as: UInt32.self)))
                default: return UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: at, as: UInt64.self))
                }
            }
        }

        /// `length + 1` offsets (int32, or int64 when `large`), checked to start at 0 or more and never fall.
        func offsets(_ buffer: Range<Int>, _ length: Int, large: Bool) throws -> [Int] {
            let values = (0...length).map { index -> Int64 in
                let raw = Self.bits(data, buffer, index, width: large ? 8 : 4)
                return large ? Int64(bitPattern: raw) : Int64(Int32(truncatingIfNeeded: raw))
            }
            guard values[0] >= 0, zip(values, values.dropFirst()).allSatisfy({ $0 <= $1 }) else {
                throw damaged("offsets that do not rise")
            }
            return values.map { Int($0) }
        }

        /// The value of a fixed-width number, as labrun holds it: ints as Int, floats as Double.
        func number(_ raw: UInt64, _ type: ArrowType) throws -> DataValue {
            switch type {
            case .int(let bits, true):
                let shift = UInt64(64 - bits)
                return .int(Int(Int64(bitPattern: raw << shift) >> Int64(shift)))
            case .int:
                guard raw <= UInt64(Int.max) else {
                    throw DatasetError(.notImplemented, "\(source): a uint64 value \(raw) is larger than labrun's ints hold (2**63 - 1)")
                }
                return .int(Int(raw))
            case .float(16): return .double(Double(floatFromHalfBits(UInt16(raw))))
            case .float(32): return .double(Double(Float(bitPattern: UInt32(raw))))
            default: return .double(Double(bitPattern: raw))
            }
        }

        mutating func array(_ type: ArrowType) throws -> [DataValue] {
            let (length, nulls) = try node()
            if type == .null {
                guard length <= ArrowStream.maximumNullRows else { throw damaged("a null column of \(length) rows") }
                return Array(repeating: .null, count: length)
            }
            let validity = try buffer(minimum: nulls > 0 ? (length + 7) / 8 : 0)
            let data = self.data
            let valid = { (index: Int) -> Bool in nulls == 0 || validity.isEmpty || Self.bit(data, validity, index) }
            switch type {
            case .bool:
                let bits = try buffer(minimum: (length + 7) / 8)
                return (0..<length).map { valid($0) ? DataValue.bool(Self.bit(data, bits, $0)) : .null }
            case .int, .float:
                let width = type.width
                let values = try buffer(minimum: width * length)
                return try (0..<length).map { valid($0) ? try number(Self.bits(data, values, $0, width: width), type) : .null }
            case .utf8, .largeUtf8:
                let bounds = try offsets(try buffer(minimum: (type == .utf8 ? 4 : 8) * (length + 1)), length, large: type == .largeUtf8)
                let text = try buffer(minimum: bounds[length])
                return try (0..<length).map { index -> DataValue in
                    guard valid(index) else { return .null }
                    let bytes = data[text.lowerBound + bounds[index]..<text.lowerBound + bounds[index + 1]]
                    guard let string = String(validating: bytes, as: UTF8.self) else { throw damaged("a string that is not UTF-8") }
                    return .string(string)
                }
            case .list(let item), .largeList(let item):
                let large: Bool = { if case .largeList = type { return true } else { return false } }()
                let bounds = try offsets(try buffer(minimum: (large ? 8 : 4) * (length + 1)), length, large: large)
                let items = try array(item)
                guard bounds[length] <= items.count else { throw damaged("list offsets past their values") }
                return (0..<length).map { valid($0) ? DataValue.list(Array(items[bounds[$0]..<bounds[$0 + 1]])) : .null }
            case .null:
                return []
            }
        }
    }

    // MARK: Writing

    /// One stream: the schema (with `metadata`), one record batch of `rows` rows, the end marker.
    static func write(_ columns: [(name: String, type: ArrowType, values: [DataValue])], rows: Int,
                      metadata: [(String, String)]) throws -> [UInt8] {
        var encoder = BatchEncoder()
        for column in columns { try encoder.array(column.values, column.type, column: column.name) }
        FlatBufferBuilder.pad(&encoder.body, to: 8)
        let batch = FlatBufferBuilder.Node.table([.int64(Int64(rows)), .node(.int64Pairs(encoder.nodes)),
                                                  .node(.int64Pairs(encoder.buffers))])
        var out = schemaMessage(columns.map { ($0.name, $0.type) }, metadata: metadata)
        out += message(kind: 3, batch, body: encoder.body)
        FlatBufferBuilder.append(&out, UInt32.max)
        FlatBufferBuilder.append(&out, Int32(0))
        return out
    }

    /// The schema message that starts a stream (also what Parquet's `ARROW:schema` holds, in base64).
    static func schemaMessage(_ columns: [(name: String, type: ArrowType)], metadata: [(String, String)]) -> [UInt8] {
        let schema = FlatBufferBuilder.Node.table([
            nil, .node(.tables(columns.map { $0.type.field(named: $0.name) })),
            .node(.tables(metadata.map { .table([.node(.string($0.0)), .node(.string($0.1))]) })),
        ])
        return message(kind: 1, schema, body: [])
    }

    /// One encapsulated message: the continuation marker, the metadata's length, the metadata, the body.
    private static func message(kind: UInt8, _ header: FlatBufferBuilder.Node, body: [UInt8]) -> [UInt8] {
        let message = FlatBufferBuilder.serialize(.table([.int16(4), .uint8(kind), .node(header), .int64(Int64(body.count))]))
        var out: [UInt8] = []
        FlatBufferBuilder.append(&out, UInt32.max)
        FlatBufferBuilder.append(&out, Int32(message.count))
        return out + message + body
    }

    /// Lays out a record batch: a field node per array and its buffers, depth first.
    private struct BatchEncoder {
        var nodes: [Int64] = [], buffers: [Int64] = [], body: [UInt8] = []

        mutating func buffer(_ bytes: [UInt8]) {
            FlatBufferBuilder.pad(&body, to: 8)
            buffers += [Int64(body.count), Int64(bytes.count)]
            body += bytes
        }

        static func bits(_ flags: [Bool]) -> [UInt8] {
            var out = [UInt8](repeating: 0, count: (flags.count + 7) / 8)
            for (index, flag) in flags.enumerated() where flag { out[index / 8] |= UInt8(1) << (index % 8) }
            return out
        }

        mutating func offsets(_ counts: [Int], large: Bool, column: String) throws {
            var out: [UInt8] = []
            var total = 0
            large ? FlatBufferBuilder.append(&out, Int64(0)) : FlatBufferBuilder.append(&out, Int32(0))
            for count in counts {
                total += count
                if large {
                    FlatBufferBuilder.append(&out, Int64(total))
                } else {
                    guard total <= Int(Int32.max) else {
                        throw DatasetError(.notImplemented, "save_to_disk: column '\(column)' holds more than 2 GiB of strings or list items")
                    }
                    FlatBufferBuilder.append(&out, Int32(total))
                }
            }
            buffer(out)
        }

        mutating func array(_ values: [DataValue], _ type: ArrowType, column: String) throws {
            let nulls = values.filter(\.isNull).count
            nodes += [Int64(values.count), Int64(nulls)]
            if type == .null { return }
            buffer(nulls == 0 ? [] : Self.bits(values.map { !$0.isNull }))
            func mismatch(_ value: DataValue) -> DatasetError {
                DatasetError.value("save_to_disk: column '\(column)' is \(type.feature) but holds \(value)")
            }
            switch type {
            case .bool:
                buffer(Self.bits(try values.map { value -> Bool in
                    switch value {
                    case .bool(let flag): return flag
                    case .null: return false
                    default: throw mismatch(value)
                    }
                }))
            case .int, .float:
                let width = type.width
                var out: [UInt8] = []
                out.reserveCapacity(width * values.count)
                for value in values {
                    guard let bits = type.storedBits(value) else { throw mismatch(value) }
                    withUnsafeBytes(of: bits.littleEndian) { out += $0.prefix(width) }
                }
                buffer(out)
            case .utf8, .largeUtf8:
                let strings = try values.map { value -> String in
                    switch value {
                    case .string(let text): return text
                    case .null: return ""
                    default: throw mismatch(value)
                    }
                }
                try offsets(strings.map(\.utf8.count), large: type == .largeUtf8, column: column)
                buffer(strings.flatMap(\.utf8))
            case .list(let item), .largeList(let item):
                let lists = try values.map { value -> [DataValue] in
                    switch value {
                    case .list(let items): return items
                    case .null: return []
                    default: throw mismatch(value)
                    }
                }
                try offsets(lists.map(\.count), large: type != .list(item), column: column)
                try array(lists.flatMap { $0 }, item, column: column)
            case .null:
                break
            }
        }
    }
}
