/// Lowercases each scalar with Unicode's full lowercase mapping.
struct LowercaseNormalizer: Normalizer {
    func normalize(_ text: String) -> String { text.scalarLowercased }
}

/// Removes combining marks (accents left over after a decomposing normalization), as of Unicode 9.0.
struct StripAccentsNormalizer: Normalizer {
    func normalize(_ text: String) -> String {
        String(scalars: text.unicodeScalars.lazy.filter { !$0.isMarkInUnicode9 })
    }
}

/// Removes whitespace at the start and/or end.
struct StripNormalizer: Normalizer {
    let left: Bool
    let right: Bool

    func normalize(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var start = 0
        var end = scalars.count
        if left { while start < end && scalars[start].isSpace { start += 1 } }
        if right { while end > start && scalars[end - 1].isSpace { end -= 1 } }
        return String(scalars: scalars[start..<end])
    }
}

/// Puts a prefix in front of any non-empty text.
struct PrependNormalizer: Normalizer {
    let prefix: String

    func normalize(_ text: String) -> String { text.isEmpty ? text : prefix + text }
}

/// Replaces every match of a pattern with fixed content (no group references).
struct ReplaceNormalizer: Normalizer {
    let pattern: TextPattern
    let content: String

    func normalize(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var result = StringBuilder(capacity: text.utf8.count)
        for segment in pattern.segments(in: scalars) {
            if segment.isMatch {
                result.append(content)
            } else {
                result.append(contentsOf: scalars[segment.range])
            }
        }
        return result.string
    }
}

/// SentencePiece's NMT cleanup: drops ASCII control characters and turns other spacing characters into " ".
struct NmtNormalizer: Normalizer {
    func normalize(_ text: String) -> String {
        var result = StringBuilder(capacity: text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x01...0x08, 0x0B, 0x0E...0x1F, 0x7F, 0x8F, 0x9F: continue
            case 0x09, 0x0A, 0x0C, 0x0D, 0x1680, 0x200B...0x200F, 0x2028, 0x2029, 0x2581, 0xFEFF, 0xFFFD:
                result.append(" ")
            default: result.append(scalar)
            }
        }
        return result.string
    }
}

/// Spells the text's UTF-8 bytes in GPT-2's byte-level alphabet.
struct ByteLevelNormalizer: Normalizer {
    func normalize(_ text: String) -> String { ByteLevelAlphabet.encode(text) }
}
