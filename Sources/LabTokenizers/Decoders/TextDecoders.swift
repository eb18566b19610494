/// SentencePiece-style: the replacement character becomes a space, except in the first token when a prefix
/// was prepended (there it is dropped).
struct MetaspaceDecoder: Decoder {
    let replacement: Unicode.Scalar
    let prependScheme: PrependScheme

    func decodeChain(_ tokens: [String]) -> [String] {
        tokens.enumerated().map { index, token in
            var scalars = StringBuilder()
            for scalar in token.unicodeScalars {
                if scalar != replacement {
                    scalars.append(scalar)
                } else if index > 0 || prependScheme == .never {
                    scalars.append(" ")
                }
            }
            return scalars.string
        }
    }
}

/// WordPiece: `##` continues a word, other tokens start a new one after a space; optional cleanup of spaces
/// before punctuation and contractions.
struct WordPieceDecoder: Decoder {
    let prefix: String
    let cleanup: Bool

    func decodeChain(_ tokens: [String]) -> [String] {
        tokens.enumerated().map { index, token in
            var text = token
            if index > 0 {
                if text.unicodeScalars.starts(with: prefix.unicodeScalars) {
                    text = String(text.unicodeScalars.dropFirst(prefix.unicodeScalars.count))
                } else {
                    text = " " + text
                }
            }
            return cleanup ? Self.cleanUp(text) : text
        }
    }

    /// The reference's cleanup of spaces before punctuation and English contractions.
    static func cleanUp(_ text: String) -> String {
        let rules = [(" .", "."), (" ?", "?"), (" !", "!"), (" ,", ","), (" ' ", "'"), (" n't", "n't"),
                     (" 'm", "'m"), (" do not", " don't"), (" 's", "'s"), (" 've", "'ve"), (" 're", "'re")]
        return rules.reduce(text) { $0.replacingAll($1.0, with: $1.1) }
    }
}

/// Classic BPE with an end-of-word suffix: the suffix becomes a space (none after the last token).
struct BPEDecoder: Decoder {
    let suffix: String

    func decodeChain(_ tokens: [String]) -> [String] {
        tokens.enumerated().map { index, token in
            token.replacingAll(suffix, with: index == tokens.count - 1 ? "" : " ")
        }
    }
}

/// Connectionist temporal classification output: repeated tokens collapse, pad tokens vanish, the word
/// delimiter becomes a space.
struct CTCDecoder: Decoder {
    let padToken: String
    let wordDelimiter: String
    let cleanup: Bool

    func decodeChain(_ tokens: [String]) -> [String] {
        var collapsed: [String] = []
        for token in tokens where !(collapsed.last?.isExactly(token) ?? false) { collapsed.append(token) }
        return collapsed.filter { !$0.isExactly(padToken) }.map { token in
            let spaced = token.replacingAll(wordDelimiter, with: " ")
            return cleanup ? WordPieceDecoder.cleanUp(spaced) : spaced
        }
    }
}

extension String {
    /// Replaces every non-overlapping occurrence, scanning left to right (on UTF-8, which matches scalar by
    /// scalar for valid text).
    func replacingAll(_ target: String, with replacement: String) -> String {
        let needle = Array(target.utf8)
        guard let first = needle.first else { return self }
        let bytes = Array(utf8)
        var result: [UInt8] = []
        var copied = 0
        var position = 0
        while position + needle.count <= bytes.count {
            if bytes[position] == first && bytes[position..<(position + needle.count)].elementsEqual(needle) {
                result += bytes[copied..<position]
                result += replacement.utf8
                position += needle.count
                copied = position
            } else {
                position += 1
            }
        }
        if copied == 0 { return self }
        result += bytes[copied...]
        return String(decoding: result, as: UTF8.self)
    }
}
