/// GPT-2's pre-tokenizer: an optional leading space, the GPT-2 split, then each piece's bytes spelled in the
/// byte-level alphabet.
struct ByteLevelPreTokenizer: PreTokenizer {
    let addPrefixSpace: Bool
    let useRegex: Bool

    init(json: JSONObject) throws {
        addPrefixSpace = try json.bool("add_prefix_space", default: true)
        useRegex = try json.bool("use_regex", default: true)
    }

    init(addPrefixSpace: Bool, useRegex: Bool) {
        self.addPrefixSpace = addPrefixSpace
        self.useRegex = useRegex
    }

    func split(_ piece: PreToken) -> [PreToken] {
        var prefixed = piece
        if addPrefixSpace && piece.text.unicodeScalars.first != " " {
            prefixed = PreToken(" " + piece.text, originLength: piece.originLength > 0 ? piece.originLength + 1 : 0)
        }
        let pieces = useRegex ? GPT2Splitter.split(prefixed) : [prefixed]
        return pieces.map { part in
            let originBytes = part.text.unicodeScalars.prefix(part.originLength).reduce(0) { $0 + UTF8.width($1) }
            return PreToken(ByteLevelAlphabet.encode(part.text), originLength: originBytes)
        }
    }
}

/// GPT-2's split pattern, `'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+`,
/// matched by hand with the same alternation order and backtracking.
enum GPT2Splitter {
    static func split(_ piece: PreToken) -> [PreToken] {
        let scalars = Array(piece.text.unicodeScalars)
        var ranges: [Range<Int>] = []
        var start = 0
        while start < scalars.count {
            let end = matchEnd(scalars, at: start)
            ranges.append(start..<end)
            start = end
        }
        return piece.parts(scalars, ranges)
    }

    /// Where the pattern's match starting at `start` ends (every scalar starts some match).
    static func matchEnd(_ s: [Unicode.Scalar], at start: Int) -> Int {
        if let end = contractionEnd(s, at: start) { return end }
        let hasSpace = s[start] == " " && start + 1 < s.count
        let first = hasSpace ? start + 1 : start
        let classes: [(Unicode.Scalar) -> Bool] = [\.isLetter, \.isNumber, { !$0.isSpace && !$0.isLetter && !$0.isNumber }]
        for inClass in classes where inClass(s[first]) {
            var end = first + 1
            while end < s.count && inClass(s[end]) { end += 1 }
            return end
        }
        // Whitespace: the run, less its last scalar when a non-space follows and the run is longer than one.
        var end = start
        while end < s.count && s[end].isSpace { end += 1 }
        if end == start { return start + 1 }
        if end < s.count && end - start > 1 { return end - 1 }
        return end
    }

    private static func contractionEnd(_ s: [Unicode.Scalar], at start: Int) -> Int? {
        guard s[start] == "'", start + 1 < s.count else { return nil }
        switch s[start + 1] {
        case "s", "t", "m", "d": return start + 2
        case "r", "v", "l":
            guard start + 2 < s.count else { return nil }
            let pair = (s[start + 1], s[start + 2])
            return pair == ("r", "e") || pair == ("v", "e") || pair == ("l", "l") ? start + 3 : nil
        default: return nil
        }
    }
}
