/// Lowercases each scalar with Unicode's full lowercase mapping.
struct LowercaseNormalizer: Normalizer {
    func normalize(_ text: String) -> String { text.scalarLowercased }
}

/// Removes combining marks (accents left over after a decomposing normalization).
struct StripAccentsNormalizer: Normalizer {
    func normalize(_ text: String) -> String {
        String(scalars: text.unicodeScalars.lazy.filter { !$0.isMark })
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
