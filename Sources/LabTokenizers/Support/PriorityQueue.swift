/// An element a ``PriorityQueue`` orders: `precedes` says which of two comes out first.
protocol Prioritized {
    func precedes(_ other: Self) -> Bool
}

/// A binary heap that pops the element that precedes all others: BPE's merge candidates when
/// encoding, the pair counts when training.
struct PriorityQueue<Element: Prioritized> {
    private var heap: [Element] = []

    var isEmpty: Bool { heap.isEmpty }

    mutating func push(_ element: Element) {
        heap.append(element)
        var child = heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard heap[child].precedes(heap[parent]) else { break }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> Element? {
        guard !heap.isEmpty else { return nil }
        heap.swapAt(0, heap.count - 1)
        let top = heap.removeLast()
        var parent = 0
        while true {
            let left = 2 * parent + 1, right = left + 1
            var best = parent
            if left < heap.count && heap[left].precedes(heap[best]) { best = left }
            if right < heap.count && heap[right].precedes(heap[best]) { best = right }
            if best == parent { break }
            heap.swapAt(parent, best)
            parent = best
        }
        return top
    }
}
