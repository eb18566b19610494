import Foundation
import LabScript
import LabData

/// Datasets in session files: the columns' cells in LabData's binary form in the payload (values
/// LabData holds opaquely as saved values beside them), each column's feature, and the format
/// `set_format` chose. (Files saved before features were kept infer them from the values.)
extension ScriptDataset: NativePersistable {
    var persistentTypeName: String { "datasets.Dataset" }

    func persistentState(_ archive: NativeArchiveWriter) throws -> Any {
        var opaque: [Any] = []
        var columns: [Any] = []
        for name in dataset.columnNames {
            var bytes: [UInt8] = []
            for cell in try dataset.column(name) {
                try cell.appendBinary(to: &bytes) { payload in
                    guard let script = payload as? ScriptPayload else { throw PyException.typeError("a dataset holding engine values can't be saved") }
                    opaque.append(try archive.value(script.value))
                    return UInt32(opaque.count - 1)
                }
            }
            columns.append([name, archive.bytes(Data(bytes))])
        }
        let format = dataset.format
        return ["columns": columns, "values": opaque, "features": dataset.features.map { Self.archived($0.1) },
                "format": ["type": format.type as Any? ?? NSNull(), "columns": format.columns as Any? ?? NSNull(),
                           "outputAllColumns": format.outputAllColumns]]
    }

    static func decode(_ state: Any, _ archive: NativeArchiveReader, context: DataBridgeContext) throws -> NativeObject {
        let entry = try archive.object(state, "a dataset")
        guard let columns = entry["columns"] as? [[Any]], let opaque = entry["values"] as? [Any],
              let format = entry["format"] as? [String: Any] else { throw archive.malformed("a dataset") }
        let ordered = try columns.map { pair -> (String, [DataValue]) in
            guard pair.count == 2, let name = pair[0] as? String else { throw archive.malformed("a dataset column") }
            var reader = DataValue.BinaryReader([UInt8](try archive.bytes(pair[1])))
            var cells: [DataValue] = []
            while !reader.isAtEnd {
                cells.append(try reader.next { index in
                    guard Int(index) < opaque.count else { throw archive.malformed("a dataset value reference") }
                    return try DataValue(script: try archive.value(opaque[Int(index)]))
                })
            }
            return (name, cells)
        }
        var dataset: Dataset
        if let saved = entry["features"] as? [Any] {
            dataset = try Dataset(columns: ordered, features: try saved.map { try Self.feature($0, archive) })
        } else {
            dataset = try Dataset(columns: ordered)
        }
        dataset.format = DatasetFormat(type: format["type"] as? String, columns: format["columns"] as? [String],
                                       outputAllColumns: format["outputAllColumns"] as? Bool ?? false)
        return ScriptDataset(dataset, context)
    }
}

/// A Column: its dataset (saved as a value, so aliasing is kept) and the column's name.
extension DatasetColumn: NativePersistable {
    var persistentTypeName: String { "datasets.Column" }

    func persistentState(_ archive: NativeArchiveWriter) throws -> Any {
        ["source": try archive.value(.native(source)), "name": name]
    }

    static func decode(_ state: Any, _ archive: NativeArchiveReader) throws -> NativeObject {
        let entry = try archive.object(state, "a Column")
        guard let name = entry["name"] as? String, let saved = entry["source"],
              case .native(let source as ScriptDataset) = try archive.value(saved) else { throw archive.malformed("a Column") }
        return try DatasetColumn(source, name)
    }
}

extension ScriptDataset {
    /// A feature as a session file holds it: a dtype name, `["List", item]`, `["LargeList", item]`,
    /// `["dict", [[name, feature], …]]` or `["opaque"]`.
    static func archived(_ feature: Feature) -> Any {
        switch feature {
        case .value(let dtype): return dtype
        case .sequence(let item): return ["List", archived(item)] as [Any]
        case .largeList(let item): return ["LargeList", archived(item)] as [Any]
        case .dict(let fields): return ["dict", fields.map { [$0.0, archived($0.1)] as [Any] }] as [Any]
        case .opaque: return ["opaque"]
        }
    }

    static func feature(_ saved: Any, _ archive: NativeArchiveReader) throws -> Feature {
        if let dtype = saved as? String { return .value(dtype) }
        guard let parts = saved as? [Any], let kind = parts.first as? String else { throw archive.malformed("a dataset feature") }
        switch (kind, parts.count) {
        case ("List", 2): return .sequence(try feature(parts[1], archive))
        case ("LargeList", 2): return .largeList(try feature(parts[1], archive))
        case ("opaque", 1): return .opaque
        case ("dict", 2):
            guard let fields = parts[1] as? [[Any]] else { throw archive.malformed("a dataset feature") }
            return .dict(try fields.map { pair in
                guard pair.count == 2, let name = pair[0] as? String else { throw archive.malformed("a dataset feature") }
                return (name, try feature(pair[1], archive))
            })
        default: throw archive.malformed("a dataset feature")
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
