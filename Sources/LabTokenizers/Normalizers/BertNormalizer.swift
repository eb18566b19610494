import Foundation

/// BERT's normalizer: control-character cleanup, spaces around CJK ideographs, accent stripping, lowercasing.
struct BertNormalizer: Normalizer {
    let cleanText: Bool
    let handleChineseChars: Bool
    let stripAccents: Bool
    let lowercase: Bool

    init(json: JSONObject) throws {
        cleanText = try json.bool("clean_text", default: true)
        handleChineseChars = try json.bool("handle_chinese_chars", default: true)
        lowercase = try json.bool("lowercase", default: true)
        stripAccents = try json.optionalBool("strip_accents") ?? lowercase
    }

    func normalize(_ text: String) -> String {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            guard let kept = cleanText ? Self.cleaned(scalar) : scalar else { continue }
            if handleChineseChars && Self.isChineseCharacter(kept) {
                scalars += [" ", kept, " "]
            } else {
                scalars.append(kept)
            }
        }
        var result = String(scalars: scalars)
        if stripAccents {
            result = String(scalars: UnicodeNormalizer(form: .NFD).normalize(result).unicodeScalars.lazy
                .filter { !$0.isNonspacingMarkInUnicode8 })
        }
        return lowercase ? result.scalarLowercased : result
    }

    /// Drops NUL, U+FFFD and control characters; turns whitespace into a plain space.
    private static func cleaned(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let isLineSpace = scalar == "\t" || scalar == "\n" || scalar == "\r"
        if scalar.value == 0 || scalar.value == 0xFFFD || (!isLineSpace && scalar.isOther) { return nil }
        return isLineSpace || scalar.isSpace ? " " : scalar
    }

    private static func isChineseCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x2A6DF, 0x2A700...0x2B73F, 0x2B740...0x2B81F,
             0x2B920...0x2CEAF, 0xF900...0xFAFF, 0x2F800...0x2FA1F:
            return true
        default:
            return false
        }
    }
}
