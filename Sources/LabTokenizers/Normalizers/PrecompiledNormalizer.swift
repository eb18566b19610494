import Foundation

/// SentencePiece's normalizer, applied grapheme by grapheme as the reference does: a short grapheme is looked up
/// whole first, otherwise each of its scalars is looked up alone.
struct PrecompiledNormalizer: Normalizer {
    let charsmap: PrecompiledCharsmap

    init(json: JSONObject) throws {
        let encoded = try json.string("precompiled_charsmap")
        guard let data = Data(base64Encoded: encoded) else {
            throw json.failure("precompiled_charsmap is not valid base64", key: "precompiled_charsmap")
        }
        do {
            charsmap = try PrecompiledCharsmap(bytes: [UInt8](data))
        } catch let error as CharsmapError {
            throw json.failure(error.message, key: "precompiled_charsmap")
        }
    }

    func normalize(_ text: String) -> String {
        var result = StringBuilder(capacity: text.utf8.count)
        for grapheme in text {
            let whole = Substring(String(grapheme))
            if whole.utf8.count < 6, let replacement = charsmap.replacement(for: whole.utf8) {
                result.append(replacement)
                continue
            }
            for scalar in grapheme.unicodeScalars {
                let single = Substring(String(scalar))
                if let replacement = charsmap.replacement(for: single.utf8) {
                    result.append(replacement)
                } else {
                    result.append(scalar)
                }
            }
        }
        return result.string
    }
}
