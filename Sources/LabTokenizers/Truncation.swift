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

/// How to pad a batch of encodings to a common length.
public struct Padding: Equatable {
    public enum Length: Equatable {
        /// The longest encoding in the batch.
        case longest
        /// A fixed length (longer encodings are left as they are).
        case fixed(Int)
    }
    public enum Side: String { case right, left }

    public var length: Length
    public var side: Side
    public var padToMultipleOf: Int?
    public var padId: Int
    public var padTypeId: Int

    public init(length: Length = .longest, side: Side = .right, padToMultipleOf: Int? = nil, padId: Int = 0, padTypeId: Int = 0) {
        self.length = length
        self.side = side
        self.padToMultipleOf = padToMultipleOf
        self.padId = padId
        self.padTypeId = padTypeId
    }

    /// Pads every encoding to the target length, with attention mask 0 on the padding.
    func apply(_ encodings: [Encoding]) -> [Encoding] {
        var target: Int
        switch length {
        case .longest: target = encodings.map(\.count).max() ?? 0
        case let .fixed(value): target = value
        }
        if let multiple = padToMultipleOf, multiple > 0, target % multiple != 0 {
            target += multiple - target % multiple
        }
        return encodings.map { pad($0, to: target) }
    }

    private func pad(_ encoding: Encoding, to target: Int) -> Encoding {
        let missing = target - encoding.count
        guard missing > 0 else { return encoding }
        func padded(_ values: [Int], with value: Int) -> [Int] {
            let filler = Array(repeating: value, count: missing)
            return side == .right ? values + filler : filler + values
        }
        return Encoding(ids: padded(encoding.ids, with: padId), typeIds: padded(encoding.typeIds, with: padTypeId),
                        specialTokensMask: padded(encoding.specialTokensMask, with: 1),
                        attentionMask: padded(encoding.attentionMask, with: 0))
    }
}
