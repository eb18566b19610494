/// Turns CSV text into a dataset the way `load_dataset("csv")` does through pandas: the first
/// record is the header; each column becomes int64 if every non-empty cell is an integer,
/// float64 if every non-empty cell is a number (an int column with empty cells also becomes
/// float64, as pandas stores the gaps as NaN), bool for True/False, otherwise string; empty
/// cells become null.
enum CSVTable {
    static func dataset(text: String, fileName: String) throws -> Dataset {
        let records = try CSVReader(fileName: fileName).records(text)
        guard let header = records.first else {
            throw DatasetError.value("No columns to parse from file '\(fileName)'")
        }
        var cells = Array(repeating: [String?](), count: header.fields.count)
        for record in records.dropFirst() {
            guard record.fields.count <= header.fields.count else {
                throw DatasetError.value("Error tokenizing data in '\(fileName)': expected \(header.fields.count) fields in line \(record.line), saw \(record.fields.count)")
            }
            for column in cells.indices {
                let text = column < record.fields.count ? record.fields[column] : ""
                cells[column].append(text.isEmpty ? nil : text)
            }
        }
        return try Dataset(columns: zip(uniqueNames(header.fields), cells).map { ($0, typedColumn($1)) })
    }

    /// pandas renames repeated headers `a`, `a.1`, `a.2`, ….
    private static func uniqueNames(_ names: [String]) -> [String] {
        var seen: [String: Int] = [:]
        return names.map { name in
            defer { seen[name, default: 0] += 1 }
            guard let count = seen[name] else { return name }
            return "\(name).\(count)"
        }
    }

    private static func typedColumn(_ cells: [String?]) -> [DataValue] {
        let present = cells.compactMap { $0 }
        let hasGaps = present.count < cells.count
        if !present.isEmpty && present.allSatisfy({ Int($0) != nil }) {
            return cells.map { $0.flatMap(Int.init).map { hasGaps ? .double(Double($0)) : .int($0) } ?? .null }
        }
        if !present.isEmpty && present.allSatisfy({ parseFloat($0) != nil }) {
            return cells.map { $0.flatMap(parseFloat).map(DataValue.double) ?? .null }
        }
        let truths = ["True": true, "TRUE": true, "true": true, "False": false, "FALSE": false, "false": false]
        if !present.isEmpty && !hasGaps && present.allSatisfy({ truths[$0] != nil }) {
            return cells.map { .bool(truths[$0!]!) }
        }
        return cells.map { $0.map(DataValue.string) ?? .null }
    }

    private static func parseFloat(_ text: String) -> Double? {
        guard text.contains(where: \.isNumber), let value = Double(text.trimmingSpaces()) else { return nil }
        return value
    }
}

extension String {
    func trimmingSpaces() -> String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
