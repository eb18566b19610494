/// The methods `collections.abc`'s classes give their subclasses, written in terms of the
/// abstract methods a subclass defines (`Mapping.get` through `__getitem__`).
extension AbstractClasses {
    static func installMixins(_ types: [PyType]) {
        func type(_ name: String) -> PyType { types.first { $0.name == name }! }
        let iterator = type("Iterator"), sequence = type("Sequence"), mutableSequence = type("MutableSequence")
        let mapping = type("Mapping"), mutableMapping = type("MutableMapping"), mutableSet = type("MutableSet")

        Builtins.method(iterator, "__iter__", []) { _, a in a.values[0] }

        /// A sequence's items, read lazily by index from 0 until IndexError, as CPython's
        /// sequence iterator reads them.
        func indexed(_ i: Interpreter, _ s: Value) -> PyIterator {
            var k = 0
            return PyIterator(type: PyIterator.generic) {
                do {
                    let v = try i.getItem(s, .int(k))
                    k += 1
                    return v
                } catch let e as PyException where e.cls.isSubclass(of: .indexError) { return nil }
            }
        }
        func items(_ i: Interpreter, _ s: Value) throws -> [Value] {
            let it = indexed(i, s)
            var out: [Value] = []
            while let v = try it.next() { out.append(v) }
            return out
        }
        Builtins.method(sequence, "__iter__", []) { i, a in .object(indexed(i, a.values[0])) }
        Builtins.method(sequence, "__reversed__", []) { i, a in
            var k = try i.length(a.values[0])
            return .object(PyIterator(type: PyIterator.generic) {
                guard k > 0 else { return nil }
                k -= 1
                return try i.getItem(a.values[0], .int(k))
            })
        }
        Builtins.method(sequence, "__contains__", ["value"]) { i, a in
            let it = indexed(i, a.values[0])
            while let v = try it.next() { if try i.sameOrEqual(v, a.values[1]) { return .bool(true) } }
            return .bool(false)
        }
        Builtins.method(sequence, "count", ["value"]) { i, a in
            .int(try items(i, a.values[0]).filter { try i.sameOrEqual($0, a.values[1]) }.count)
        }
        Builtins.method(sequence, "index", ["value", "start=0", "stop=None"]) { i, a in
            let all = try items(i, a.values[0])
            func clamp(_ v: Value, _ otherwise: Int) throws -> Int {
                guard !v.isNone else { return otherwise }
                let k = try i.intArgument(v)
                return k < 0 ? max(0, k + all.count) : min(k, all.count)
            }
            let lo = try clamp(a.values[2], 0), hi = try clamp(a.values[3], all.count)
            if lo < hi { for k in lo..<hi where try i.sameOrEqual(all[k], a.values[1]) { return .int(k) } }
            throw PyException.valueError("")
        }

        Builtins.method(mutableSequence, "append", ["value"]) { i, a in
            _ = try i.call(try i.getAttribute(a.values[0], "insert"), [.int(try i.length(a.values[0])), a.values[1]])
            return .none
        }
        Builtins.method(mutableSequence, "extend", ["values"]) { i, a in
            let append = try i.getAttribute(a.values[0], "append")
            for v in try i.iterateToArray(a.values[1]) { _ = try i.call(append, [v]) }
            return .none
        }
        Builtins.method(mutableSequence, "pop", ["index=-1"]) { i, a in
            let v = try i.getItem(a.values[0], a.values[1])
            try i.deleteItem(a.values[0], a.values[1])
            return v
        }
        Builtins.method(mutableSequence, "remove", ["value"]) { i, a in
            let index = try i.call(try i.getAttribute(a.values[0], "index"), [a.values[1]])
            try i.deleteItem(a.values[0], index)
            return .none
        }
        Builtins.method(mutableSequence, "reverse", []) { i, a in
            let n = try i.length(a.values[0])
            for k in 0..<(n / 2) {
                let x = try i.getItem(a.values[0], .int(k)), y = try i.getItem(a.values[0], .int(n - 1 - k))
                try i.setItem(a.values[0], .int(k), y)
                try i.setItem(a.values[0], .int(n - 1 - k), x)
            }
            return .none
        }
        Builtins.method(mutableSequence, "clear", []) { i, a in
            while try i.length(a.values[0]) > 0 { try i.deleteItem(a.values[0], .int(-1)) }
            return .none
        }
        Builtins.method(mutableSequence, "__iadd__", ["values"]) { i, a in
            _ = try i.call(try i.getAttribute(a.values[0], "extend"), [a.values[1]])
            return a.values[0]
        }

        /// `m[key]`, or nil when it raises KeyError.
        func lookup(_ i: Interpreter, _ m: Value, _ key: Value) throws -> Value? {
            do { return try i.getItem(m, key) } catch let e as PyException where e.cls.isSubclass(of: .keyError) { return nil }
        }
        Builtins.method(mapping, "get", ["key", "default=None"]) { i, a in try lookup(i, a.values[0], a.values[1]) ?? a.values[2] }
        Builtins.method(mapping, "__contains__", ["key"]) { i, a in .bool(try lookup(i, a.values[0], a.values[1]) != nil) }
        Builtins.method(mapping, "keys", []) { _, a in .native(MappingView(.keys, of: a.values[0])) }
        Builtins.method(mapping, "values", []) { _, a in .native(MappingView(.values, of: a.values[0])) }
        Builtins.method(mapping, "items", []) { _, a in .native(MappingView(.items, of: a.values[0])) }
        Builtins.method(mapping, "__eq__", ["other"]) { i, a in
            guard try i.isInstance(a.values[1], .type(mapping), "isinstance") else { return .object(PySingleton.notImplemented) }
            func asDict(_ m: Value) throws -> Value {
                let d = PyDict()
                for key in try i.iterateToArray(m) { try d.set(key, try i.getItem(m, key)) }
                return .dict(d)
            }
            return .bool(try i.equals(try asDict(a.values[0]), try asDict(a.values[1])))
        }

        Builtins.method(mutableMapping, "pop", ["key", "*default"]) { i, a in
            guard let v = try lookup(i, a.values[0], a.values[1]) else {
                guard let fallback = a.varargs.first else { throw PyException.keyError(a.values[1]) }
                return fallback
            }
            try i.deleteItem(a.values[0], a.values[1])
            return v
        }
        Builtins.method(mutableMapping, "popitem", []) { i, a in
            guard let key = try i.iterateToArray(a.values[0]).first else { throw PyException.keyError(.none) }
            let v = try i.getItem(a.values[0], key)
            try i.deleteItem(a.values[0], key)
            return .tuple([key, v])
        }
        Builtins.method(mutableMapping, "clear", []) { i, a in
            for key in try i.iterateToArray(a.values[0]) { try i.deleteItem(a.values[0], key) }
            return .none
        }
        Builtins.method(mutableMapping, "setdefault", ["key", "default=None"]) { i, a in
            if let v = try lookup(i, a.values[0], a.values[1]) { return v }
            try i.setItem(a.values[0], a.values[1], a.values[2])
            return a.values[2]
        }
        Builtins.rawMethod(mutableMapping, "update") { i, args, kw in
            guard let m = args.first else { return .none }
            if args.count > 2 { throw PyException.typeError("update expected at most 1 argument, got \(args.count - 1)") }
            if let other = args.dropFirst().first {
                if try i.isInstance(other, .type(mapping), "isinstance") {
                    for key in try i.iterateToArray(other) { try i.setItem(m, key, try i.getItem(other, key)) }
                } else if let keys = try i.lookupAttribute(other, "keys") {
                    for key in try i.iterateToArray(try i.call(keys, [])) { try i.setItem(m, key, try i.getItem(other, key)) }
                } else {
                    for pair in try i.iterateToArray(other) {
                        let kv = try i.iterateToArray(pair)
                        guard kv.count == 2 else { throw PyException.valueError("dictionary update sequence element has length \(kv.count); 2 is required") }
                        try i.setItem(m, kv[0], kv[1])
                    }
                }
            }
            for (k, v) in kw { try i.setItem(m, .str(k), v) }
            return .none
        }

        Builtins.method(mutableSet, "remove", ["value"]) { i, a in
            guard try i.contains(a.values[0], a.values[1]) else { throw PyException.keyError(a.values[1]) }
            _ = try i.call(try i.getAttribute(a.values[0], "discard"), [a.values[1]])
            return .none
        }
        Builtins.method(mutableSet, "pop", []) { i, a in
            guard let v = try i.iterateToArray(a.values[0]).first else { throw PyException.keyError(.none) }
            _ = try i.call(try i.getAttribute(a.values[0], "discard"), [v])
            return v
        }
        Builtins.method(mutableSet, "clear", []) { i, a in
            let discard = try i.getAttribute(a.values[0], "discard")
            for v in try i.iterateToArray(a.values[0]) { _ = try i.call(discard, [v]) }
            return .none
        }
    }
}
