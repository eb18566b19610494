/// A token the input is split on before the model sees it, as listed in tokenizer.json's `added_tokens`.
public struct AddedToken: Equatable {
    public var id: Int
    public var content: String
    /// Match only when not inside a word.
    public var singleWord: Bool
    /// Also take the whitespace on the left / right of a match.
    public var lstrip: Bool
    public var rstrip: Bool
    /// Match on the normalized text (true) or the raw input (false).
    public var normalized: Bool
    /// Special tokens are skipped by `decode(skipSpecialTokens: true)`.
    public var special: Bool

    init(json: JSONObject) throws {
        id = try json.int("id")
        content = try json.string("content")
        singleWord = try json.bool("single_word", default: false)
        lstrip = try json.bool("lstrip", default: false)
        rstrip = try json.bool("rstrip", default: false)
        special = try json.bool("special", default: false)
        normalized = try json.bool("normalized", default: !special)
        guard !content.isEmpty else { throw json.failure("added token \(id) has empty content", key: "content") }
    }
}

/// A part of the input after splitting on added tokens.
enum InputSegment: Equatable {
    case token(Int)
    /// Normalized text, and how many of its leading scalars come from the input's first character.
    case text(String, originLength: Int)
}

/// The added tokens, and how they split an input: first the raw input on tokens matched as written, then each
/// remaining part is normalized and split on tokens matched in normalized form.
struct AddedVocabulary {
    let tokens: [AddedToken]
    private let byId: [Int: AddedToken]
    private let rawMatcher: TokenMatcher
    private let normalizedMatcher: TokenMatcher

    init(tokens: [AddedToken], normalizer: Normalizer?) {
        self.tokens = tokens
        byId = Dictionary(tokens.map { ($0.id, $0) }, uniquingKeysWith: { _, last in last })
        rawMatcher = TokenMatcher(tokens.filter { !$0.normalized }.map { ($0.content, $0) })
        normalizedMatcher = TokenMatcher(tokens.filter(\.normalized).map { token in
            (normalizer?.normalize(token.content) ?? token.content, token)
        })
    }

    func token(withId id: Int) -> AddedToken? { byId[id] }

    func isSpecial(_ id: Int) -> Bool { byId[id]?.special ?? false }

    func segments(of text: String, normalizer: Normalizer?) -> [InputSegment] {
        var result: [InputSegment] = []
        for part in rawMatcher.split(text, originLength: 1) {
            guard case let .text(raw, originLength) = part else {
                result.append(part)
                continue
            }
            let normalized = normalizer?.normalize(raw) ?? raw
            var normalizedOrigin = 0
            if originLength > 0, let first = raw.unicodeScalars.first {
                normalizedOrigin = normalizer?.normalize(String(first)).unicodeScalars.count ?? 1
            }
            result += normalizedMatcher.split(normalized, originLength: normalizedOrigin)
        }
        return result
    }
}

/// Finds added tokens in a text, leftmost-longest, honouring single_word, lstrip and rstrip.
struct TokenMatcher {
    /// Candidate patterns by first scalar, longest first.
    private let candidates: [Unicode.Scalar: [([Unicode.Scalar], AddedToken)]]

    init(_ patterns: [(String, AddedToken)]) {
        var table: [Unicode.Scalar: [([Unicode.Scalar], AddedToken)]] = [:]
        for (pattern, token) in patterns {
            let scalars = Array(pattern.unicodeScalars)
            guard let first = scalars.first else { continue }
            table[first, default: []].append((scalars, token))
        }
        candidates = table.mapValues { $0.sorted { $0.0.count > $1.0.count } }
    }

    /// Splits `text`, whose first `originLength` scalars come from the input's first character.
    func split(_ text: String, originLength: Int) -> [InputSegment] {
        if candidates.isEmpty { return [.text(text, originLength: originLength)] }
        let scalars = Array(text.unicodeScalars)
        var result: [InputSegment] = []
        var consumed = 0
        var position = 0
        func emitText(upTo end: Int) {
            guard consumed < end else { return }
            result.append(.text(String(scalars: scalars[consumed..<end]),
                                originLength: max(0, min(end - consumed, originLength - consumed))))
        }
        while position < scalars.count {
            guard let (length, token) = longestMatch(scalars, at: position) else {
                position += 1
                continue
            }
            var start = position
            var stop = position + length
            position = stop
            if token.singleWord {
                let wordBefore = start > 0 && scalars[start - 1].isWordCharacter
                let wordAfter = stop < scalars.count && scalars[stop].isWordCharacter
                if wordBefore || wordAfter { continue }
            }
            if token.lstrip {
                while start > consumed && scalars[start - 1].isSpace { start -= 1 }
            }
            if token.rstrip {
                while stop < scalars.count && scalars[stop].isSpace { stop += 1 }
            }
            emitText(upTo: start)
            result.append(.token(token.id))
            consumed = stop
        }
        emitText(upTo: scalars.count)
        return result
    }

    private func longestMatch(_ scalars: [Unicode.Scalar], at position: Int) -> (Int, AddedToken)? {
        guard let options = candidates[scalars[position]] else { return nil }
        for (pattern, token) in options where position + pattern.count <= scalars.count {
            if scalars[position..<(position + pattern.count)].elementsEqual(pattern) { return (pattern.count, token) }
        }
        return nil
    }
}
