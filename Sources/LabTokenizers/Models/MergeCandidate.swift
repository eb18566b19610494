/// A pair that could be merged: its rank, the position of its left symbol, and the id it makes.
struct MergeCandidate: Prioritized {
    let rank: Int
    let position: Int
    let id: Int

    /// Lower rank first, then leftmost.
    func precedes(_ other: MergeCandidate) -> Bool {
        rank != other.rank ? rank < other.rank : position < other.position
    }
}
