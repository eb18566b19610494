import BigInt

extension Interpreter {
    static func installListMethods() {
        let t = PyType.list
        func list(_ a: Signature.Bound) -> PyList {
            if case .list(let l) = a.values[0] { return l }
            return PyList()
        }
        Builtins.method(t, "append", ["object", "/"]) { _, a in
            list(a).items.append(a.values[1])
            return .none
        }
        Builtins.method(t, "extend", ["iterable", "/"]) { i, a in
            let l = list(a)
            l.items.append(contentsOf: try i.iterateToArray(a.values[1]))
            return .none
        }
        Builtins.method(t, "insert", ["index", "object", "/"]) { i, a in
            let l = list(a)
            var n = try i.intArgument(a.values[1])
            if n < 0 { n = max(0, n + l.items.count) }
            l.items.insert(a.values[2], at: min(n, l.items.count))
            return .none
        }
        Builtins.method(t, "pop", ["index=-1", "/"]) { i, a in
            let l = list(a)
            if l.items.isEmpty { throw PyException.indexError("pop from empty list") }
            var n = try i.intArgument(a.values[1])
            if n < 0 { n += l.items.count }
            guard n >= 0 && n < l.items.count else { throw PyException.indexError("pop index out of range") }
            return l.items.remove(at: n)
        }
        Builtins.method(t, "remove", ["value", "/"]) { i, a in
            let l = list(a)
            guard let n = try l.items.firstIndex(where: { try i.sameOrEqual($0, a.values[1]) }) else {
                throw PyException.valueError("list.remove(x): x not in list")
            }
            l.items.remove(at: n)
            return .none
        }
        Builtins.method(t, "index", ["value", "start=None", "stop=None", "/"]) { i, a in
            let items = list(a).items
            let (s, e) = try i.spanIndices(a.values[2], a.values[3], items.count)
            if s < e { for k in s..<e where try i.sameOrEqual(items[k], a.values[1]) { return .int(k) } }
            throw PyException.valueError("\(try i.reprOf(a.values[1])) is not in list")
        }
        Builtins.method(t, "count", ["value", "/"]) { i, a in
            .int(try list(a).items.filter { try i.sameOrEqual($0, a.values[1]) }.count)
        }
        Builtins.method(t, "sort", ["*", "key=None", "reverse=False"]) { i, a in
            let l = list(a)
            var items = l.items
            l.items = []
            defer { l.items = items }
            try i.sortValues(&items, key: a.values[1], reverse: try i.truthy(a.values[2]))
            return .none
        }
        Builtins.method(t, "reverse", []) { _, a in
            list(a).items.reverse()
            return .none
        }
        Builtins.method(t, "copy", []) { _, a in .list(PyList(list(a).items)) }
        Builtins.method(t, "clear", []) { _, a in
            list(a).items.removeAll()
            return .none
        }
    }

    static func installTupleMethods() {
        let t = PyType.tuple
        func tuple(_ a: Signature.Bound) -> [Value] {
            if case .tuple(let items) = a.values[0] { return items }
            return []
        }
        Builtins.method(t, "count", ["value", "/"]) { i, a in .int(try tuple(a).filter { try i.sameOrEqual($0, a.values[1]) }.count) }
        Builtins.method(t, "index", ["value", "start=None", "stop=None", "/"]) { i, a in
            let items = tuple(a)
            let (s, e) = try i.spanIndices(a.values[2], a.values[3], items.count)
            if s < e { for k in s..<e where try i.sameOrEqual(items[k], a.values[1]) { return .int(k) } }
            throw PyException.valueError("tuple.index(x): x not in tuple")
        }
        Builtins.method(.range, "index", ["value", "/"]) { i, a in
            guard case .object(let r as PyRange) = a.values[0], try i.contains(a.values[0], a.values[1]), let v = a.values[1].asInt else {
                throw PyException.valueError("\(try i.reprOf(a.values[1])) is not in range")
            }
            return .int((v - r.start) / r.step)
        }
        Builtins.method(.range, "count", ["value", "/"]) { i, a in .int(try i.contains(a.values[0], a.values[1]) ? 1 : 0) }
    }

