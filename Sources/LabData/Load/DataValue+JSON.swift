import JSONText

extension DataValue {
    /// Reads one JSON document as Python's `json` does: key order kept (the last of duplicate keys
    /// wins), ints told from floats, NaN and Infinity allowed; a leading byte order mark is skipped.
    /// `firstLine` numbers the lines when `text` is one line of a JSON Lines file.
    /// - Throws: `DatasetError` naming the file, line and column.
    static func readJSON(_ text: String, fileName: String, firstLine: Int = 1) throws -> DataValue {
        var builder = Builder()
        do {
            return try JSONReader.read(text, options: .init(allowNonFinite: true, maxDepth: 500, skipByteOrderMark: true), into: &builder)
        } catch let error as JSONReadError {
            throw DatasetError.value("Invalid JSON in '\(fileName)' at line \(error.line + firstLine - 1) column \(error.column): \(error.message)")
        }
    }

    private struct Builder: JSONBuilder {
        func null() -> DataValue { .null }
        func bool(_ value: Bool) -> DataValue { .bool(value) }
        func integer(_ value: Int) -> DataValue { .int(value) }
        /// Beyond int64, as pyarrow reads it: a double.
        func bigInteger(_ digits: String) -> DataValue { .double(Double(digits) ?? .infinity) }
        func float(_ value: Double) -> DataValue { .double(value) }
        func string(_ value: String) -> DataValue { .string(value) }
        func array(_ items: [DataValue]) -> DataValue { .list(items) }
        func object(_ members: [(key: String, value: DataValue)]) -> DataValue {
            var record = DataRecord()
            for (key, value) in members { record[key] = value }
            return .dict(record)
        }
    }
}
