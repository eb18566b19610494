import Foundation

/// A Parquet file as pyarrow writes one for datasets' `to_parquet`, kept simple: each column of a
/// row group is one data page (v1) of PLAIN values, uncompressed, with RLE repetition and
/// definition levels; the footer is Thrift compact `FileMetaData` holding the schema (lists in
/// the three-level LIST form), the row groups, and the `ARROW:schema` and `huggingface` metadata
/// that let pyarrow and datasets restore each column's exact type.
///
/// Layout: `PAR1`, per row group and column a page header and page, the footer, its length
/// (UInt32), `PAR1`.
enum ParquetFile {
    /// A column's values as Parquet stores them: a level pair per leaf slot, values for defined ones.
    struct Shredded {
        var repetition: [Int] = []
        var definition: [Int] = []
        var values: [DataValue] = []
    }

    /// The whole file for `columns` (each `rows` values), in row groups of `rowsPerGroup` rows.
    static func write(_ columns: [(name: String, type: ArrowType, values: [DataValue])], rows: Int, rowsPerGroup: Int,
                      metadata: [(String, String)]) throws -> [UInt8] {
        var out = Array("PAR1".utf8)
        var groups: [ThriftValue] = []
        for start in rows == 0 ? [0] : Array(stride(from: 0, to: rows, by: max(rowsPerGroup, 1))) {
            let end = min(start + max(rowsPerGroup, 1), rows)
            var chunks: [ThriftValue] = []
            var groupBytes = 0
            for column in columns {
                let (chunk, size) = try columnChunk(column.name, column.type, Array(column.values[start..<end]), in: &out)
                chunks.append(chunk)
                groupBytes += size
            }
            groups.append(.structure([(1, .structs(chunks)), (2, .i64(Int64(groupBytes))), (3, .i64(Int64(end - start)))]))
        }
        let schema = [ThriftValue.structure([(4, .string("schema")), (5, .i32(Int32(columns.count)))])]
            + columns.flatMap { schemaElements($0.type, name: $0.name) }
        let footer = ThriftValue.structure([
            (1, .i32(2)), (2, .structs(schema)), (3, .i64(Int64(rows))), (4, .structs(groups)),
            (5, .structs(metadata.map { .structure([(1, .string($0.0)), (2, .string($0.1))]) })),
            (6, .string("labrun")),
        ]).serialized()
        out += footer
        FlatBufferBuilder.append(&out, UInt32(footer.count))
        out += Array("PAR1".utf8)
        return out
    }

    // MARK: Schema

    /// The schema elements of a column, depth first: a leaf, or a LIST group, its repeated `list`
    /// group and its `element`.
    private static func schemaElements(_ type: ArrowType, name: String) -> [ThriftValue] {
        switch type {
        case .list(let item), .largeList(let item):
            return [.structure([(3, .i32(1)), (4, .string(name)), (5, .i32(1)), (6, .i32(3)), (10, .structure([(3, .structure([]))]))]),
                    .structure([(3, .i32(2)), (4, .string("list")), (5, .i32(1))])]
                + schemaElements(item, name: "element")
        default:
            let (physical, width, converted, logical) = leaf(type)
            var fields: [(Int16, ThriftValue)] = [(1, .i32(physical))]
            if let width { fields.append((2, .i32(width))) }
            fields += [(3, .i32(1)), (4, .string(name))]
            if let converted { fields.append((6, .i32(converted))) }
            if let logical { fields.append((10, logical)) }
            return [.structure(fields)]
        }
    }

    /// A leaf's physical type, fixed length, converted type and logical type.
    private static func leaf(_ type: ArrowType) -> (Int32, Int32?, Int32?, ThriftValue?) {
        switch type {
        case .bool: return (0, nil, nil, nil)
        case .int(let bits, let signed):
            let converted: Int32 = signed ? [8: 15, 16: 16, 32: 17, 64: 18][bits]! : [8: 11, 16: 12, 32: 13, 64: 14][bits]!
            let logical = ThriftValue.structure([(10, .structure([(1, .byte(Int8(bits))), (2, .bool(signed))]))])
            return (bits == 64 ? 2 : 1, nil, converted, logical)
        case .float(16): return (7, 2, nil, .structure([(15, .structure([]))]))
        case .float(32): return (4, nil, nil, nil)
        case .float: return (5, nil, nil, nil)
        case .utf8, .largeUtf8: return (6, nil, 0, .structure([(1, .structure([]))]))
        case .null, .list, .largeList: return (1, nil, nil, .structure([(11, .structure([]))]))
        }
    }

    // MARK: Levels and values

    /// The deepest definition and repetition levels of a column of `type`.
    static func maximumLevels(_ type: ArrowType) -> (definition: Int, repetition: Int) {
        switch type {
        case .list(let item), .largeList(let item):
            let inner = maximumLevels(item)
            return (inner.definition + 2, inner.repetition + 1)
        default: return (1, 0)
        }
    }

