extension Interpreter {
    /// The `heapq` module: a binary min-heap kept in a list, sifted exactly as CPython does so
    /// printed heaps match, plus `nlargest`/`nsmallest`.
    func heapqModule() -> [(String, Value)] {
        func fn(_ name: String, _ params: [String], _ body: @escaping Builtins.Body) -> (String, Value) {
            (name, Builtins.function(name, params, body))
        }
        func heap(_ v: Value) throws -> PyList {
            guard case .list(let l) = v else { throw PyException.typeError("heap argument must be a list") }
            return l
        }
        func smallest(_ i: Interpreter, _ a: Signature.Bound, reverse: Bool) throws -> Value {
            var items = try i.iterateToArray(a.values[1])
            try i.sortValues(&items, key: a.values[2].isNone ? nil : a.values[2], reverse: reverse)
            return .list(PyList(Array(items.prefix(max(0, try i.intArgument(a.values[0]))))))
        }
        return [
            fn("heappush", ["heap", "item", "/"]) { i, a in
                let h = try heap(a.values[0])
                h.items.append(a.values[1])
                try i.siftDown(h, 0, h.items.count - 1)
                return .none
            },
            fn("heappop", ["heap", "/"]) { i, a in
                let h = try heap(a.values[0])
                guard let last = h.items.popLast() else { throw PyException.indexError("index out of range") }
                guard !h.items.isEmpty else { return last }
                let top = h.items[0]
                h.items[0] = last
                try i.siftUp(h, 0)
                return top
            },
            fn("heapify", ["heap", "/"]) { i, a in
                let h = try heap(a.values[0])
                for k in stride(from: h.items.count / 2 - 1, through: 0, by: -1) { try i.siftUp(h, k) }
                return .none
            },
            fn("heapreplace", ["heap", "item", "/"]) { i, a in
                let h = try heap(a.values[0])
                guard !h.items.isEmpty else { throw PyException.indexError("index out of range") }
                let top = h.items[0]
                h.items[0] = a.values[1]
                try i.siftUp(h, 0)
                return top
            },
            fn("heappushpop", ["heap", "item", "/"]) { i, a in
                let h = try heap(a.values[0])
                guard let top = h.items.first, try i.lessThan(top, a.values[1]) else { return a.values[1] }
                h.items[0] = a.values[1]
                try i.siftUp(h, 0)
                return top
            },
            fn("nlargest", ["n", "iterable", "key=None"]) { i, a in try smallest(i, a, reverse: true) },
            fn("nsmallest", ["n", "iterable", "key=None"]) { i, a in try smallest(i, a, reverse: false) },
            fn("merge", ["*iterables", "key=None", "reverse=False"]) { i, a in
                try i.mergeIterator(a.varargs, key: a.values[0].isNone ? nil : a.values[0], reverse: try i.truthy(a.values[1]))
            },
        ]
    }

    /// Moves the item at `pos` up towards `start` while it is smaller than its parent.
    private func siftDown(_ h: PyList, _ start: Int, _ position: Int) throws {
        var pos = position
        let item = h.items[pos]
        while pos > start {
            let parent = (pos - 1) / 2
            guard try lessThan(item, h.items[parent]) else { break }
            h.items[pos] = h.items[parent]
            pos = parent
        }
        h.items[pos] = item
    }

    /// Moves the smaller child up until the item at `position` reaches a leaf, then sifts it down.
    private func siftUp(_ h: PyList, _ position: Int) throws {
        var pos = position
        let end = h.items.count, item = h.items[pos]
        var child = 2 * pos + 1
        while child < end {
            if child + 1 < end, !(try lessThan(h.items[child], h.items[child + 1])) { child += 1 }
            h.items[pos] = h.items[child]
            pos = child
            child = 2 * pos + 1
        }
        h.items[pos] = item
        try siftDown(h, position, pos)
    }
}

extension Interpreter {
    /// `heapq.merge`: a lazy merge of sorted iterables; equal items come from the earlier iterable.
    func mergeIterator(_ iterables: [Value], key: Value?, reverse: Bool) throws -> Value {
        let sources = try iterables.map { try makeIterator($0) }
        // Each source's current item and its sort key; nil once exhausted.
        var heads: [(item: Value, key: Value)?] = []
        var started = false
        func advance(_ k: Int) throws {
            if let v = try sources[k]() { heads[k] = (v, try key.map { try call($0, [v]) } ?? v) } else { heads[k] = nil }
        }
        return .object(PyIterator(type: .generator) { [unowned self] in
            if !started {
                started = true
                heads = Array(repeating: nil, count: sources.count)
                for k in sources.indices { try advance(k) }
            }
            var best: Int? = nil
            for k in heads.indices {
                guard let h = heads[k] else { continue }
                guard let b = best, let current = heads[b] else { best = k; continue }
                if try truthy(compare(.lt, reverse ? current.key : h.key, reverse ? h.key : current.key)) { best = k }
            }
            guard let b = best, let h = heads[b] else { return nil }
            try advance(b)
            return h.item
        })
    }
}
