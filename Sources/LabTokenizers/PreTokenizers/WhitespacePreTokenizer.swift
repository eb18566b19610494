/// Keeps runs of word characters and runs of other non-space characters (`\w+|[^\w\s]+`), dropping whitespace.
struct WhitespacePreTokenizer: PreTokenizer {
    func split(_ piece: PreToken) -> [PreToken] {
        let scalars = Array(piece.text.unicodeScalars)
        var ranges: [Range<Int>] = []
        var start = 0
        while start < scalars.count {
            let first = scalars[start]
            if first.isSpace && !first.isWordCharacter {
                start += 1
                continue
            }
            let isWord = first.isWordCharacter
            var end = start + 1
            while end < scalars.count, scalars[end].isWordCharacter == isWord, isWord || !scalars[end].isSpace { end += 1 }
            ranges.append(start..<end)
            start = end
        }
        return piece.parts(scalars, ranges)
    }
}
