/// The right-maximal repeated substrings of a list of words (the internal nodes of the suffix tree of the
/// words joined by NUL), as SentencePiece seeds its Unigram vocabulary: each substring occurs at least twice
/// and its occurrences are followed by at least two different characters.
///
/// Only substrings of 2 to `maxLength` characters without the separator are wanted, so suffixes are sorted by
/// their first `maxLength + 1` characters only: deeper tree nodes would be dropped anyway, and every node up to
/// that depth keeps its occurrence count.
struct RepeatedSubstrings {
    /// A substring as a range of the joined text, with its number of occurrences.
    struct Substring {
        let start: Int
        let length: Int
        let occurrences: Int
    }

    /// The words' scalars joined, each word followed by NUL.
    let text: [UInt32]
    let substrings: [Substring]

    init(words: [[Unicode.Scalar]], maxLength: Int) {
        var text: [UInt32] = []
        text.reserveCapacity(words.reduce(0) { $0 + $1.count + 1 })
        for word in words where !word.isEmpty {
            text += word.map(\.value)
            text.append(0)
        }
        self.text = text
        let depth = maxLength + 1
        let suffixes = Self.sortedSuffixes(text, depth: depth)
        let lcp = Self.commonPrefixLengths(text, suffixes, depth: depth)
        substrings = Self.internalNodes(lcp).compactMap { node in
            let start = suffixes[node.left]
            guard node.depth >= 2, node.depth <= maxLength, !text[start..<(start + node.depth)].contains(0) else { return nil }
            return Substring(start: start, length: node.depth, occurrences: node.size)
        }
    }

    /// The substring's scalars.
    func scalars(_ substring: Substring) -> ArraySlice<UInt32> {
        text[substring.start..<(substring.start + substring.length)]
    }

    /// Suffix start positions ordered by their first `depth` scalars.
    private static func sortedSuffixes(_ text: [UInt32], depth: Int) -> [Int] {
        text.withUnsafeBufferPointer { buffer in
            Array(0..<buffer.count).sorted { a, b in
                let limit = min(depth, buffer.count - max(a, b))
                for offset in 0..<limit where buffer[a + offset] != buffer[b + offset] {
                    return buffer[a + offset] < buffer[b + offset]
                }
                return limit < depth && a > b
            }
        }
    }

    /// `lcp[i]`: the common prefix length (at most `depth`) of suffixes `i - 1` and `i`; `lcp[0]` is 0.
    private static func commonPrefixLengths(_ text: [UInt32], _ suffixes: [Int], depth: Int) -> [Int] {
        var lcp = [Int](repeating: 0, count: suffixes.count)
        for index in suffixes.indices.dropFirst() {
            let a = suffixes[index - 1], b = suffixes[index]
            let limit = min(depth, text.count - max(a, b))
            var length = 0
            while length < limit && text[a + length] == text[b + length] { length += 1 }
            lcp[index] = length
        }
        return lcp
    }

    /// The lcp-intervals of at least two suffixes: the suffixes `left..<left + size` share `depth` scalars.
    private static func internalNodes(_ lcp: [Int]) -> [(left: Int, size: Int, depth: Int)] {
        var nodes: [(left: Int, size: Int, depth: Int)] = []
        guard !lcp.isEmpty else { return [] }
        var stack: [(depth: Int, left: Int)] = [(0, 0)]
        for index in 1...lcp.count {
            let depth = index < lcp.count ? lcp[index] : -1
            var left = index - 1
            while let top = stack.last, depth < top.depth {
                stack.removeLast()
                nodes.append((top.left, index - top.left, top.depth))
                left = top.left
            }
            if depth > (stack.last?.depth ?? -1) { stack.append((depth, left)) }
        }
        return nodes
    }
}