    static func installDictMethods() {
        let t = PyType.dict
        func dict(_ a: Signature.Bound) -> PyDict {
            if case .dict(let d) = a.values[0] { return d }
            return PyDict()
        }
        Builtins.method(t, "keys", []) { _, a in .object(PyDictView(dict(a), .keys)) }
        Builtins.method(t, "values", []) { _, a in .object(PyDictView(dict(a), .values)) }
        Builtins.method(t, "items", []) { _, a in .object(PyDictView(dict(a), .items)) }
        Builtins.method(t, "get", ["key", "default=None", "/"]) { _, a in
            try dict(a).get(a.values[1]) ?? a.values[2]
        }
        Builtins.method(t, "setdefault", ["key", "default=None", "/"]) { _, a in
            let d = dict(a)
            if let v = try d.get(a.values[1]) { return v }
            try d.set(a.values[1], a.values[2])
            return a.values[2]
        }
        Builtins.method(t, "pop", ["key", "default=None", "/"]) { _, a in
            let d = dict(a)
            if let v = d.storage.removeValue(forKey: try HashKey(a.values[1])) { return v }
            if a.wasPassed(2) { return a.values[2] }
            throw PyException.keyError(a.values[1])
        }
        Builtins.method(t, "popitem", []) { _, a in
            let d = dict(a)
            guard !d.storage.isEmpty else { throw PyException.keyError(.str("popitem(): dictionary is empty")) }
            let (k, v) = d.storage.removeLast()
            return .tuple([k.value, v])
        }
        Builtins.rawMethod(t, "update") { i, args, kw in
            guard case .dict(let d)? = args.first else { return .none }
            if args.count > 2 { throw PyException.typeError("update expected at most 1 argument, got \(args.count - 1)") }
            if args.count == 2 { try i.updateDict(d, args[1]) }
            for (k, v) in kw { d[string: k] = v }
            return .none
        }
        Builtins.method(t, "copy", []) { _, a in
            let d = dict(a)
            let r = PyDict(d.storage)
            r.subtype = d.subtype
            r.defaultFactory = d.defaultFactory
            return .dict(r)
        }
        Builtins.method(t, "clear", []) { _, a in
            dict(a).storage.removeAll()
            return .none
        }
        t.dict["fromkeys"] = Builtins.function("fromkeys", ["iterable", "value=None", "/"]) { i, a in
            let d = PyDict()
            for k in try i.iterateToArray(a.values[0]) { try d.set(k, a.values[1]) }
            return .dict(d)
        }
    }

    static func installSetMethods() {
        for t in [PyType.set, PyType.frozenset] {
            func set(_ a: Signature.Bound) -> PySet {
                if case .set(let s) = a.values[0] { return s }
                return PySet()
            }
            func others(_ i: Interpreter, _ a: Signature.Bound) throws -> [PySet] {
                try a.varargs.map { try i.makeSet($0, frozen: false) }
            }
            Builtins.method(t, "union", ["*others"]) { i, a in
                var r = set(a)
                for o in try others(i, a) { r = try i.setOperator(.bitor, r, o)! }
                return .set(r === set(a) ? r.copy() : r)
            }
            Builtins.method(t, "intersection", ["*others"]) { i, a in
                var r = set(a)
                for o in try others(i, a) { r = try r.intersection(o, frozen: r.isFrozen) }
                return .set(r === set(a) ? r.copy() : r)
            }
            Builtins.method(t, "difference", ["*others"]) { i, a in
                var r = set(a).copy()
                for (k, o) in a.varargs.enumerated() {
                    if k == 0, case .set(let other) = o { r = try set(a).difference(other, frozen: set(a).isFrozen) } else { try r.discardAll(try i.iterateToArray(o)) }
                }
                return .set(r)
            }
            Builtins.method(t, "symmetric_difference", ["other", "/"]) { i, a in
                .set(try set(a).symmetricDifference(try i.makeSet(a.values[1], frozen: false), frozen: set(a).isFrozen))
            }
            Builtins.method(t, "issubset", ["other", "/"]) { i, a in
                let o = try i.makeSet(a.values[1], frozen: false)
                return .bool(set(a).items.allSatisfy { o.contains($0) })
            }
            Builtins.method(t, "issuperset", ["other", "/"]) { i, a in
                .bool(try i.iterateToArray(a.values[1]).allSatisfy { set(a).contains($0) })
            }
            Builtins.method(t, "isdisjoint", ["other", "/"]) { i, a in
                .bool(!(try i.iterateToArray(a.values[1]).contains { set(a).contains($0) }))
            }
            Builtins.method(t, "copy", []) { _, a in .set(set(a).copy()) }
        }
        let t = PyType.set
        func set(_ a: Signature.Bound) -> PySet {
            if case .set(let s) = a.values[0] { return s }
            return PySet()
        }
        Builtins.method(t, "add", ["elem", "/"]) { _, a in
            try set(a).add(a.values[1])
            return .none
        }
        Builtins.method(t, "discard", ["elem", "/"]) { _, a in
            try set(a).discard(a.values[1])
            return .none
        }
        Builtins.method(t, "remove", ["elem", "/"]) { _, a in
            guard try set(a).discard(a.values[1]) else { throw PyException.keyError(a.values[1]) }
            return .none
        }
        Builtins.method(t, "pop", []) { _, a in
            guard let v = set(a).pop() else { throw PyException.keyError(.str("pop from an empty set")) }
            return v
        }
        Builtins.method(t, "clear", []) { _, a in
            set(a).removeAll()
            return .none
        }
        Builtins.method(t, "update", ["*others"]) { i, a in
            for o in a.varargs {
                if case .set(let other) = o { set(a).merge(other) } else { for v in try i.iterateToArray(o) { try set(a).add(v) } }
            }
            return .none
        }
        Builtins.method(t, "intersection_update", ["*others"]) { i, a in
            for o in a.varargs { set(a).replaceContents(with: try set(a).intersection(try i.makeSet(o, frozen: false), frozen: false)) }
            return .none
        }
        Builtins.method(t, "difference_update", ["*others"]) { i, a in
            for o in a.varargs { try set(a).discardAll(try i.iterateToArray(o)) }
            return .none
        }
        Builtins.method(t, "symmetric_difference_update", ["other", "/"]) { i, a in
            try set(a).toggleAll(try i.makeSet(a.values[1], frozen: false))
            return .none
        }
    }

