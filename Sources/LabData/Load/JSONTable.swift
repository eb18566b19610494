/// Turns JSON text into a dataset as `load_dataset("json")` does: a list of records, a dict of
/// column lists, JSON Lines (one record per line), or, with `field`, the list or dict stored
/// under that key of a top-level object.
enum JSONTable {
    static func dataset(text: String, fileName: String, field: String?) throws -> Dataset {
        if let field = field {
            guard case .dict(let document) = try DataValue.readJSON(text, fileName: fileName) else {
                throw DatasetError.value("Invalid JSON in '\(fileName)': field=\"\(field)\" needs a top-level object")
            }
            guard let value = document[field] else {
                throw DatasetError(.keyError, "Key '\(field)' not found in '\(fileName)'. Keys: \(pythonList(document.keys))")
            }
            return try table(value, fileName: fileName)
        }
        if fileName.hasSuffix(".jsonl") { return try jsonLines(text, fileName: fileName) }
        do {
            return try table(try DataValue.readJSON(text, fileName: fileName), fileName: fileName)
        } catch let wholeError as DatasetError {
            // Not one document: JSON Lines, if the first line is a record on its own.
            guard let first = lines(text).first, (try? DataValue.readJSON(first, fileName: fileName)) != nil else { throw wholeError }
            return try jsonLines(text, fileName: fileName)
        }
    }

    private static func jsonLines(_ text: String, fileName: String) throws -> Dataset {
        var rows: [DataRecord] = []
        for (offset, line) in lines(text).enumerated() {
            guard line.contains(where: { !$0.isWhitespace }) else { continue }
            guard case .dict(let record) = try DataValue.readJSON(line, fileName: fileName, firstLine: offset + 1) else {
                throw DatasetError.value("Invalid JSON Lines in '\(fileName)' at line \(offset + 1): each line must be an object")
            }
            rows.append(record)
        }
        return try Dataset(rows: rows)
    }

    /// The lines of JSON Lines text, split at each "\n" byte, so a CRLF file's lines keep a
    /// trailing "\r" (JSON whitespace). Splitting Characters would not: "\r\n" is one Character.
    private static func lines(_ text: String) -> [String] {
        text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { String(String.UnicodeScalarView($0)) }
    }

    private static func table(_ value: DataValue, fileName: String) throws -> Dataset {
        switch value {
        case .list(let items):
            return try Dataset(rows: try items.enumerated().map { offset, item in
                guard case .dict(let record) = item else {
                    throw DatasetError.value("Invalid JSON in '\(fileName)': item \(offset) of the list is not an object")
                }
                return record
            })
        case .dict(let columns) where columns.values.allSatisfy({ $0.listValue != nil }):
            return try Dataset(columns: columns.map { ($0.key, $0.value.listValue!) })
        default:
            throw DatasetError.value("Invalid JSON in '\(fileName)': expected a list of objects, a dict of lists or JSON Lines")
        }
    }
}
