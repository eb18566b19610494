extension Interpreter {
    /// `iter(v)` as a Swift closure returning the next element, or nil when exhausted.
    func makeIterator(_ v: Value, honouringOverrides: Bool = true) throws -> () throws -> Value? {
        if honouringOverrides, let m = containerOverride(v, "__iter__") { return try makeIterator(callMethodValue(m, receiver: v, [])) }
        switch v {
        case .list(let l):
            var i = 0
            return {
                guard i < l.items.count else { return nil }
                defer { i += 1 }
                return l.items[i]
            }
        case .tuple(let t):
            var i = 0
            return {
                guard i < t.count else { return nil }
                defer { i += 1 }
                return t[i]
            }
        case .str(let s):
            var it = s.unicodeScalars.makeIterator()
            return { it.next().map { .str(String(Character($0))) } }
        case .dict(let d):
            return try dictIterator(d) { k, _ in k.value }
        case .set(let s):
            let items = s.items
            let version = s.version
            var i = 0
            return {
                if s.version != version { throw PyException.runtimeError("Set changed size during iteration") }
                guard i < items.count else { return nil }
                defer { i += 1 }
                return items[i]
            }
        case .object(let o):
            switch o {
            case let r as PyRange:
                var i = 0
                let n = r.count
                return {
                    guard i < n else { return nil }
                    defer { i += 1 }
                    return .int(r.element(i))
                }
            case let it as PyIterator: return { try it.next() }
            case let g as PyGenerator: return { try g.next() }
            case let view as PyDictView: return try dictIterator(view.dict, view.element)
            case let f as PyFile:
                return {
                    let line = try self.fileReadLine(f)
                    return line.isEmpty ? nil : .str(line)
                }
            case let b as PyBytes:
                var i = 0
                return {
                    guard i < b.bytes.count else { return nil }
                    defer { i += 1 }
                    return .int(Int(b.bytes[i]))
                }
            case let inst as PyInstance:
                if let m = inst.cls.lookup("__iter__") {
                    let iterator = try callMethodValue(m, receiver: v, [])
                    if case .object(let io as PyInstance) = iterator, let nextMethod = io.cls.lookup("__next__") {
                        return {
                            do {
                                return try self.callMethodValue(nextMethod, receiver: iterator, [])
                            } catch let e as PyException where e.cls.isSubclass(of: .stopIteration) {
                                return nil
                            }
                        }
                    }
                    return try makeIterator(iterator)
                }
                if let payload = inst.builtinValue { return try makeIterator(payload) }
                if let m = inst.cls.lookup("__getitem__") {
                    var i = 0
                    return {
                        do {
                            defer { i += 1 }
                            return try self.callMethodValue(m, receiver: v, [.int(i)])
                        } catch let e as PyException where e.cls.isSubclass(of: .indexError) || e.cls.isSubclass(of: .stopIteration) {
                            return nil
                        }
                    }
                }
            default: break
            }
        case .native(let n):
            if let it = try n.makeIterator(self) { return it }
        default: break
        }
        throw PyException.typeError("'\(v.typeName)' object is not iterable")
    }

    private func dictIterator(_ d: PyDict, _ element: @escaping (HashKey, Value) -> Value) throws -> () throws -> Value? {
        var i = 0
        let count = d.count
        return {
            if d.count != count { throw PyException.runtimeError("dictionary changed size during iteration") }
            guard i < d.storage.count else { return nil }
            defer { i += 1 }
            let k = d.storage.keys[i]
            return element(k, d.storage.values[i])
        }
    }

    /// Drains an iterable into an array (with a fast path for lists and tuples).
    func iterateToArray(_ v: Value) throws -> [Value] {
        switch v {
        case .list(let l) where l.subtype == nil || containerOverride(v, "__iter__") == nil: return l.items
        case .tuple(let t): return t
        case .object(let r as PyRange):
            if r.count > Interpreter.maxSequenceLength { throw PyException.memoryError() }
            var out: [Value] = []
            out.reserveCapacity(r.count)
            var steps = 0
            for k in 0..<r.count {
                out.append(.int(r.element(k)))
                try pollInterrupt(&steps)
            }
            return out
        default:
            let next = try makeIterator(v)
            var out: [Value] = []
            while let x = try next() {
                out.append(x)
                if out.count & 0xFFFF == 0 { try checkInterrupt() }
            }
            return out
        }
    }

    /// `iter(v)` as a script value.
    func iteratorObject(_ v: Value, honouringOverrides: Bool = true) throws -> Value {
        if honouringOverrides, let m = containerOverride(v, "__iter__") { return try iteratorObject(callMethodValue(m, receiver: v, [])) }
        switch v {
        case .object(let o) where o is PyIterator || o is PyGenerator: return v
        case .object(let o as PyInstance) where o.cls.lookup("__next__") != nil && o.cls.lookup("__iter__") != nil:
            return try callMethodValue(o.cls.lookup("__iter__")!, receiver: v, [])
        case .object(let f as PyFile): return .object(f)
        case .native(let n) where n.pyClass.lookup("__next__") != nil && n.pyClass.lookup("__iter__") != nil:
            return try callMethodValue(n.pyClass.lookup("__iter__")!, receiver: v, [])
        default: break
        }
        let type: PyType
        switch v {
        case .list: type = PyIterator.listIterator
        case .tuple: type = PyIterator.tupleIterator
        case .str: type = PyIterator.strIterator
        case .set: type = PyIterator.setIterator
        case .dict: type = PyIterator.dictKeyIterator
        case .object(let o) where o is PyRange: type = PyIterator.rangeIterator
        default: type = PyIterator.generic
        }
        return .object(PyIterator(type: type, try makeIterator(v, honouringOverrides: honouringOverrides)))
    }

    /// `next(it)`: the next element or nil at the end.
    func nextElement(_ it: Value) throws -> Value? {
        switch it {
        case .object(let i as PyIterator): return try i.next()
        case .object(let g as PyGenerator): return try g.next()
        case .object(let f as PyFile):
            let line = try fileReadLine(f)
            return line.isEmpty ? nil : .str(line)
        case .object(let inst as PyInstance):
            if let m = inst.cls.lookup("__next__") {
                do { return try callMethodValue(m, receiver: it, []) } catch let e as PyException where e.cls.isSubclass(of: .stopIteration) { return nil }
            }
        case .native(let n):
            if let m = n.pyClass.lookup("__next__") {
                do { return try callMethodValue(m, receiver: it, []) } catch let e as PyException where e.cls.isSubclass(of: .stopIteration) { return nil }
            }
        default: break
        }
        throw PyException.typeError("'\(it.typeName)' object is not an iterator")
    }
}
