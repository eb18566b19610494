/// When Metaspace puts its replacement character in front of a piece.
enum PrependScheme: String {
    case always, first, never

    /// Reads `prepend_scheme`, or the older `add_prefix_space` flag.
    init(json: JSONObject) throws {
        if let name = try json.optionalString("prepend_scheme") {
            guard let scheme = PrependScheme(rawValue: name) else {
                throw json.failure("unknown prepend_scheme \(name)", key: "prepend_scheme")
            }
            self = scheme
        } else {
            self = try json.bool("add_prefix_space", default: true) ? .always : .never
        }
    }
}

/// SentencePiece-style spaces: replaces " " with a visible character (▁), optionally prepends it, and splits
/// before each one.
struct MetaspacePreTokenizer: PreTokenizer {
    let replacement: Unicode.Scalar
    let prependScheme: PrependScheme
    let splits: Bool

    init(json: JSONObject) throws {
        replacement = try Self.replacementScalar(json)
        prependScheme = try PrependScheme(json: json)
        splits = try json.bool("split", default: true)
    }

    static func replacementScalar(_ json: JSONObject) throws -> Unicode.Scalar {
        let scalars = Array(try json.string("replacement").unicodeScalars)
        guard scalars.count == 1 else { throw json.failure("expected a single character", key: "replacement") }
        return scalars[0]
    }

    func split(_ piece: PreToken) -> [PreToken] {
        var scalars = piece.text.unicodeScalars.map { $0 == " " ? self.replacement : $0 }
        let shouldPrepend = prependScheme == .always || (prependScheme == .first && piece.startsInput)
        var originLength = piece.originLength
        if shouldPrepend && scalars.first != replacement {
            scalars.insert(replacement, at: 0)
            if originLength > 0 { originLength += 1 }
        }
        let replaced = PreToken(String(scalars: scalars), originLength: originLength)
        guard splits else { return [replaced] }
        let marker = replacement
        return replaced.split(on: .scalars { $0 == marker }, behavior: .mergedWithNext)
    }
}
