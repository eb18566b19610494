/// A compact binary form of dataset cells, for saving a dataset whole (a REPL session file):
/// a tag byte, then the payload, integers little-endian.
///
/// | tag | cell | payload |
/// |---|---|---|
/// | 0, 1, 2 | null, false, true | none |
/// | 3 | int | 8 bytes |
/// | 4 | double | its 8 IEEE bytes |
/// | 5 | string | UInt64 byte count, UTF-8 |
/// | 6 | list | UInt64 count, cells |
/// | 7 | record | UInt64 count, then (key as tag-less string, cell) pairs |
/// | 8 | opaque | UInt32 index the caller gives it |
extension DataValue {
    /// Appends this cell; `opaque` gives the index an opaque payload is saved under.
    public func appendBinary(to bytes: inout [UInt8], opaque: (OpaqueDataPayload) throws -> UInt32) rethrows {
        switch self {
        case .null: bytes.append(0)
        case .bool(let flag): bytes.append(flag ? 2 : 1)
        case .int(let number): bytes.append(3); Self.append(UInt64(bitPattern: Int64(number)), to: &bytes)
        case .double(let number): bytes.append(4); Self.append(number.bitPattern, to: &bytes)
        case .string(let text): bytes.append(5); Self.append(text, to: &bytes)
        case .list(let items):
            bytes.append(6)
            Self.append(UInt64(items.count), to: &bytes)
            for item in items { try item.appendBinary(to: &bytes, opaque: opaque) }
        case .dict(let record):
            bytes.append(7)
            Self.append(UInt64(record.count), to: &bytes)
            for (key, value) in record {
                Self.append(key, to: &bytes)
                try value.appendBinary(to: &bytes, opaque: opaque)
            }
        case .opaque(let payload): bytes.append(8); Self.append(try opaque(payload), to: &bytes)
        }
    }

    /// Reads cells written by `appendBinary`, in order.
    public struct BinaryReader {
        private let bytes: [UInt8]
        private var position = 0
        /// How deep lists and records may nest (deeper input is damaged, and would use up the stack).
        private static let depthLimit = 200

        public init(_ bytes: [UInt8]) { self.bytes = bytes }

        public var isAtEnd: Bool { position == bytes.count }

        /// The next cell; `opaque` makes the value saved under an index. Throws `DatasetError` on
        /// bytes that are not cells.
        public mutating func next(opaque: (UInt32) throws -> DataValue) throws -> DataValue {
            try next(depth: 0, opaque: opaque)
        }

        private mutating func next(depth: Int, opaque: (UInt32) throws -> DataValue) throws -> DataValue {
            guard depth <= Self.depthLimit else { throw damaged("nested too deeply") }
            switch try byte() {
            case 0: return .null
            case 1: return .bool(false)
            case 2: return .bool(true)
            case 3: return .int(Int(Int64(bitPattern: try word(UInt64.self))))
            case 4: return .double(Double(bitPattern: try word(UInt64.self)))
            case 5: return .string(try string())
            case 6:
                let count = try self.count()
                var items: [DataValue] = []
                items.reserveCapacity(count)
                for _ in 0..<count { items.append(try next(depth: depth + 1, opaque: opaque)) }
                return .list(items)
            case 7:
                let count = try self.count()
                var record = DataRecord()
                for _ in 0..<count {
                    let key = try string()
                    record[key] = try next(depth: depth + 1, opaque: opaque)
                }
                return .dict(record)
            case 8: return try opaque(try word(UInt32.self))
            case let tag: throw damaged("unknown cell tag \(tag)")
            }
        }

        private mutating func byte() throws -> UInt8 {
            guard position < bytes.count else { throw damaged("truncated") }
            defer { position += 1 }
            return bytes[position]
        }

        private mutating func word<Word: FixedWidthInteger>(_: Word.Type) throws -> Word {
            let size = Word.bitWidth / 8
            guard bytes.count - position >= size else { throw damaged("truncated") }
            defer { position += size }
            return bytes.withUnsafeBytes { Word(littleEndian: $0.loadUnaligned(fromByteOffset: position, as: Word.self)) }
        }

        /// A count no larger than the bytes left could hold (each item takes at least one byte).
        private mutating func count() throws -> Int {
            let count = try word(UInt64.self)
            guard count <= UInt64(bytes.count - position) else { throw damaged("a count past the end") }
            return Int(count)
        }

        private mutating func string() throws -> String {
            let length = try count()
            defer { position += length }
            guard let text = String(validating: bytes[position..<position + length], as: UTF8.self) else { throw damaged("invalid UTF-8") }
            return text
        }

        private func damaged(_ problem: String) -> DatasetError { DatasetError.value("saved dataset cells are damaged: \(problem)") }
    }

    private static func append<Word: FixedWidthInteger>(_ word: Word, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: word.littleEndian) { bytes.append(contentsOf: $0) }
    }

    private static func append(_ text: String, to bytes: inout [UInt8]) {
        let utf8 = Array(text.utf8)
        append(UInt64(utf8.count), to: &bytes)
        bytes.append(contentsOf: utf8)
    }
}
