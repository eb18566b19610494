import Foundation
import LabScript
import LabModels

/// Smaller objects in session files: pandas DataFrames (their columns and index, as values),
/// transformers' BatchEncoding (its entries) and GenerationConfig (its generation_config.json).
extension DataFrameObject: NativePersistable {
    var persistentTypeName: String { "pandas.DataFrame" }

    func persistentState(_ archive: NativeArchiveWriter) throws -> Any {
        ["columns": try columns.map { [$0.name, try $0.values.map { try archive.value($0) }] as [Any] },
         "index": try index.map { try archive.value($0) }]
    }

    /// A frame made by this session's `pandas.DataFrame()`, so it prints with the session's
    /// options, then given the saved columns and index.
    static func decode(_ state: Any, _ archive: NativeArchiveReader) throws -> NativeObject {
        let entry = try archive.object(state, "a DataFrame")
        guard let columns = entry["columns"] as? [[Any]], let index = entry["index"] as? [Any] else { throw archive.malformed("a DataFrame") }
        let frame = try SessionPersistence.make("pandas", "DataFrame", [], archive, as: DataFrameObject.self)
        frame.columns = try columns.map { pair in
            guard pair.count == 2, let name = pair[0] as? String, let values = pair[1] as? [Any] else { throw archive.malformed("a DataFrame column") }
            return Column(name: name, values: try values.map { try archive.value($0) })
        }
        frame.index = try index.map { try archive.value($0) }
        guard frame.columns.allSatisfy({ $0.values.count == frame.index.count }) else { throw archive.malformed("a DataFrame's column lengths") }
        return frame
    }
}

extension BatchEncodingObject: NativePersistable {
    var persistentTypeName: String { "transformers.BatchEncoding" }

    func persistentState(_ archive: NativeArchiveWriter) throws -> Any {
        ["entries": try entries.map { [$0.0, try archive.value($0.1)] as [Any] }]
    }

    static func decode(_ state: Any, _ archive: NativeArchiveReader) throws -> NativeObject {
        BatchEncodingObject(try SessionPersistence.keywords(try archive.object(state, "a BatchEncoding")["entries"], archive))
    }
}

extension GenerationConfigObject: NativePersistable {
    var persistentTypeName: String { "transformers.GenerationConfig" }

    func persistentState(_ archive: NativeArchiveWriter) throws -> Any { ["config": try archive.config(config.toJSON())] }

    static func decode(_ state: Any, _ archive: NativeArchiveReader) throws -> NativeObject {
        var config = GenerationConfig()
        try config.update(from: try archive.config(try archive.object(state, "a GenerationConfig"), "config"))
        return GenerationConfigObject(config)
    }
}
