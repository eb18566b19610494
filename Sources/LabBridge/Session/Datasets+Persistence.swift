import Foundation
import LabScript
import LabData

/// Datasets in session files: each column's values as JSON in the payload, and the format
/// `set_format` chose. Features are inferred again from the values on load, as they were when
/// the dataset was made; a dataset whose features would come back different is not saved.
///
/// Cells: strings and ints as themselves, `null`, `{"b": 0|1}`, `{"f": "repr"}`, lists as arrays,
/// records as `{"d": [[key, cell], ...]}`, and any other script value as `{"v": value}`.
extension ScriptDataset: NativePersistable {
    var persistentTypeName: String { "datasets.Dataset" }

    func persistentState(_ archive: NativeArchiveWriter) throws -> Any {
        let columns = try dataset.columnNames.map { name in [name, try dataset.column(name).map { try Self.cell($0, archive) }] as [Any] }
        let rebuilt = try Dataset(columns: try dataset.columnNames.map { ($0, try dataset.column($0)) })
        guard rebuilt.featuresDescription == dataset.featuresDescription else {
            throw PyException.typeError("a dataset whose features (\(dataset.featuresDescription)) are not those of its values can't be saved")
        }
        let format = dataset.format
        return ["columns": archive.bytes(try JSONSerialization.data(withJSONObject: columns)),
                "format": ["type": format.type as Any? ?? NSNull(), "columns": format.columns as Any? ?? NSNull(),
                           "outputAllColumns": format.outputAllColumns]]
    }

    static func decode(_ state: Any, _ archive: NativeArchiveReader, context: DataBridgeContext) throws -> NativeObject {
        let entry = try archive.object(state, "a dataset")
        guard let raw = entry["columns"], let columns = try JSONSerialization.jsonObject(with: try archive.bytes(raw)) as? [[Any]],
              let format = entry["format"] as? [String: Any] else { throw archive.malformed("a dataset") }
        let ordered = try columns.map { pair -> (String, [DataValue]) in
            guard pair.count == 2, let name = pair[0] as? String, let cells = pair[1] as? [Any] else { throw archive.malformed("a dataset column") }
            return (name, try cells.map { try value(of: $0, archive) })
        }
        var dataset = try Dataset(columns: ordered)
        dataset.format = DatasetFormat(type: format["type"] as? String, columns: format["columns"] as? [String],
                                       outputAllColumns: format["outputAllColumns"] as? Bool ?? false)
        return ScriptDataset(dataset, context)
    }

    private static func cell(_ value: DataValue, _ archive: NativeArchiveWriter) throws -> Any {
        switch value {
        case .null: return NSNull()
        case .bool(let flag): return ["b": flag ? 1 : 0]
        case .int(let number): return number
        case .double(let number): return ["f": "\(number)"]
        case .string(let text): return text
        case .list(let items): return try items.map { try cell($0, archive) }
        case .dict(let record): return ["d": try record.map { [$0.key, try cell($0.value, archive)] as [Any] }]
        case .opaque(let payload):
            guard let script = payload as? ScriptPayload else { throw PyException.typeError("a dataset holding engine values can't be saved") }
            return ["v": try archive.value(script.value)]
        }
    }

    private static func value(of json: Any, _ archive: NativeArchiveReader) throws -> DataValue {
        switch json {
        case is NSNull: return .null
        case let text as String: return .string(text)
        case let items as [Any]: return .list(try items.map { try value(of: $0, archive) })
        case let tagged as [String: Any]:
            if let flag = tagged["b"] as? Int { return .bool(flag != 0) }
            if let text = tagged["f"] as? String, let number = Double(text) { return .double(number) }
            if let pairs = tagged["d"] as? [[Any]] {
                return .dict(DataRecord(try pairs.map { pair in
                    guard pair.count == 2, let key = pair[0] as? String else { throw archive.malformed("a dataset record") }
                    return (key, try value(of: pair[1], archive))
                }))
            }
            if let saved = tagged["v"] { return try DataValue(script: try archive.value(saved)) }
            throw archive.malformed("a dataset cell")
        case let number as NSNumber: return .int(number.intValue)
        default: throw archive.malformed("a dataset cell")
        }
    }
}

/// A DatasetDict: its splits, each a dataset saved as above (so `dd["train"]` bound to a name
/// stays the same object).
extension ScriptDatasetDict: NativePersistable {
    var persistentTypeName: String { "datasets.DatasetDict" }

    func persistentState(_ archive: NativeArchiveWriter) throws -> Any {
        ["splits": try splits.map { [$0.name, try archive.value(.native($0.dataset))] as [Any] }]
    }

    static func decode(_ state: Any, _ archive: NativeArchiveReader, context: DataBridgeContext) throws -> NativeObject {
        guard let splits = try archive.object(state, "a DatasetDict")["splits"] as? [[Any]] else { throw archive.malformed("a DatasetDict") }
        return ScriptDatasetDict(splits: try splits.map { pair in
            guard pair.count == 2, let name = pair[0] as? String, case .native(let dataset as ScriptDataset) = try archive.value(pair[1]) else {
                throw archive.malformed("a DatasetDict split")
            }
            return (name, dataset)
        }, context)
    }
}