    /// Dremel's shredding of one optional value at a node `depth` lists deep, entered at
    /// repetition level `repetition` with `definition` ancestors defined.
    static func shred(_ value: DataValue, _ type: ArrowType, definition: Int, repetition: Int, depth: Int, into out: inout Shredded) {
        guard !value.isNull else {
            out.repetition.append(repetition)
            out.definition.append(definition)
            return
        }
        switch (type, value) {
        case (.list(let item), .list(let items)), (.largeList(let item), .list(let items)):
            guard !items.isEmpty else {
                out.repetition.append(repetition)
                out.definition.append(definition + 1)
                return
            }
            for (index, element) in items.enumerated() {
                shred(element, item, definition: definition + 2, repetition: index == 0 ? repetition : depth + 1, depth: depth + 1, into: &out)
            }
        default:
            out.repetition.append(repetition)
            out.definition.append(definition + 1)
            out.values.append(value)
        }
    }

    /// Levels in the RLE/bit-packing hybrid, as runs of equal levels, after their UInt32 length.
    static func levels(_ levels: [Int], maximum: Int) -> [UInt8] {
        let width = (Int.bitWidth - maximum.leadingZeroBitCount + 7) / 8
        var runs: [UInt8] = []
        var index = 0
        while index < levels.count {
            var end = index
            while end < levels.count && levels[end] == levels[index] { end += 1 }
            ThriftValue.varint(&runs, UInt64(end - index) << 1)
            for byte in 0..<width { runs.append(UInt8(truncatingIfNeeded: levels[index] >> (8 * byte))) }
            index = end
        }
        var out: [UInt8] = []
        FlatBufferBuilder.append(&out, UInt32(runs.count))
        return out + runs
    }

    /// PLAIN values of a leaf.
    static func plain(_ values: [DataValue], _ type: ArrowType, column: String) throws -> [UInt8] {
        var out: [UInt8] = []
        func mismatch(_ value: DataValue) -> DatasetError {
            DatasetError.value("to_parquet: column '\(column)' is \(type.feature) but holds \(value)")
        }
        switch type {
        case .bool:
            var bits = [UInt8](repeating: 0, count: (values.count + 7) / 8)
            for (index, value) in values.enumerated() {
                guard case .bool(let flag) = value else { throw mismatch(value) }
                if flag { bits[index / 8] |= 1 << (index % 8) }
            }
            out = bits
        case .int(let bits, _), .float(let bits):
            // Parquet stores 8- and 16-bit ints as INT32 (sign-extended), float16 in 2 bytes.
            let width = bits == 64 ? 8 : bits == 16 && type == .float(bits: 16) ? 2 : 4
            for value in values {
                guard let raw = type.storedBits(value) else { throw mismatch(value) }
                withUnsafeBytes(of: raw.littleEndian) { out += $0.prefix(width) }
            }
        case .utf8, .largeUtf8:
            for value in values {
                guard case .string(let text) = value else { throw mismatch(value) }
                FlatBufferBuilder.append(&out, UInt32(text.utf8.count))
                out += text.utf8
            }
        case .null, .list, .largeList:
            guard values.isEmpty else { throw mismatch(values[0]) }
        }
        return out
    }

    /// Appends one column chunk (a page header and its page) to `out`.
    /// - Returns: the chunk's metadata and its size in bytes.
    private static func columnChunk(_ name: String, _ type: ArrowType, _ values: [DataValue], in out: inout [UInt8]) throws -> (ThriftValue, Int) {
        var shredded = Shredded()
        for value in values { shred(value, type, definition: 0, repetition: 0, depth: 0, into: &shredded) }
        let (maxDefinition, maxRepetition) = maximumLevels(type)
        var leafType = type
        var path = [name]
        while let item = leafType.listItem {
            leafType = item
            path += ["list", "element"]
        }
        var page: [UInt8] = []
        if maxRepetition > 0 { page += levels(shredded.repetition, maximum: maxRepetition) }
        page += levels(shredded.definition, maximum: maxDefinition)
        page += try plain(shredded.values, leafType, column: name)
        guard page.count <= Int(Int32.max) else {
            throw DatasetError(.notImplemented, "to_parquet: column '\(name)' holds more than 2 GiB in one row group; pass a smaller batch_size")
        }
        let count = Int32(shredded.definition.count)
        let header = ThriftValue.structure([
            (1, .i32(0)), (2, .i32(Int32(page.count))), (3, .i32(Int32(page.count))),
            (5, .structure([(1, .i32(count)), (2, .i32(0)), (3, .i32(3)), (4, .i32(3))])),
        ]).serialized()
        let offset = out.count
        out += header
        out += page
        let size = header.count + page.count
        let (physical, _, _, _) = leaf(leafType)
        let metadata = ThriftValue.structure([
            (1, .i32(physical)), (2, .list(elementType: 5, [.i32(0), .i32(3)])), (3, .list(elementType: 8, path.map { .string($0) })),
            (4, .i32(0)), (5, .i64(Int64(count))), (6, .i64(Int64(size))), (7, .i64(Int64(size))), (9, .i64(Int64(offset))),
        ])
        let chunk = ThriftValue.structure([(2, .i64(Int64(offset))), (3, metadata)])
        return (chunk, size)
    }
}

extension ArrowType {
    /// A list's or large list's item type; nil for other types.
    var listItem: ArrowType? {
        switch self {
        case .list(let item), .largeList(let item): return item
        default: return nil
        }
    }
}
