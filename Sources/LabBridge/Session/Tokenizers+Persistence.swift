import Foundation
import LabScript
import LabTokenizers

/// Tokenizers in session files: the files `save_pretrained` writes (tokenizer.json and its
/// configuration), the name it was loaded as, and the sides a lab may have changed since.
extension TokenizerObject: NativePersistable {
    var persistentTypeName: String { "transformers.PreTrainedTokenizerFast" }

    func persistentState(_ archive: NativeArchiveWriter) throws -> Any {
        let files = try tokenizer.files().sorted { $0.key < $1.key }.map { [$0.key, archive.bytes($0.value)] as [Any] }
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
        var contents: [String: Data] = [:]
        for pair in files {
            guard pair.count == 2, let name = pair[0] as? String, HFTokenizer.fileNames.contains(name) else {
                throw archive.malformed("a tokenizer file")
            }
            contents[name] = try archive.bytes(pair[1])
        }
        let tokenizer = try HFTokenizer(files: contents)
        tokenizer.paddingSide = padding
        tokenizer.truncationSide = truncation
        return TokenizerObject(tokenizer, nameOrPath: try archive.string(entry, "nameOrPath"))
    }
}
