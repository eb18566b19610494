import Foundation
import LabScript
import LabTokenizers

/// Tokenizers in session files: the files `save_pretrained` writes (tokenizer.json and its
/// configuration), the name it was loaded as, and the sides a lab may have changed since.
extension TokenizerObject: NativePersistable {
    var persistentTypeName: String { "transformers.PreTrainedTokenizerFast" }

    func persistentState(_ archive: NativeArchiveWriter) throws -> Any {
        let files = try TemporaryFolder.use { folder in
            try tokenizer.save(to: folder)
            return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map { name in
                [name, archive.bytes(try Data(contentsOf: folder.appendingPathComponent(name)))] as [Any]
            }
        }
        return ["files": files, "nameOrPath": nameOrPath, "paddingSide": tokenizer.paddingSide.rawValue,
                "truncationSide": tokenizer.truncationSide.rawValue]
    }

    static func decode(_ state: Any, _ archive: NativeArchiveReader) throws -> NativeObject {
        let entry = try archive.object(state, "a tokenizer")
        guard let files = entry["files"] as? [[Any]],
              let padding = Padding.Side(rawValue: try archive.string(entry, "paddingSide")),
              let truncation = Truncation.Direction(rawValue: try archive.string(entry, "truncationSide")) else {
            throw archive.malformed("a tokenizer")
        }
        let tokenizer = try TemporaryFolder.use { folder in
            for pair in files {
                guard pair.count == 2, let name = pair[0] as? String, !name.contains("/"), !name.hasPrefix(".") else {
                    throw archive.malformed("a tokenizer file")
                }
                try archive.bytes(pair[1]).write(to: folder.appendingPathComponent(name))
            }
            return try HFTokenizer(folder: folder)
        }
        tokenizer.paddingSide = padding
        tokenizer.truncationSide = truncation
        return TokenizerObject(tokenizer, nameOrPath: try archive.string(entry, "nameOrPath"))
    }
}