    static func installNumberMethods() {
        Builtins.method(.int, "bit_length", []) { _, a in
            guard let b = a.values[0].asBigInt else { return .int(0) }
            return .int(b.magnitude.bitWidth)
        }
        Builtins.method(.int, "bit_count", []) { _, a in
            guard let b = a.values[0].asBigInt else { return .int(0) }
            return .int(b.magnitude.words.reduce(0) { $0 + $1.nonzeroBitCount })
        }
        Builtins.method(.int, "to_bytes", ["length=1", "byteorder='big'", "*", "signed=False"]) { i, a in
            guard let b = a.values[0].asBigInt else { return .none }
            return .object(PyBytes(try intToBytes(b, length: try i.intArgument(a.values[1]),
                                                  order: try a.values[2].string("to_bytes() argument 'byteorder'"),
                                                  signed: try i.truthy(a.values[3]))))
        }
        PyType.int.dict["from_bytes"] = Builtins.function("from_bytes", ["bytes", "byteorder='big'", "*", "signed=False"]) { i, a in
            let raw: [UInt8]
            if case .object(let b as PyBytes) = a.values[0] { raw = b.bytes } else { raw = try i.makeBytes([a.values[0]], []) }
            return Value(try intFromBytes(raw, order: try a.values[1].string("from_bytes() argument 'byteorder'"),
                                          signed: try i.truthy(a.values[2])))
        }
        Builtins.method(.int, "conjugate", []) { _, a in a.values[0] }
        Builtins.method(.float, "is_integer", []) { _, a in
            guard case .float(let d) = a.values[0] else { return .bool(false) }
            return .bool(d.isFinite && d == d.rounded())
        }
        Builtins.method(.float, "as_integer_ratio", []) { i, a in
            guard case .float(let d) = a.values[0] else { return .none }
            let (num, den) = try integerRatio(d)
            return .tuple([Value(num), Value(den)])
        }
        Builtins.method(.float, "hex", []) { _, a in
            guard case .float(let d) = a.values[0] else { return .none }
            return .str(floatHex(d))
        }
        Builtins.method(.float, "conjugate", []) { _, a in a.values[0] }
        PyType.float.dict["fromhex"] = Builtins.function("fromhex", ["string", "/"]) { _, a in
            let s = try a.values[0].string("fromhex() argument")
            guard let d = Double(s) else { throw PyException.valueError("invalid hexadecimal floating-point string") }
            return .float(d)
        }
    }
}

import Foundation

/// `float.as_integer_ratio()`: the exact value of `d` in lowest terms, with a positive denominator.
func integerRatio(_ d: Double) throws -> (BigInt, BigInt) {
    if d.isInfinite { throw PyException.overflow("cannot convert Infinity to integer ratio") }
    if d.isNaN { throw PyException.valueError("cannot convert NaN to integer ratio") }
    if d == 0 { return (0, 1) }
    var num = BigInt(d.significandBitPattern | (d.isNormal ? 1 << 52 : 0))
    let exp = d.isNormal ? Int(d.exponent) - 52 : -1074
    var den = BigInt(1)
    if exp > 0 { num <<= exp } else { den <<= -exp }
    let g = num.greatestCommonDivisor(with: den)
    num /= g
    den /= g
    return (d < 0 ? -num : num, den)
}
