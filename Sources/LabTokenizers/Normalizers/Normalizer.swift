/// The first stage of the pipeline: rewrites the raw text (case, Unicode form, replacements) before it is split.
public protocol Normalizer {
    func normalize(_ text: String) -> String
}

/// Builds a normalizer from its tokenizer.json object, choosing the implementation by `"type"`.
enum NormalizerFactory {
    static func make(_ json: JSONObject) throws -> Normalizer {
        let type = try json.string("type")
        switch type {
        case "Sequence":
            return NormalizerSequence(normalizers: try json.objects("normalizers").map(make))
        case "NFC", "NFD", "NFKC", "NFKD":
            return UnicodeNormalizer(form: UnicodeNormalizer.Form(rawValue: type)!)
        case "Lowercase": return LowercaseNormalizer()
        case "Nmt": return NmtNormalizer()
        case "ByteLevel": return ByteLevelNormalizer()
        case "StripAccents": return StripAccentsNormalizer()
        case "Strip":
            return StripNormalizer(left: try json.bool("strip_left", default: true),
                                   right: try json.bool("strip_right", default: true))
        case "Prepend": return PrependNormalizer(prefix: try json.string("prepend"))
        case "Replace":
            return ReplaceNormalizer(pattern: try TextPattern(json: try json.object("pattern")),
                                     content: try json.string("content"))
        case "BertNormalizer": return try BertNormalizer(json: json)
        case "Precompiled": return try PrecompiledNormalizer(json: json)
        default: throw json.failure("unknown normalizer type \(type)", key: "type")
        }
    }
}

/// Applies several normalizers in order.
struct NormalizerSequence: Normalizer {
    let normalizers: [Normalizer]

    func normalize(_ text: String) -> String {
        normalizers.reduce(text) { $1.normalize($0) }
    }
}
