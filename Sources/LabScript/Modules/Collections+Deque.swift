/// `collections.deque`: a list with an optional `maxlen`, marked by its subtype. It shares the
/// list's storage and iteration, but not its operators: a deque concatenates and compares only
/// with deques, takes no slices, and keeps its `maxlen` through `+`, `*`, `+=`, `*=` and `copy()`.
extension PyList {
    /// True for deques and instances of classes derived from deque.
    var isDeque: Bool { subtype.map { $0 === Interpreter.dequeType || $0.isSubclass(of: Interpreter.dequeType) } ?? false }

    /// A deque of this one's type and `maxlen` holding `items`, trimmed from the left as
    /// `append` trims.
    func dequeCopy(_ items: [Value]) -> PyList {
        let l = PyList(items)
        l.subtype = subtype
        l.maxLength = maxLength
        l.trimDeque(fromLeft: true)
        return l
    }

    /// Drops items past `maxlen` from the left (after appends) or the right (after appendlefts).
    func trimDeque(fromLeft: Bool) {
        guard let m = maxLength, items.count > m else { return }
        if fromLeft { items.removeFirst(items.count - m) } else { items.removeLast(items.count - m) }
    }
}

extension Interpreter {
    /// `a op b` when either side is a deque: a deque for `deque + deque` and `deque * n`, CPython's
    /// TypeError for a deque plus a list or other sequence, and nil for the other operators.
    func dequeBinary(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value? {
        switch (op, a, b) {
        case (.add, .list(let x), _) where x.isDeque:
            guard case .list(let y) = b, y.isDeque else {
                if case .object(let o as PyInstance) = b, o.cls.lookup("__radd__") != nil { return nil }
                throw PyException.typeError("can only concatenate deque (not \"\(b.typeName)\") to deque")
            }
            return .list(x.dequeCopy(x.items + y.items))
        case (.mul, .list(let x), _) where x.isDeque, (.mul, _, .list(let x)) where x.isDeque:
            guard let n = try dequeRepeatCount(a, b, x) else { return nil }
            return .list(x.dequeCopy(repeated(x.items, n)))
        default: return nil
        }
    }

    /// The count of `deque * n`: the list's rule, except that a count beyond 64 bits, even a
    /// negative one, is OverflowError, as deque's repeat takes a C index.
    private func dequeRepeatCount(_ a: Value, _ b: Value, _ d: PyList) throws -> Int? {
        if case .bigint = a { throw PyException.overflow("cannot fit 'int' into an index-sized integer") }
        if case .bigint = b { throw PyException.overflow("cannot fit 'int' into an index-sized integer") }
        return try repeatCount(a, b, d.items.count)
    }

    /// True when `a op b` involves a deque, so the list operators must not apply.
    func involvesDeque(_ a: Value, _ b: Value) -> Bool {
        if case .list(let x) = a, x.isDeque { return true }
        if case .list(let y) = b, y.isDeque { return true }
        return false
    }

    /// `d op= b` for a deque: `+=` extends by any iterable and `*=` repeats, both keeping `maxlen`.
    func dequeInplace(_ op: BinaryOp, _ d: PyList, _ b: Value) throws -> Bool {
        switch op {
        case .add:
            d.items.append(contentsOf: try iterateToArray(b))
        case .mul:
            guard let n = try dequeRepeatCount(.list(d), b, d) else { return false }
            d.items = repeated(d.items, n)
        default: return false
        }
        d.trimDeque(fromLeft: true)
        return true
    }

    /// The position `index` names in deque `d`: ints only (no slices), with deque's messages.
    func dequeIndex(_ d: PyList, _ index: Value) throws -> Int {
        guard let i = try indexValue(index) else {
            throw PyException.typeError("sequence index must be integer, not '\(index.typeName)'")
        }
        let k = i < 0 ? i + d.items.count : i
        guard k >= 0 && k < d.items.count else { throw PyException.indexError("deque index out of range") }
        return k
    }

    func dequeClass() -> PyType {
        let t = Interpreter.dequeType
        func deque(_ a: Signature.Bound) -> PyList {
            if case .list(let l) = a.values[0] { return l }
            return PyList()
        }
        func trim(_ l: PyList, fromLeft: Bool) { l.trimDeque(fromLeft: fromLeft) }
        t.constructor = { i, args, kw in
            let l = PyList(try args.first.map { try i.iterateToArray($0) } ?? [])
            l.subtype = t
            if let m = kw.first(where: { $0.0 == "maxlen" })?.1 ?? (args.count > 1 ? args[1] : nil), !m.isNone {
                let maxLength = try i.intArgument(m)
                if maxLength < 0 { throw PyException.valueError("maxlen must be non-negative") }
                l.maxLength = maxLength
            }
            trim(l, fromLeft: true)
            return .list(l)
        }
        for name in ["count", "reverse", "clear"] {
            t.dict[name] = PyType.list.dict[name]
        }
        Builtins.method(t, "copy", []) { _, a in .list(deque(a).dequeCopy(deque(a).items)) }
        Builtins.method(t, "insert", ["i", "x", "/"]) { i, a in
            let l = deque(a)
            if let m = l.maxLength, l.items.count >= m { throw PyException.indexError("deque already at its maximum size") }
            let n = l.items.count, at = try i.intArgument(a.values[1])
            l.items.insert(a.values[2], at: at < 0 ? max(0, at + n) : min(at, n))
            return .none
        }
        Builtins.method(t, "remove", ["value", "/"]) { i, a in
            let l = deque(a)
            for (k, v) in l.items.enumerated() where try i.sameOrEqual(v, a.values[1]) {
                l.items.remove(at: k)
                return .none
            }
            throw PyException.valueError("\(try i.reprOf(a.values[1])) is not in deque")
        }
        Builtins.method(t, "index", ["x", "start=0", "stop=9223372036854775807", "/"]) { i, a in
            let l = deque(a), n = l.items.count
            func clamp(_ k: Int) -> Int { k < 0 ? max(0, k + n) : min(k, n) }
            let lo = clamp(try i.intArgument(a.values[2])), hi = clamp(try i.intArgument(a.values[3]))
            if lo < hi { for k in lo..<hi where try i.sameOrEqual(l.items[k], a.values[1]) { return .int(k) } }
            throw PyException.valueError("\(try i.reprOf(a.values[1])) is not in deque")
        }
        Builtins.method(t, "append", ["x", "/"]) { _, a in
            deque(a).items.append(a.values[1])
            trim(deque(a), fromLeft: true)
            return .none
        }
        Builtins.method(t, "appendleft", ["x", "/"]) { _, a in
            deque(a).items.insert(a.values[1], at: 0)
            trim(deque(a), fromLeft: false)
            return .none
        }
        Builtins.method(t, "extend", ["iterable", "/"]) { i, a in
            deque(a).items.append(contentsOf: try i.iterateToArray(a.values[1]))
            trim(deque(a), fromLeft: true)
            return .none
        }
        Builtins.method(t, "extendleft", ["iterable", "/"]) { i, a in
            for v in try i.iterateToArray(a.values[1]) { deque(a).items.insert(v, at: 0) }
            trim(deque(a), fromLeft: false)
            return .none
        }
        Builtins.method(t, "pop", []) { _, a in
            let l = deque(a)
            guard !l.items.isEmpty else { throw PyException.indexError("pop from an empty deque") }
            return l.items.removeLast()
        }
        Builtins.method(t, "popleft", []) { _, a in
            let l = deque(a)
            guard !l.items.isEmpty else { throw PyException.indexError("pop from an empty deque") }
            return l.items.removeFirst()
        }
        Builtins.method(t, "rotate", ["n=1", "/"]) { i, a in
            let l = deque(a)
            guard !l.items.isEmpty else { return .none }
            let n = ((try i.intArgument(a.values[1]) % l.items.count) + l.items.count) % l.items.count
            l.items = Array(l.items[(l.items.count - n)...] + l.items[..<(l.items.count - n)])
            return .none
        }
        t.properties["maxlen"] = Property("maxlen") { v, _ in
            if case .list(let l) = v, let m = l.maxLength { return .int(m) }
            return .none
        }
        return t
    }

}
