import BigInt

extension Interpreter {
    /// Python truthiness.
    public func truthy(_ v: Value) throws -> Bool {
        switch v {
        case .none: return false
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .bigint: return true
        case .float(let d): return d != 0
        case .str(let s): return !s.isEmpty
        case .tuple(let t): return !t.isEmpty
        case .list(let l) where l.subtype == nil: return !l.items.isEmpty
        case .dict(let d) where d.subtype == nil: return d.count > 0
        case .list, .dict:
            if let m = containerOverride(v, "__bool__") {
                let r = try callMethodValue(m, receiver: v, [])
                guard case .bool(let b) = r else { throw PyException.typeError("__bool__ should return bool, returned \(r.typeName)") }
                return b
            }
            return try length(v) > 0
        case .set(let s) where s.subtype == nil: return s.count > 0
        case .set:
            if let m = containerOverride(v, "__bool__") {
                let r = try callMethodValue(m, receiver: v, [])
                guard case .bool(let b) = r else { throw PyException.typeError("__bool__ should return bool, returned \(r.typeName)") }
                return b
            }
            return try length(v) > 0
        case .function, .builtin, .type: return true
        case .native(let n):
            if let b = try n.truthiness(self) { return b }
            if let l = try n.length(self) { return l > 0 }
            return true
        case .object(let o):
            switch o {
            case let r as PyRange: return r.count > 0
            case let view as PyDictView: return view.dict.count > 0
            case let inst as PyInstance:
                if let m = inst.cls.lookup("__bool__") {
                    let r = try callMethodValue(m, receiver: v, [])
                    guard case .bool(let b) = r else { throw PyException.typeError("__bool__ should return bool, returned \(r.typeName)") }
                    return b
                }
                if let m = inst.cls.lookup("__len__") { return try truthy(callMethodValue(m, receiver: v, [])) }
                if let payload = inst.builtinValue { return try truthy(payload) }
                return true
            case let s as PySingleton: return s !== PySingleton.notImplemented
            case let b as PyBytes: return !b.bytes.isEmpty
            default: return true
            }
        }
    }

