/// Pairs the cells of a re-read lab with the cells they were before, so that inserting, deleting
/// or moving cells keeps each cell's history: cells with the same source are paired in order
/// (a longest common subsequence); in each gap between those, the remaining cells are paired in
/// order as edited versions of each other. Cells left over are new, or were deleted.
enum StaleCellMatching {
    /// New cell number -> old cell number, for every new cell that continues an old one.
    static func match(old: [Cell], new: [Cell]) -> [Int: Int] {
        let same = commonSubsequence(old, new)
        var pairs: [Int: Int] = [:]
        var previous = (old: 0, new: 0)
        for anchor in same + [(old.count, new.count)] {
            let oldGap = old[previous.old..<anchor.0], newGap = new[previous.new..<anchor.1]
            for (newCell, oldCell) in zip(newGap, oldGap) { pairs[newCell.number] = oldCell.number }
            if anchor.0 < old.count { pairs[new[anchor.1].number] = old[anchor.0].number }
            previous = (anchor.0 + 1, anchor.1 + 1)
        }
        return pairs
    }

    /// Index pairs (old, new) of cells with equal kind and source, in order.
    private static func commonSubsequence(_ old: [Cell], _ new: [Cell]) -> [(Int, Int)] {
        let same = { (a: Cell, b: Cell) in a.kind == b.kind && a.source == b.source }
        var lengths = Array(repeating: Array(repeating: 0, count: new.count + 1), count: old.count + 1)
        for i in stride(from: old.count - 1, through: 0, by: -1) {
            for j in stride(from: new.count - 1, through: 0, by: -1) {
                lengths[i][j] = same(old[i], new[j]) ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var pairs: [(Int, Int)] = []
        var i = 0, j = 0
        while i < old.count && j < new.count {
            if same(old[i], new[j]) {
                pairs.append((i, j))
                i += 1
                j += 1
            } else if lengths[i + 1][j] >= lengths[i][j + 1] {
                i += 1
            } else {
                j += 1
            }
        }
        return pairs
    }
}
