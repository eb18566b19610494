import Foundation
import JSONText

/// Writing a dataset as the files Hugging Face datasets writes: `to_json` (JSON Lines through
/// pandas' `to_json(orient="records", lines=True)`) and `to_csv` (pandas' `to_csv(index=False)`).
extension Dataset {
    /// One JSON object per row and a newline after each, as pandas writes them: no spaces,
    /// non-ASCII as `\uXXXX`, `/` as `\/`.
    /// - Throws: `DatasetError` for a cell pandas would write in a form labrun doesn't (floats,
    ///   opaque payloads).
    public func jsonLines() throws -> String {
        var out = ""
        for row in examples {
            out += try Self.pandasJSON(.dict(row)) + "\n"
        }
        return out
    }

    /// A header line with the column names, then one line per row, as pandas' `to_csv(index=False)`
    /// writes them: fields quoted (`"` doubled) only when they hold a comma, quote or line break.
    public func csv() throws -> String {
        var out = columnNames.map(Self.csvField).joined(separator: ",") + "\n"
        for row in examples {
            out += try row.values.map { try Self.csvField(Self.csvText($0)) }.joined(separator: ",") + "\n"
        }
        return out
    }

    private static func pandasJSON(_ value: DataValue) throws -> String {
        switch value {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let number): return String(number)
        case .string(let text): return JSONText.quoted(text, asciiOnly: true).replacingOccurrences(of: "/", with: "\\/")
        case .list(let items): return "[" + (try items.map(pandasJSON)).joined(separator: ",") + "]"
        case .dict(let record):
            return "{" + (try record.map { try pandasJSON(.string($0.key)) + ":" + pandasJSON($0.value) }).joined(separator: ",") + "}"
        case .double:
            throw DatasetError(.notImplemented, "Dataset.to_json: labrun does not write float columns (pandas rounds them to 10 significant digits)")
        case .opaque:
            throw DatasetError(.notImplemented, "Dataset.to_json: labrun writes columns of str, int, bool, None, lists and dicts, not tensors")
        }
    }

    /// A cell as pandas writes it in a CSV file: None as an empty field, bools as `True`/`False`.
    private static func csvText(_ value: DataValue) throws -> String {
        switch value {
        case .null: return ""
        case .bool(let flag): return flag ? "True" : "False"
        case .int(let number): return String(number)
        case .string(let text): return text
        case .double, .list, .dict, .opaque:
            throw DatasetError(.notImplemented, "Dataset.to_csv: labrun writes columns of str, int, bool and None only")
        }
    }

    private static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
