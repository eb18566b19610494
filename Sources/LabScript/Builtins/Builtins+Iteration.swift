import BigInt

extension Interpreter {
    /// Sorts values with Python's `<`, stably; `reverse` keeps equal elements in order.
    /// Sorts stably by `key` (or the items themselves), as `list.sort` does. The sort permutes
    /// indices and compares the keys in place, so no key or item is copied per comparison.
    func sortValues(_ items: inout [Value], key: Value?, reverse: Bool) throws {
        let keys: [Value]
        if let key = key, !key.isNone { keys = try items.map { try call(key, [$0]) } } else { keys = items }
        // Reversing before and after a stable sort keeps equal items in their original order.
        var order: [Int] = reverse ? Array((0..<items.count).reversed()) : Array(0..<items.count)
        var steps = 0
        try keys.withUnsafeBufferPointer { k in
            try order.sort { try pollInterrupt(&steps); return try lessThan(k[$0], k[$1]) }
        }
        if reverse { order.reverse() }
        let original = items
        items = order.map { original[$0] }
    }

    func lessThan(_ a: Value, _ b: Value) throws -> Bool {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x < y
        case (.float(let x), .float(let y)): return x < y
        case (.str(let x), .str(let y)): return x.codePointOrder(y) < 0
        case (.tuple(let x), .tuple(let y)):
            if let result = plainTupleLessThan(x, y) { return result }
            return try truthy(compare(.lt, a, b))
        default: return try truthy(compare(.lt, a, b))
        }
    }

    /// `x < y` for tuples whose compared elements are ints or strs (the usual sort keys), without
    /// the general comparison; nil when an element pair is of any other kind, before any is compared
    /// by user code.
    private func plainTupleLessThan(_ x: [Value], _ y: [Value]) -> Bool? {
        for i in 0..<Swift.min(x.count, y.count) {
            switch (x[i], y[i]) {
            case (.int(let p), .int(let q)): if p != q { return p < q }
            case (.str(let p), .str(let q)):
                let order = p.codePointOrder(q)
                if order != 0 { return order < 0 }
            default: return nil
            }
        }
        return x.count < y.count
    }

    private func minMax(_ name: String, _ a: Signature.Bound, _ op: CompareOp) throws -> Value {
        let args = a.varargs
        let key = a.values[0]
        let items: [Value]
        if args.count == 1 {
            items = try iterateToArray(args[0])
        } else if args.isEmpty {
            throw PyException.typeError("\(name) expected at least 1 argument, got 0")
        } else {
            if a.wasPassed(1) { throw PyException.typeError("Cannot specify a default for \(name)() with multiple positional arguments") }
            items = args
        }
        guard var best = items.first else {
            if a.wasPassed(1) { return a.values[1] }
            throw PyException.valueError("\(name)() arg is an empty sequence")
        }
        var bestKey = key.isNone ? best : try call(key, [best])
        var steps = 0
        for item in items.dropFirst() {
            try pollInterrupt(&steps)
            let k = key.isNone ? item : try call(key, [item])
            if try truthy(compare(op, k, bestKey)) {
                best = item
                bestKey = k
            }
        }
        return best
    }

    func sum(_ iterable: Value, start: Value) throws -> Value {
        var total = start
        if case .str = start { throw PyException.typeError("sum() can't sum strings [use ''.join(seq) instead]") }
        if case .object(let r as PyRange) = iterable, start.asBigInt != nil {
            // Closed form, so sum(range(10**13)) is instant: n*start + step*n*(n-1)/2.
            let n = Value.int(r.count)
            let pairs = try binary(.floordiv, binary(.mul, n, .int(max(r.count - 1, 0))), .int(2))
            let terms = try binary(.add, binary(.mul, n, .int(r.start)), binary(.mul, .int(r.step), pairs))
            return try binary(.add, total, terms)
        }
        let next = try makeIterator(iterable)
        var steps = 0
        while let v = try next() {
            steps &+= 1
            if steps & 0xFFFF == 0 { try checkInterrupt() }
            if case .int(let x) = total, case .int(let y) = v {
                let (s, o) = x.addingReportingOverflow(y)
                if !o { total = .int(s); continue }
            }
            if case .float(let x) = total, case .float(let y) = v { total = .float(x + y); continue }
            total = try binary(.add, total, v)
        }
        return total
    }

    func installIterationBuiltins() {
        builtins["sorted"] = Builtins.function("sorted", ["iterable", "/", "*", "key=None", "reverse=False"]) { i, a in
            var items = try i.iterateToArray(a.values[0])
            try i.sortValues(&items, key: a.values[1], reverse: try i.truthy(a.values[2]))
            return .list(PyList(items))
        }
        builtins["min"] = Builtins.function("min", ["*args", "key=None", "default=None"]) { i, a in try i.minMax("min", a, .lt) }
        builtins["max"] = Builtins.function("max", ["*args", "key=None", "default=None"]) { i, a in try i.minMax("max", a, .gt) }
        builtins["sum"] = Builtins.function("sum", ["iterable", "/", "start=0"]) { i, a in try i.sum(a.values[0], start: a.values[1]) }
        builtins["any"] = Builtins.function("any", ["iterable", "/"]) { i, a in
            let next = try i.makeIterator(a.values[0])
            var steps = 0
            while let v = try next() {
                if try i.truthy(v) { return .bool(true) }
                try i.pollInterrupt(&steps)
            }
            return .bool(false)
        }
        builtins["all"] = Builtins.function("all", ["iterable", "/"]) { i, a in
            let next = try i.makeIterator(a.values[0])
            var steps = 0
            while let v = try next() {
                if !(try i.truthy(v)) { return .bool(false) }
                try i.pollInterrupt(&steps)
            }
            return .bool(true)
        }
        builtins["iter"] = Builtins.function("iter", ["object", "sentinel=None", "/"]) { i, a in
            if a.wasPassed(1) {
                let fn = a.values[0], sentinel = a.values[1]
                return .object(PyIterator(type: PyIterator.callableIterator) {
                    let v = try i.call(fn, [])
                    return try i.equals(v, sentinel) ? nil : v
                })
            }
            return try i.iteratorObject(a.values[0])
        }
        builtins["next"] = Builtins.function("next", ["iterator", "default=None", "/"]) { i, a in
            if let v = try i.nextElement(a.values[0]) { return v }
            if a.wasPassed(1) { return a.values[1] }
            if case .object(let g as PyGenerator) = a.values[0], !g.returnValue.isNone { throw PyException.stopIteration(g.returnValue) }
            throw PyException.stopIteration()
        }
        PyType.range.constructor = { i, args, kw in
            guard kw.isEmpty else { throw PyException.typeError("range() takes no keyword arguments") }
            let ints = try args.map { v -> Int in
                if case .bigint = v { throw PyException.overflow("Python int too large to convert to C ssize_t") }
                return try i.intArgument(v)
            }
            // labrun's ranges hold their length in an Int: a longer one fails as CPython's len() does.
            func range(_ start: Int, _ stop: Int, _ step: Int) throws -> Value {
                let r = PyRange(start, stop, step)
                if r.exactCount > UInt(Int.max) { throw PyException.overflow("Python int too large to convert to C ssize_t") }
                return .object(r)
            }
            switch ints.count {
            case 1: return try range(0, ints[0], 1)
            case 2: return try range(ints[0], ints[1], 1)
            case 3:
                if ints[2] == 0 { throw PyException.valueError("range() arg 3 must not be zero") }
                return try range(ints[0], ints[1], ints[2])
            default:
                throw PyException.typeError(ints.isEmpty ? "range expected at least 1 argument, got 0" : "range expected at most 3 arguments, got \(ints.count)")
            }
        }
        PyType.enumerate.constructor = { i, args, kw in
            let (sig, defaults) = Signature.parse(["iterable", "start=0"])
            let b = try sig.bind(args, kw, defaults: defaults, function: "enumerate")
            let next = try i.makeIterator(b.values[0])
            var n = b.values[1]
            return .object(PyIterator(type: .enumerate) {
                guard let v = try next() else { return nil }
                defer { n = (try? i.binary(.add, n, .int(1))) ?? n }
                return .tuple([n, v])
            })
        }
        PyType.zip.constructor = { i, args, kw in
            let strict = try kw.first { $0.0 == "strict" }.map { try i.truthy($0.1) } ?? false
            let iterators = try args.map { try i.makeIterator($0) }
            return .object(PyIterator(type: .zip) {
                guard !iterators.isEmpty else { return nil }
                var items: [Value] = []
                for (n, it) in iterators.enumerated() {
                    guard let v = try it() else {
                        var longer = n > 0
                        if strict && !longer { longer = try iterators.dropFirst().contains { try $0() != nil } }
                        if strict && longer {
                            throw PyException.valueError("zip() argument \(n + 1) is shorter than argument\(n == 1 ? "" : "s") 1\(n > 1 ? "-\(n)" : "")")
                        }
                        return nil
                    }
                    items.append(v)
                }
                return .tuple(items)
            })
        }
        PyType.map.constructor = { i, args, _ in
            guard args.count >= 2 else { throw PyException.typeError("map() must have at least two arguments.") }
            let fn = args[0]
            let iterators = try args.dropFirst().map { try i.makeIterator($0) }
            return .object(PyIterator(type: .map) {
                var items: [Value] = []
                for it in iterators {
                    guard let v = try it() else { return nil }
                    items.append(v)
                }
                return try i.call(fn, items)
            })
        }
        PyType.filter.constructor = { i, args, _ in
            guard args.count == 2 else { throw PyException.typeError("filter expected 2 arguments, got \(args.count)") }
            let fn = args[0]
            let next = try i.makeIterator(args[1])
            return .object(PyIterator(type: .filter) {
                while let v = try next() {
                    if try i.truthy(fn.isNone ? v : try i.call(fn, [v])) { return v }
                }
                return nil
            })
        }
        PyType.reversed.constructor = { i, args, _ in
            guard args.count == 1 else { throw PyException.typeError("reversed expected 1 argument, got \(args.count)") }
            let seq = args[0]
            if let m = i.containerOverride(seq, "__reversed__") { return try i.callMethodValue(m, receiver: seq, []) }
            let items: [Value]
            switch seq {
            case .list(let l): items = l.items
            case .tuple, .str, .dict: items = try i.iterateToArray(seq)
            case .object(let o) where o is PyRange || o is PyDictView || o is PyBytes: items = try i.iterateToArray(seq)
            case .object(let inst as PyInstance):
                if let m = inst.cls.lookup("__reversed__") { return try i.callMethodValue(m, receiver: seq, []) }
                let n = try i.length(seq)
                items = try (0..<n).map { try i.getItem(seq, .int($0)) }
            case .native: items = try i.iterateToArray(seq)
            case .type(let t) where t.metaclass?.lookup("__reversed__") != nil:
                return try i.callMethodValue(t.metaclass!.lookup("__reversed__")!, receiver: seq, [])
            default: throw PyException.typeError("'\(seq.typeName)' object is not reversible")
            }
            var index = items.count
            return .object(PyIterator(type: .reversed) {
                guard index > 0 else { return nil }
                index -= 1
                return items[index]
            })
        }
    }
}
