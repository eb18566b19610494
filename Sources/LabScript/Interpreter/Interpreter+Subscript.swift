import BigInt

extension Interpreter {
    /// An int usable as an index (ints, bools, and objects with `__index__`).
    func indexValue(_ v: Value) throws -> Int? {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .bigint(let b): return b.sign == .minus ? Int.min : Int.max
        case .object(let inst as PyInstance):
            // An int subclass is an index by its value, whatever its `__index__` says (as in CPython).
            if let payload = inst.builtinValue { return try indexValue(payload) }
            if let m = inst.cls.lookup("__index__") { return try indexValue(callMethodValue(m, receiver: v, [])) }
            return nil
        case .native(let n):
            // A native object with `__index__` (a one-element integer tensor, a re flag) is an index too.
            guard let m = n.pyClass.lookup("__index__") else { return nil }
            return try indexValue(callMethodValue(m, receiver: v, []))
        default: return nil
        }
    }

    /// CPython's PySlice_GetIndicesEx: (start, stop, step, count) for a sequence of `length`.
    /// `del target[s]`: removes the items the slice selects.
    func deleteSlice<Element>(_ s: PySlice, of target: inout [Element]) throws {
        let (start, _, step, count) = try sliceIndices(s, target.count)
        var doomed = Set<Int>()
        var i = start
        for _ in 0..<count {
            doomed.insert(i)
            i &+= step
        }
        target = target.enumerated().filter { !doomed.contains($0.offset) }.map { $0.element }
    }

    /// `target[s] = items`: a simple slice is replaced by any number of items; an extended slice
    /// takes exactly as many items as it selects ("attempt to assign <noun> of size ...").
    func assignSlice<C: RangeReplaceableCollection & MutableCollection>(_ s: PySlice, of target: inout C, to items: C, noun: String) throws where C.Index == Int {
        let (start, stop, step, count) = try sliceIndices(s, target.count)
        if step == 1 {
            target.replaceSubrange(start..<max(start, stop), with: items)
            return
        }
        guard items.count == count else {
            throw PyException.valueError("attempt to assign \(noun) of size \(items.count) to extended slice of size \(count)")
        }
        var i = start
        for v in items {
            target[i] = v
            i &+= step
        }
    }

    func sliceIndices(_ s: PySlice, _ length: Int) throws -> (Int, Int, Int, Int) {
        func component(_ v: Value) throws -> Int? {
            if v.isNone { return nil }
            guard let i = try indexValue(v) else {
                throw PyException.typeError("slice indices must be integers or None or have an __index__ method")
            }
            return i
        }
        // As CPython does, a step below -Int.max is clamped so that it can be negated.
        let step = max(try component(s.step) ?? 1, -Int.max)
        if step == 0 { throw PyException.valueError("slice step cannot be zero") }
        let lowerDefault = step < 0 ? -1 : 0
        let upperDefault = step < 0 ? length - 1 : length
        func clamp(_ v: Int?, _ def: Int) -> Int {
            guard var i = v else { return def }
            if i < 0 {
                i += length
                if i < 0 { i = step < 0 ? -1 : 0 }
            } else if i >= length {
                i = step < 0 ? length - 1 : length
            }
            return i
        }
        let start = clamp(try component(s.start), step < 0 ? upperDefault : lowerDefault)
        let stop = clamp(try component(s.stop), step < 0 ? lowerDefault : upperDefault)
        var count = 0
        if step > 0 { if start < stop { count = (stop - start - 1) / step + 1 } } else if stop < start { count = (start - stop - 1) / (-step) + 1 }
        return (start, stop, step, count)
    }

    func sliceElements<T>(_ items: [T], _ s: PySlice) throws -> [T] {
        let (start, _, step, count) = try sliceIndices(s, items.count)
        if step == 1 { return Array(items[start..<(start + count)]) }
        var out: [T] = []
        out.reserveCapacity(count)
        var i = start
        for _ in 0..<count {
            out.append(items[i])
            i &+= step
        }
        return out
    }

    private func normalize(_ index: Int, _ count: Int, _ what: String) throws -> Int {
        let i = index < 0 ? index + count : index
        guard i >= 0 && i < count else { throw PyException.indexError(what == "index" ? "index out of range" : "\(what) index out of range") }
        return i
    }

    /// `o[index]`; `honouringOverrides` is false for the built-in `__getitem__` itself, which
    /// a subclass's override reaches through `super()`.
    public func getItem(_ o: Value, _ index: Value, honouringOverrides: Bool = true) throws -> Value {
        switch o {
        case .list(let l):
            if honouringOverrides, let t = l.subtype, let m = t.userOverride("__getitem__") {
                return try callMethodValue(m, receiver: o, [index])
            }
            if l.isDeque { return l.items[try dequeIndex(l, index)] }
            if let i = try indexValue(index) { return l.items[try normalize(i, l.items.count, "list")] }
            if case .object(let s as PySlice) = index { return .list(PyList(try sliceElements(l.items, s))) }
            throw PyException.typeError("list indices must be integers or slices, not \(index.typeName)")
        case .tuple(let t):
            if let i = try indexValue(index) { return t[try normalize(i, t.count, "tuple")] }
            if case .object(let s as PySlice) = index { return .tuple(try sliceElements(t, s)) }
            throw PyException.typeError("tuple indices must be integers or slices, not \(index.typeName)")
        case .str(let str):
            if let i = try indexValue(index) {
                if str.utf8.allSatisfy({ $0 < 0x80 }) {
                    let u = str.utf8
                    let j = try normalize(i, u.count, "string")
                    return .str(String(Character(Unicode.Scalar(u[u.index(u.startIndex, offsetBy: j)]))))
                }
                let scalars = Array(str.unicodeScalars)
                return .str(String(Character(scalars[try normalize(i, scalars.count, "string")])))
            }
            if case .object(let s as PySlice) = index {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: try sliceElements(Array(str.unicodeScalars), s))
                return .str(String(view))
            }
            throw PyException.typeError("string indices must be integers, not '\(index.typeName)'")
        case .dict(let d):
            if honouringOverrides, let t = d.subtype, let m = t.userOverride("__getitem__") {
                return try callMethodValue(m, receiver: o, [index])
            }
            if let v = d.storage[try HashKey(index)] { return v }
            if let factory = d.defaultFactory {
                let v = try call(factory, [])
                try d.set(index, v)
                return v
            }
            if let t = d.subtype, t.isUserDefined, let m = t.lookup("__missing__") { return try callMethodValue(m, receiver: o, [index]) }
            if isCounter(d) { return .int(0) }
            throw PyException.keyError(index)
        case .object(let r as PyRange):
            if let i = try indexValue(index) { return .int(r.element(try normalize(i, r.count, "range object"))) }
            if case .object(let s as PySlice) = index {
                let (start, _, step, count) = try sliceIndices(s, r.count)
                let newStart = r.element(start)
                let (newStep, overflow) = r.step.multipliedReportingOverflow(by: step)
                if overflow { throw PyException.overflow("Python int too large to convert to C ssize_t") }
                return .object(PyRange(newStart, newStart &+ count &* newStep, newStep))
            }
            throw PyException.typeError("range indices must be integers or slices, not \(index.typeName)")
        case .object(let b as PyBytes):
            if let i = try indexValue(index) {
                return .int(Int(b.bytes[try normalize(i, b.bytes.count, b.isMutable ? "bytearray index" : "index")]))
            }
            if case .object(let s as PySlice) = index { return .object(PyBytes(try sliceElements(b.bytes, s), mutable: b.isMutable)) }
            throw PyException.typeError("\(b.isMutable ? "bytearray" : "byte") indices must be integers or slices, not \(index.typeName)")
        case .object(let inst as PyInstance):
            if let m = inst.cls.lookup("__getitem__") { return try callMethodValue(m, receiver: o, [index]) }
            if let payload = inst.builtinValue { return try getItem(payload, index) }
        case .native(let n):
            if let v = try n.getItem(index, self) { return v }
            if case .builtin(let b)? = n.pyClass.lookup("__getitem__") { return try callBuiltin(b, [o, index], []) }
        case .type(let t):
            if let m = t.metaclass?.lookup("__getitem__") { return try callMethodValue(m, receiver: o, [index]) }
            // Implicitly a classmethod: called with the class subscripted.
            if let m = t.lookup("__class_getitem__") { return try call(m, [o, index]) }
            return try subscriptClass(t, index)
        default: break
        }
        throw PyException.typeError("'\(o.typeName)' object is not subscriptable")
    }

    /// `o[index] = value` (`honouringOverrides` as for `getItem`).
    public func setItem(_ o: Value, _ index: Value, _ value: Value, honouringOverrides: Bool = true) throws {
        if honouringOverrides, let m = containerOverride(o, "__setitem__") {
            _ = try callMethodValue(m, receiver: o, [index, value])
            return
        }
        switch o {
        case .list(let l):
            if l.isDeque {
                l.items[try dequeIndex(l, index)] = value
                return
            }
            if let i = try indexValue(index) {
                l.items[try normalize(i, l.items.count, "list assignment")] = value
                return
            }
            if case .object(let s as PySlice) = index {
                try assignSlice(s, of: &l.items, to: try iterateToArray(value), noun: "sequence")
                return
            }
            throw PyException.typeError("list indices must be integers or slices, not \(index.typeName)")
        case .dict(let d):
            try d.set(index, value)
            return
        case .object(let inst as PyInstance):
            if let m = inst.cls.lookup("__setitem__") {
                _ = try callMethodValue(m, receiver: o, [index, value])
                return
            }
        case .native(let n):
            if try n.setItem(index, value, self) { return }
        case .object(let b as PyBytes) where b.isMutable:
            return try setByteArrayItem(b, index, value)
        default: break
        }
        throw PyException.typeError("'\(o.typeName)' object does not support item assignment")
    }

    /// `del o[index]` (`honouringOverrides` as for `getItem`).
    func deleteItem(_ o: Value, _ index: Value, honouringOverrides: Bool = true) throws {
        if honouringOverrides, let m = containerOverride(o, "__delitem__") {
            _ = try callMethodValue(m, receiver: o, [index])
            return
        }
        switch o {
        case .list(let l):
            if l.isDeque {
                l.items.remove(at: try dequeIndex(l, index))
                return
            }
            if let i = try indexValue(index) {
                l.items.remove(at: try normalize(i, l.items.count, "list assignment"))
                return
            }
            if case .object(let s as PySlice) = index {
                try deleteSlice(s, of: &l.items)
                return
            }
            throw PyException.typeError("list indices must be integers or slices, not \(index.typeName)")
        case .dict(let d):
            guard d.storage.removeValue(forKey: try HashKey(index)) != nil else { throw PyException.keyError(index) }
            return
        case .object(let inst as PyInstance):
            if let m = inst.cls.lookup("__delitem__") {
                _ = try callMethodValue(m, receiver: o, [index])
                return
            }
        case .object(let b as PyBytes) where b.isMutable:
            return try deleteByteArrayItem(b, index)
        case .native(let n):
            if case .builtin(let b)? = n.pyClass.lookup("__delitem__") {
                _ = try callBuiltin(b, [o, index], [])
                return
            }
        default: break
        }
        throw PyException.typeError("'\(o.typeName)' object doesn't support item deletion")
    }

    /// A user-defined override of `name` on a subclass of list or dict, or nil.
    @inline(__always) func containerOverride(_ v: Value, _ name: String) -> Value? {
        switch v {
        case .list(let l): return l.subtype?.userOverride(name)
        case .dict(let d): return d.subtype?.userOverride(name)
        case .set(let s): return s.subtype?.userOverride(name)
        case .type(let t): return t.metaclass?.lookup(name)
        default: return nil
        }
    }

    /// `len(v)` (`honouringOverrides` as for `getItem`).
    public func length(_ v: Value, honouringOverrides: Bool = true) throws -> Int {
        if honouringOverrides, let m = containerOverride(v, "__len__") { return try lengthResult(callMethodValue(m, receiver: v, [])) }
        switch v {
        case .str(let s): return s.unicodeScalars.count
        case .list(let l): return l.items.count
        case .tuple(let t): return t.count
        case .dict(let d): return d.count
        case .set(let s): return s.count
        case .object(let o):
            switch o {
            case let r as PyRange: return r.count
            case let view as PyDictView: return view.dict.count
            case let b as PyBytes: return b.bytes.count
            case let inst as PyInstance:
                if let m = inst.cls.lookup("__len__") { return try lengthResult(callMethodValue(m, receiver: v, [])) }
                if let payload = inst.builtinValue { return try length(payload) }
            default: break
            }
        case .native(let n):
            if let l = try n.length(self) { return l }
        default: break
        }
        throw PyException.typeError("object of type '\(v.typeName)' has no len()")
    }

    /// Enters a `with` block.
    func enterContext(_ manager: Value) throws -> Value {
        switch manager {
        case .object(let f as PyFile):
            if f.closed { throw PyException.valueError("I/O operation on closed file.") }
            return manager
        case .native(let n):
            return try n.enter(self)
        case .object(let inst as PyInstance):
            if let m = inst.cls.lookup("__enter__"), inst.cls.lookup("__exit__") != nil { return try callMethodValue(m, receiver: manager, []) }
        default: break
        }
        throw PyException.typeError("'\(manager.typeName)' object does not support the context manager protocol")
    }

    /// Leaves a `with` block; true when the exception is suppressed.
    func exitContext(_ manager: Value, _ e: PyException?) throws -> Bool {
        switch manager {
        case .object(let f as PyFile):
            try f.close()
            return false
        case .native(let n): return try n.exit(e, self)
        case .object(let inst as PyInstance):
            guard let m = inst.cls.lookup("__exit__") else { return false }
            let args: [Value] = e.map { [.type($0.cls), .object($0), .none] } ?? [.none, .none, .none]
            return try truthy(callMethodValue(m, receiver: manager, args))
        default: return false
        }
    }

    /// Checks what a `__len__` method returned.
    private func lengthResult(_ r: Value) throws -> Int {
        guard let n = r.asInt else { throw PyException.typeError("'\(r.typeName)' object cannot be interpreted as an integer") }
        if n < 0 { throw PyException.valueError("__len__() should return >= 0") }
        return n
    }
}
