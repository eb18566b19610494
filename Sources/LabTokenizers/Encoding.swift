/// The result of encoding one input (or one pair of inputs).
public struct Encoding: Equatable {
    public var ids: [Int]
    /// Which sequence of a pair each id belongs to (0 or 1), as `token_type_ids`.
    public var typeIds: [Int]
    /// 1 where the id is a special token added by post-processing, else 0.
    public var specialTokensMask: [Int]
    /// 1 for real ids, 0 for padding.
    public var attentionMask: [Int]

    public init(ids: [Int], typeIds: [Int]? = nil, specialTokensMask: [Int]? = nil, attentionMask: [Int]? = nil) {
        self.ids = ids
        self.typeIds = typeIds ?? Array(repeating: 0, count: ids.count)
        self.specialTokensMask = specialTokensMask ?? Array(repeating: 0, count: ids.count)
        self.attentionMask = attentionMask ?? Array(repeating: 1, count: ids.count)
    }

    /// Special tokens with one type id.
    static func special(_ ids: [Int], typeId: Int) -> Encoding {
        Encoding(ids: ids, typeIds: Array(repeating: typeId, count: ids.count),
                 specialTokensMask: Array(repeating: 1, count: ids.count))
    }

    /// This encoding with every type id set to `typeId`.
    func withTypeId(_ typeId: Int) -> Encoding {
        var copy = self
        copy.typeIds = Array(repeating: typeId, count: ids.count)
        return copy
    }

    public var count: Int { ids.count }

    static func concatenate(_ parts: [Encoding]) -> Encoding {
        Encoding(ids: parts.flatMap(\.ids), typeIds: parts.flatMap(\.typeIds),
                 specialTokensMask: parts.flatMap(\.specialTokensMask), attentionMask: parts.flatMap(\.attentionMask))
    }
}