    /// `a == b`.
    public func equals(_ a: Value, _ b: Value) throws -> Bool {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x == y
        case (.str(let x), .str(let y)): return x.hasSameCodePoints(as: y)
        case (.float(let x), .float(let y)): return x == y
        case (.none, .none): return true
        default: return try truthy(compare(.eq, a, b))
        }
    }

    /// Counts one level of a container comparison against the recursion limit, as CPython does,
    /// so comparing self-containing or very deep containers raises instead of overflowing the stack.
    private func enterComparison() throws {
        if depth >= recursionLimit { throw PyException(.recursionError, "maximum recursion depth exceeded in comparison") }
        try checkStack()
        depth += 1
    }

    /// Identity or equality, as containers test membership.
    /// A float has no identity here, so one NaN is taken as identical to itself (as `x = math.nan;
    /// [x] == [x]` is True in CPython) when the bits agree.
    func sameOrEqual(_ a: Value, _ b: Value) throws -> Bool {
        if case .float(let x) = a, case .float(let y) = b, x.isNaN { return x.bitPattern == y.bitPattern }
        return a.isIdentical(to: b) ? true : try equals(a, b)
    }

    /// Compares two numbers exactly: -1, 0, 1, or nil when either is NaN.
    func compareNumbers(_ a: Value, _ b: Value) -> Int? {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x < y ? -1 : (x == y ? 0 : 1)
        case (.float(let x), .float(let y)):
            if x.isNaN || y.isNaN { return nil }
            return x < y ? -1 : (x == y ? 0 : 1)
        default: break
        }
        if case .float(let x) = a, let y = b.asBigInt { return compareNumbers(.float(x), y).map { $0 } }
        if case .float(let y) = b, let x = a.asBigInt { return compareNumbers(.float(y), x).map { -$0 } }
        guard let x = a.asBigInt, let y = b.asBigInt else { return nil }
        return x < y ? -1 : (x == y ? 0 : 1)
    }

    private func compareNumbers(_ f: Value, _ i: BigInt) -> Int? {
        guard case .float(let d) = f, !d.isNaN else { return nil }
        if d.isInfinite { return d > 0 ? 1 : -1 }
        let floorD = d.rounded(.down)
        let fi = BigInt(floorD)
        if fi < i { return -1 }
        if fi > i { return 1 }
        return d > floorD ? 1 : 0
    }

    private func isNumber(_ v: Value) -> Bool {
        switch v {
        case .int, .bigint, .float, .bool: return true
        default: return false
        }
    }

    /// A rich comparison `a op b`, returning whatever the comparison returns (a bool for built-ins).
    func compare(_ op: CompareOp, _ a: Value, _ b: Value) throws -> Value {
        if isNumber(a) && isNumber(b) {
            guard let c = compareNumbers(a, b) else { return .bool(op == .ne) }
            return .bool(apply(op, c))
        }
        if a.isUserContainerSubclass || b.isUserContainerSubclass, let r = try containerSubclassCompare(op, a, b) { return r }
        switch (a, b) {
        case (.str(let x), .str(let y)):
            if op == .eq || op == .ne { return .bool(x.hasSameCodePoints(as: y) == (op == .eq)) }
            return .bool(apply(op, compareUTF8(x, y)))
        case (.tuple(let x), .tuple(let y)): return try compareSequences(op, x, y)
        case (.list(let x), .list(let y)) where x.isDeque == y.isDeque: return try compareSequences(op, x.items, y.items)
        case (.none, .none) where op == .eq || op == .ne: return .bool(op == .eq)
        case (.dict(let x), .dict(let y)) where op == .eq || op == .ne:
            return .bool(try dictsEqual(x, y) == (op == .eq))
        case (.set(let x), .set(let y)): return .bool(try compareSets(op, x, y))
        case (.object(let x as PyRange), .object(let y as PyRange)) where op == .eq || op == .ne:
            let same = x.count == y.count && (x.count == 0 || (x.start == y.start && (x.count == 1 || x.step == y.step)))
            return .bool(same == (op == .eq))
        case (.object(let x as PyDictView), .object(let y as PyDictView)) where x.kind != .values && x.kind == y.kind:
            return .bool(try compareSets(op, PySet(iterateToArray(a)), PySet(iterateToArray(b))))
        case (.object(let x as PyDictView), .set(let y)) where x.kind != .values:
            return .bool(try compareSets(op, PySet(iterateToArray(a)), y))
        case (.set(let x), .object(let y as PyDictView)) where y.kind != .values:
            return .bool(try compareSets(op, x, PySet(iterateToArray(b))))
        case (.object(let x as PyBytes), .object(let y as PyBytes)):
            if op == .eq || op == .ne { return .bool((x.bytes == y.bytes) == (op == .eq)) }
            return .bool(apply(op, x.bytes.lexicographicallyPrecedes(y.bytes) ? -1 : x.bytes == y.bytes ? 0 : 1))
        default: break
        }
        if let r = try dunderCompare(op, a, b) { return r }
        if op == .eq { return .bool(a.isIdentical(to: b)) }
        if op == .ne { return .bool(!a.isIdentical(to: b)) }
        throw PyException.typeError("'\(op.symbol)' not supported between instances of '\(a.typeName)' and '\(b.typeName)'")
    }

    private func apply(_ op: CompareOp, _ c: Int) -> Bool {
        switch op {
        case .lt: return c < 0
        case .le: return c <= 0
        case .eq: return c == 0
        case .ne: return c != 0
        case .gt: return c > 0
        case .ge: return c >= 0
        }
    }

    /// Code-point order, which is UTF-8 byte order.
    func compareUTF8(_ x: String, _ y: String) -> Int {
        let order = x.codePointOrder(y)
        return order < 0 ? -1 : (order > 0 ? 1 : 0)
    }

    private func compareSequences(_ op: CompareOp, _ x: [Value], _ y: [Value]) throws -> Value {
        try enterComparison()
        defer { depth -= 1 }
        var i = 0
        while i < x.count && i < y.count {
            if !(try sameOrEqual(x[i], y[i])) { break }
            i += 1
        }
        if i >= x.count || i >= y.count {
            return .bool(apply(op, x.count < y.count ? -1 : (x.count == y.count ? 0 : 1)))
        }
        if op == .eq { return .bool(false) }
        if op == .ne { return .bool(true) }
        return try compare(op, x[i], y[i])
    }

    func dictsEqual(_ x: PyDict, _ y: PyDict) throws -> Bool {
        if isCounter(x) && isCounter(y) { return try countersEqual(x, y) }
        guard x.count == y.count else { return false }
        if isOrderedDict(x) && isOrderedDict(y) && !x.storage.keys.elementsEqual(y.storage.keys) { return false }
        try enterComparison()
        defer { depth -= 1 }
        for (k, v) in x.storage {
            guard let w = y.storage[k], try sameOrEqual(v, w) else { return false }
        }
        return true
    }

    private func compareSets(_ op: CompareOp, _ x: PySet, _ y: PySet) throws -> Bool {
        let xInY = x.items.allSatisfy { y.contains($0) }
        let yInX = y.items.allSatisfy { x.contains($0) }
        switch op {
        case .eq: return xInY && x.count == y.count
        case .ne: return !(xInY && x.count == y.count)
        case .le: return xInY
        case .lt: return xInY && x.count < y.count
        case .ge: return yInX
        case .gt: return yInX && x.count > y.count
        }
    }

    private func dunderCompare(_ op: CompareOp, _ a: Value, _ b: Value) throws -> Value? {
        if a.builtinPayload != nil || b.builtinPayload != nil { return try valueSubclassCompare(op, a, b) }
        if case .native(let n) = a, let r = try n.compare(op, b, self) { return r }
        if case .object(let o as PyInstance) = a, let m = o.cls.lookup(op.dunder) {
            let r = try callMethodValue(m, receiver: a, [b])
            if !isNotImplemented(r) { return r }
        }
        if case .native(let n) = b, let r = try n.compare(op.swapped, a, self) { return r }
        if case .object(let o as PyInstance) = b, let m = o.cls.lookup(op.swapped.dunder) {
            let r = try callMethodValue(m, receiver: b, [a])
            if !isNotImplemented(r) { return r }
        }
        if op == .ne, case .object(let o as PyInstance) = a, let m = o.cls.lookup("__eq__") {
            let r = try callMethodValue(m, receiver: a, [b])
            if !isNotImplemented(r) { return .bool(!(try truthy(r))) }
        }
        if case .object(let e as PyException) = a, case .object(let f as PyException) = b, op == .eq || op == .ne {
            return .bool((e === f) == (op == .eq))
        }
        return nil
    }

    /// `item in container` (`honouringOverrides` as for `getItem`).
    func contains(_ container: Value, _ item: Value, honouringOverrides: Bool = true) throws -> Bool {
        if honouringOverrides, let m = containerOverride(container, "__contains__") {
            return try truthy(callMethodValue(m, receiver: container, [item]))
        }
        switch container {
        case .str(let s):
            guard case .str(let sub) = item.unwrappingSubclass else {
                throw PyException.typeError("'in <string>' requires string as left operand, not \(item.typeName)")
            }
            return sub.isEmpty || s.utf8.firstRange(of: sub.utf8) != nil
        case .list(let l): return try l.items.contains { try sameOrEqual($0, item) }
        case .tuple(let t): return try t.contains { try sameOrEqual($0, item) }
        case .dict(let d): return d.storage[try HashKey(item)] != nil
        case .set(let s):
            _ = try HashKey(item)
            return s.contains(item)
        case .object(let r as PyRange):
            guard let i = item.asInt else {
                if case .float(let d) = item, d == d.rounded(), abs(d) < 9e18 { return try contains(container, .int(Int(d))) }
                return false
            }
            if r.step > 0 ? (i < r.start || i >= r.stop) : (i > r.start || i <= r.stop) { return false }
            return (i - r.start) % r.step == 0
        case .object(let view as PyDictView):
            switch view.kind {
            case .keys: return view.dict.storage[try HashKey(item)] != nil
            case .values: return try view.dict.storage.values.contains { try equals($0, item) }
            case .items:
                guard case .tuple(let kv) = item, kv.count == 2, let v = view.dict.storage[try HashKey(kv[0])] else { return false }
                return try equals(v, kv[1])
            }
        case .object(let b as PyBytes): return try bytesContains(b, item)
        case .object(let inst as PyInstance):
            if let m = inst.cls.lookup("__contains__") { return try truthy(callMethodValue(m, receiver: container, [item])) }
            if let payload = inst.builtinValue { return try contains(payload, item) }
        case .native(let n):
            if case .builtin(let b)? = n.pyClass.lookup("__contains__") { return try truthy(callBuiltin(b, [container, item], [])) }
        default: break
        }
        let next: () throws -> Value?
        do { next = try makeIterator(container) } catch let e as PyException where e.cls === PyType.typeError {
            throw PyException.typeError("argument of type '\(container.typeName)' is not iterable")
        }
        while let v = try next() {
            if try sameOrEqual(v, item) { return true }
        }
        return false
    }
}
