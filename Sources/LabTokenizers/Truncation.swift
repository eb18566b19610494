/// How to shorten encodings to a maximum length (stride 0: the removed ids are dropped).
public struct Truncation: Equatable {
    public enum Strategy: String { case longestFirst = "longest_first", onlyFirst = "only_first", onlySecond = "only_second" }
    public enum Direction: String { case right, left }

    public var maxLength: Int
    public var strategy: Strategy
    public var direction: Direction

    public init(maxLength: Int, strategy: Strategy = .longestFirst, direction: Direction = .right) {
        self.maxLength = maxLength
        self.strategy = strategy
        self.direction = direction
    }

    /// Reads tokenizer.json's `truncation` object (`stride` only matters for overflowing pieces, which are
    /// not produced).
    init(json: JSONObject) throws {
        let strategies: [String: Strategy] = ["LongestFirst": .longestFirst, "OnlyFirst": .onlyFirst, "OnlySecond": .onlySecond]
        let strategyName = try json.optionalString("strategy") ?? "LongestFirst"
        guard let strategy = strategies[strategyName] else { throw json.failure("unknown strategy \(strategyName)", key: "strategy") }
        let directionName = try json.optionalString("direction") ?? "Right"
        guard let direction = Direction(rawValue: directionName.lowercased()) else {
            throw json.failure("unknown direction \(directionName)", key: "direction")
        }
        let maxLength = try json.int("max_length")
        guard maxLength >= 0 else { throw json.failure("must not be negative", key: "max_length") }
        self.init(maxLength: maxLength, strategy: strategy, direction: direction)
    }

    /// Shortens `first` and `second` so that together they hold at most `maxLength` ids.
    func apply(_ first: inout Encoding, _ second: inout Encoding?) throws {
        let total = first.count + (second?.count ?? 0)
        guard total > maxLength else { return }
        let excess = total - maxLength
        switch strategy {
        case .longestFirst:
            guard var other = second else {
                first = cut(first, to: maxLength)
                return
            }
            let (firstLength, secondLength) = longestFirstLengths(first.count, other.count)
            first = cut(first, to: firstLength)
            other = cut(other, to: secondLength)
            second = other
        case .onlyFirst:
            guard first.count > excess else { throw tooShort("first") }
            first = cut(first, to: first.count - excess)
        case .onlySecond:
            guard let other = second else {
                throw TokenizerError.invalidInput("truncation only_second needs a second sequence")
            }
            guard other.count > excess else { throw tooShort("second") }
            second = cut(other, to: other.count - excess)
        }
    }

    /// The reference's split of `maxLength` between two sequences: the shorter keeps its length when it can,
    /// otherwise both get half.
    private func longestFirstLengths(_ firstCount: Int, _ secondCount: Int) -> (Int, Int) {
        let swapped = firstCount > secondCount
        var shorter = min(firstCount, secondCount)
        var longer = shorter > maxLength ? shorter : max(shorter, maxLength - shorter)
        if shorter + longer > maxLength {
            shorter = maxLength / 2
            longer = shorter + maxLength % 2
        }
        return swapped ? (longer, shorter) : (shorter, longer)
    }

    private func cut(_ encoding: Encoding, to length: Int) -> Encoding {
        guard encoding.count > length else { return encoding }
        let range = direction == .right ? 0..<length : (encoding.count - length)..<encoding.count
        return Encoding(ids: Array(encoding.ids[range]), typeIds: Array(encoding.typeIds[range]),
                        specialTokensMask: Array(encoding.specialTokensMask[range]),
                        attentionMask: Array(encoding.attentionMask[range]))
    }

    private func tooShort(_ which: String) -> TokenizerError {
        .invalidInput("cannot truncate to \(maxLength): the \(which) sequence is too short to remove the excess")
    }
}
