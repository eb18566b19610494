extension Interpreter {
    /// The `itertools` module: lazy iterators over script values.
    func itertoolsModule() -> [(String, Value)] {
        func iterator(_ name: String, _ next: @escaping () throws -> Value?) -> Value {
            .object(PyIterator(type: Interpreter.itertoolsType(name), next))
        }
        func fn(_ name: String, _ params: [String], _ body: @escaping Builtins.Body) -> (String, Value) {
            (name, Builtins.function(name, params, body))
        }
        return [
            fn("count", ["start=0", "step=1"]) { i, a in
                var current = a.values[0]
                let step = a.values[1]
                return iterator("count") {
                    defer { current = (try? i.binary(.add, current, step)) ?? current }
                    return current
                }
            },
            fn("cycle", ["iterable", "/"]) { i, a in
                let items = try i.iterateToArray(a.values[0])
                var k = 0
                return iterator("cycle") {
                    guard !items.isEmpty else { return nil }
                    defer { k = (k + 1) % items.count }
                    return items[k]
                }
            },
            fn("repeat", ["object", "times=None"]) { i, a in
                // A negative count repeats nothing, as in CPython; None repeats forever (-1 here).
                var remaining = a.values[1].isNone ? -1 : max(0, try i.intArgument(a.values[1]))
                return iterator("repeat") {
                    if remaining == 0 { return nil }
                    if remaining > 0 { remaining -= 1 }
                    return a.values[0]
                }
            },
            ("chain", .type(chainType())),
            fn("islice", ["iterable", "*args"]) { i, a in
                let args = a.varargs
                var start = 0, stop: Int? = nil, step = 1
                switch args.count {
                case 1: stop = args[0].isNone ? nil : try i.intArgument(args[0])
                case 2, 3:
                    start = args[0].isNone ? 0 : try i.intArgument(args[0])
                    stop = args[1].isNone ? nil : try i.intArgument(args[1])
                    if args.count == 3 && !args[2].isNone { step = try i.intArgument(args[2]) }
                default: throw PyException.typeError("islice expected 2 to 4 arguments, got \(args.count + 1)")
                }
                if start < 0 || (stop ?? 0) < 0 {
                    throw PyException.valueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
                }
                if step <= 0 { throw PyException.valueError("Step for islice() must be a positive integer or None.") }
                let next = try i.makeIterator(a.values[0])
                var index = 0, nextWanted = start
                return iterator("islice") {
                    while true {
                        if let s = stop, nextWanted >= s { return nil }
                        guard let v = try next() else { return nil }
                        defer { index += 1 }
                        if index == nextWanted {
                            nextWanted += step
                            return v
                        }
                    }
                }
            },
            fn("product", ["*iterables", "repeat=1"]) { i, a in
                let pools = try a.varargs.map { try i.iterateToArray($0) }
                let all = Array(repeating: pools, count: max(0, try i.intArgument(a.values[0]))).flatMap { $0 }
                var results: [[Value]] = [[]]
                for pool in all { results = results.flatMap { r in pool.map { r + [$0] } } }
                return i.listIterator("product", results.map { .tuple($0) })
            },
            fn("permutations", ["iterable", "r=None"]) { i, a in
                let pool = try i.iterateToArray(a.values[0])
                let r = a.values[1].isNone ? pool.count : try i.intArgument(a.values[1])
                return i.listIterator("permutations", Interpreter.permutations(pool.count, r).map { .tuple($0.map { pool[$0] }) })
            },
            fn("combinations", ["iterable", "r"]) { i, a in
                let pool = try i.iterateToArray(a.values[0])
                let r = try i.intArgument(a.values[1])
                return i.listIterator("combinations", Interpreter.combinations(pool.count, r, replacement: false).map { .tuple($0.map { pool[$0] }) })
            },
            fn("combinations_with_replacement", ["iterable", "r"]) { i, a in
                let pool = try i.iterateToArray(a.values[0])
                let r = try i.intArgument(a.values[1])
                return i.listIterator("combinations_with_replacement", Interpreter.combinations(pool.count, r, replacement: true).map { .tuple($0.map { pool[$0] }) })
            },
            fn("accumulate", ["iterable", "func=None", "*", "initial=None"]) { i, a in
                let next = try i.makeIterator(a.values[0])
                let f = a.values[1]
                var total: Value? = a.values[2].isNone ? nil : a.values[2]
                var emittedInitial = total == nil
                return iterator("accumulate") {
                    if !emittedInitial {
                        emittedInitial = true
                        return total
                    }
                    guard let v = try next() else { return nil }
                    if let t = total { total = f.isNone ? try i.binary(.add, t, v) : try i.call(f, [t, v]) } else { total = v }
                    return total
                }
            },
            fn("groupby", ["iterable", "key=None"]) { i, a in
                let items = try i.iterateToArray(a.values[0])
                var groups: [Value] = []
                var k = 0
                while k < items.count {
                    let key = a.values[1].isNone ? items[k] : try i.call(a.values[1], [items[k]])
                    var members: [Value] = []
                    while k < items.count {
                        let kk = a.values[1].isNone ? items[k] : try i.call(a.values[1], [items[k]])
                        guard try i.equals(kk, key) else { break }
                        members.append(items[k])
                        k += 1
                    }
                    groups.append(.tuple([key, i.listIterator("_grouper", members)]))
                }
                return i.listIterator("groupby", groups)
            },
            fn("zip_longest", ["*iterables", "fillvalue=None"]) { i, a in
                let iterators = try a.varargs.map { try i.makeIterator($0) }
                var done = Array(repeating: false, count: iterators.count)
                return iterator("zip_longest") {
                    var items: [Value] = []
                    for (n, it) in iterators.enumerated() {
                        if !done[n], let v = try it() { items.append(v) } else {
                            done[n] = true
                            items.append(a.values[0])
                        }
                    }
                    return done.allSatisfy { $0 } ? nil : .tuple(items)
                }
            },
            fn("takewhile", ["predicate", "iterable"]) { i, a in
                let next = try i.makeIterator(a.values[1])
                var stopped = false
                return iterator("takewhile") {
                    guard !stopped, let v = try next() else { return nil }
                    if try i.truthy(i.call(a.values[0], [v])) { return v }
                    stopped = true
                    return nil
                }
            },
            fn("dropwhile", ["predicate", "iterable"]) { i, a in
                let next = try i.makeIterator(a.values[1])
                var dropping = true
                return iterator("dropwhile") {
                    while let v = try next() {
                        if dropping, try i.truthy(i.call(a.values[0], [v])) { continue }
                        dropping = false
                        return v
                    }
                    return nil
                }
            },
            fn("filterfalse", ["predicate", "iterable"]) { i, a in
                let next = try i.makeIterator(a.values[1])
                return iterator("filterfalse") {
                    while let v = try next() {
                        if !(try i.truthy(a.values[0].isNone ? v : i.call(a.values[0], [v]))) { return v }
                    }
                    return nil
                }
            },
            fn("starmap", ["function", "iterable"]) { i, a in
                let next = try i.makeIterator(a.values[1])
                return iterator("starmap") {
                    guard let v = try next() else { return nil }
                    return try i.call(a.values[0], try i.iterateToArray(v))
                }
            },
            fn("compress", ["data", "selectors"]) { i, a in
                let data = try i.makeIterator(a.values[0]), selectors = try i.makeIterator(a.values[1])
                return iterator("compress") {
                    while let d = try data(), let s = try selectors() { if try i.truthy(s) { return d } }
                    return nil
                }
            },
            fn("pairwise", ["iterable", "/"]) { i, a in
                let next = try i.makeIterator(a.values[0])
                var previous = try next()
                return iterator("pairwise") {
                    guard let p = previous, let v = try next() else { return nil }
                    previous = v
                    return .tuple([p, v])
                }
            },
            fn("tee", ["iterable", "n=2"]) { i, a in
                let items = try i.iterateToArray(a.values[0])
                return .tuple((0..<(try i.intArgument(a.values[1]))).map { _ in i.listIterator("_tee", items) })
            },
        ]
    }

    private func chainType() -> PyType {
        let t = Interpreter.itertoolsType("chain")
        t.constructor = { i, args, _ in try i.chainIterator(args) }
        t.dict["from_iterable"] = Builtins.function("from_iterable", ["iterable", "/"]) { i, a in
            try i.chainIterator(try i.iterateToArray(a.values[0]))
        }
        return t
    }

    nonisolated(unsafe) private static var itertoolsTypes: [String: PyType] = [:]
    static func itertoolsType(_ name: String) -> PyType {
        if let t = itertoolsTypes[name] { return t }
        let t = PyType(name: name, bases: [.object], module: "itertools")
        itertoolsTypes[name] = t
        return t
    }

    func listIterator(_ name: String, _ items: [Value]) -> Value {
        var k = 0
        return .object(PyIterator(type: Interpreter.itertoolsType(name)) {
            guard k < items.count else { return nil }
            defer { k += 1 }
            return items[k]
        })
    }

    func chainIterator(_ iterables: [Value]) throws -> Value {
        var index = 0
        var current: (() throws -> Value?)? = nil
        return .object(PyIterator(type: Interpreter.itertoolsType("chain")) {
            while true {
                if current == nil {
                    guard index < iterables.count else { return nil }
                    current = try self.makeIterator(iterables[index])
                    index += 1
                }
                if let v = try current!() { return v }
                current = nil
            }
        })
    }

    /// Index tuples of r-permutations of n items, in itertools order.
    static func permutations(_ n: Int, _ r: Int) -> [[Int]] {
        guard r <= n, r >= 0 else { return [] }
        var out: [[Int]] = []
        var current: [Int] = []
        var used = Array(repeating: false, count: n)
        func go() {
            if current.count == r { out.append(current); return }
            for k in 0..<n where !used[k] {
                used[k] = true
                current.append(k)
                go()
                current.removeLast()
                used[k] = false
            }
        }
        go()
        return out
    }

    /// Index tuples of r-combinations (optionally with replacement), in itertools order.
    static func combinations(_ n: Int, _ r: Int, replacement: Bool) -> [[Int]] {
        guard r >= 0, replacement ? (n > 0 || r == 0) : r <= n else { return [] }
        var out: [[Int]] = []
        var current: [Int] = []
        func go(_ start: Int) {
            if current.count == r { out.append(current); return }
            guard start < n else { return }
            for k in start..<n {
                current.append(k)
                go(replacement ? k : k + 1)
                current.removeLast()
            }
        }
        go(0)
        return out
    }
}
