/// A JSON parser that keeps object key order and tells ints from floats, as Python's `json` does,
/// and reports errors with the file name and line.
struct JSONReader {
    let fileName: String
    private var bytes: [UInt8] = []
    private var index = 0
    private var line = 1
    private var depth = 0
    private static let maxDepth = 500

    init(fileName: String) {
        self.fileName = fileName
    }

    /// Parses one JSON document; `firstLine` numbers lines when the text is one line of a file.
    mutating func parse(_ text: String, firstLine: Int = 1) throws -> DataValue {
        bytes = Array(text.utf8)
        if bytes.starts(with: [0xef, 0xbb, 0xbf]) { bytes.removeFirst(3) }
        index = 0
        line = firstLine
        depth = 0
        skipSpace()
        let value = try parseValue()
        skipSpace()
        guard index == bytes.count else { throw error("extra data after the JSON value") }
        return value
    }

    private func error(_ message: String) -> DatasetError {
        DatasetError.value("Invalid JSON in '\(fileName)' at line \(line): \(message)")
    }

    private mutating func skipSpace() {
        while index < bytes.count, [0x20, 0x09, 0x0a, 0x0d].contains(bytes[index]) {
            if bytes[index] == 0x0a { line += 1 }
            index += 1
        }
    }

    private mutating func parseValue() throws -> DataValue {
        guard index < bytes.count else { throw error("unexpected end of data") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): return try parseLiteral("true", .bool(true))
        case UInt8(ascii: "f"): return try parseLiteral("false", .bool(false))
        case UInt8(ascii: "n"): return try parseLiteral("null", .null)
        case UInt8(ascii: "N"): return try parseLiteral("NaN", .double(.nan))
        default: return try parseNumber()
        }
    }

    private mutating func parseLiteral(_ word: String, _ value: DataValue) throws -> DataValue {
        let expected = Array(word.utf8)
        guard bytes[index...].starts(with: expected) else { throw error("unexpected character") }
        index += expected.count
        return value
    }

    private mutating func nested<T>(_ body: (inout JSONReader) throws -> T) throws -> T {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maxDepth else { throw error("nesting deeper than \(Self.maxDepth) levels") }
        return try body(&self)
    }

    private mutating func parseObject() throws -> DataValue {
        try nested { reader in
            reader.index += 1
            var record = DataRecord()
            reader.skipSpace()
            if reader.peek(UInt8(ascii: "}")) { reader.index += 1; return .dict(record) }
            while true {
                reader.skipSpace()
                guard reader.peek(UInt8(ascii: "\"")) else { throw reader.error("expected a property name in double quotes") }
                let key = try reader.parseString()
                reader.skipSpace()
                guard reader.peek(UInt8(ascii: ":")) else { throw reader.error("expected ':' after a property name") }
                reader.index += 1
                reader.skipSpace()
                record[key] = try reader.parseValue()
                reader.skipSpace()
                if reader.peek(UInt8(ascii: ",")) { reader.index += 1; continue }
                guard reader.peek(UInt8(ascii: "}")) else { throw reader.error("expected ',' or '}' in an object") }
                reader.index += 1
                return .dict(record)
            }
        }
    }

    private mutating func parseArray() throws -> DataValue {
        try nested { reader in
            reader.index += 1
            var items: [DataValue] = []
            reader.skipSpace()
            if reader.peek(UInt8(ascii: "]")) { reader.index += 1; return .list(items) }
            while true {
                reader.skipSpace()
                items.append(try reader.parseValue())
                reader.skipSpace()
                if reader.peek(UInt8(ascii: ",")) { reader.index += 1; continue }
                guard reader.peek(UInt8(ascii: "]")) else { throw reader.error("expected ',' or ']' in an array") }
                reader.index += 1
                return .list(items)
            }
        }
    }

    private func peek(_ byte: UInt8) -> Bool { index < bytes.count && bytes[index] == byte }

    private mutating func parseString() throws -> String {
        index += 1
        var scalars = String.UnicodeScalarView()
        var raw: [UInt8] = []
        func flush() {
            scalars.append(contentsOf: String(decoding: raw, as: UTF8.self).unicodeScalars)
            raw = []
        }
        while true {
            guard index < bytes.count else { throw error("unterminated string") }
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\""):
                flush()
                return String(scalars)
            case UInt8(ascii: "\\"):
                flush()
                scalars.append(try parseEscape())
            case 0x0a:
                throw error("unterminated string (newline inside a string)")
            default:
                raw.append(byte)
            }
        }
    }

    private mutating func parseEscape() throws -> Unicode.Scalar {
        guard index < bytes.count else { throw error("unterminated string") }
        let code = bytes[index]
        index += 1
        let simple: [UInt8: Unicode.Scalar] = [
            UInt8(ascii: "\""): "\"", UInt8(ascii: "\\"): "\\", UInt8(ascii: "/"): "/", UInt8(ascii: "b"): "\u{8}",
            UInt8(ascii: "f"): "\u{c}", UInt8(ascii: "n"): "\n", UInt8(ascii: "r"): "\r", UInt8(ascii: "t"): "\t",
        ]
        if let scalar = simple[code] { return scalar }
        guard code == UInt8(ascii: "u") else { throw error("invalid escape") }
        let high = try parseHex4()
        if (0xd800..<0xdc00).contains(high), bytes[index...].starts(with: Array("\\u".utf8)) {
            index += 2
            let low = try parseHex4()
            if (0xdc00..<0xe000).contains(low), let scalar = Unicode.Scalar(0x10000 + (high - 0xd800) << 10 + (low - 0xdc00)) {
                return scalar
            }
        }
        return Unicode.Scalar(high) ?? "\u{fffd}"
    }

    private mutating func parseHex4() throws -> UInt32 {
        guard index + 4 <= bytes.count, let value = UInt32(String(decoding: bytes[index..<(index + 4)], as: UTF8.self), radix: 16) else {
            throw error("invalid \\u escape")
        }
        index += 4
        return value
    }

    private mutating func parseNumber() throws -> DataValue {
        let start = index
        while index < bytes.count, "+-0123456789.eE".utf8.contains(bytes[index]) { index += 1 }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        guard !text.isEmpty else { throw error("unexpected character") }
        if !text.contains(where: { ".eE".contains($0) }), let integer = Int(text) { return .int(integer) }
        guard let number = Double(text) else { throw error("invalid number '\(text)'") }
        return .double(number)
    }
}
