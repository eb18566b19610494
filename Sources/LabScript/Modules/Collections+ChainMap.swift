import Foundation

/// `collections.ChainMap`: several mappings searched in order as one. Lookups go through
/// `maps` from the first; writes, deletions and `pop` act on the first mapping only. Iteration
/// lists each key once, in the order of a dict updated from the last mapping to the first, as
/// CPython's does. `maps` is the live list the object holds.
final class ChainMapValue: NativeObject {
    static let type = NativeClass("ChainMap", module: "collections", constructor: Function("ChainMap", params: ["*maps"]) { a in
        .native(ChainMapValue(a.varargs))
    }, methods: [
        Function("get", params: ["key", "default=None"]) { a in
            let m = try a.receiver(as: ChainMapValue.self)
            return try m.contains(a["key"], a.interpreter) ? try m.lookup(a["key"], a.interpreter) : a["default"]
        },
        Function("__getitem__", params: ["key"]) { a in try a.receiver(as: ChainMapValue.self).lookup(a["key"], a.interpreter) },
        Function("__contains__", params: ["key"]) { a in .bool(try a.receiver(as: ChainMapValue.self).contains(a["key"], a.interpreter)) },
        Function("__delitem__", params: ["key"]) { a in
            let m = try a.receiver(as: ChainMapValue.self)
            do {
                try a.interpreter.deleteItem(m.first, a["key"])
            } catch let e as PyException where e.cls.isSubclass(of: .keyError) {
                throw PyException(.keyError, "Key not found in the first mapping: \(try a.interpreter.reprOf(a["key"]))")
            }
            return .none
        },
        Function("__ior__", params: ["other"]) { a in
            _ = try a.interpreter.call(try a.interpreter.getAttribute(try a.receiver(as: ChainMapValue.self).first, "update"), [a["other"]])
            return a.receiver!
        },
        Function("pop", params: ["key", "*args"]) { a in
            let m = try a.receiver(as: ChainMapValue.self)
            do {
                return try a.interpreter.call(try a.interpreter.getAttribute(m.first, "pop"), [a["key"]] + a.varargs)
            } catch let e as PyException where e.cls.isSubclass(of: .keyError) {
                throw PyException(.keyError, "Key not found in the first mapping: \(try a.interpreter.reprOf(a["key"]))")
            }
        },
        Function("popitem") { a in
            let m = try a.receiver(as: ChainMapValue.self)
            do {
                return try a.interpreter.call(try a.interpreter.getAttribute(m.first, "popitem"), [])
            } catch let e as PyException where e.cls.isSubclass(of: .keyError) {
                throw PyException(.keyError, "No keys found in the first mapping.")
            }
        },
        Function("clear") { a in
            _ = try a.interpreter.call(try a.interpreter.getAttribute(try a.receiver(as: ChainMapValue.self).first, "clear"), [])
            return .none
        },
        Function("copy") { a in .native(try a.receiver(as: ChainMapValue.self).copy(a.interpreter)) },
        Function("__copy__") { a in .native(try a.receiver(as: ChainMapValue.self).copy(a.interpreter)) },
        Function("new_child", params: ["m=None", "**kwargs"]) { a in
            let m = try a.receiver(as: ChainMapValue.self)
            var child = a["m"]
            if child.isNone {
                let d = PyDict()
                for (k, v) in a.kwargs { d[string: k] = v }
                child = .dict(d)
            } else if !a.kwargs.isEmpty {
                let d = PyDict()
                for (k, v) in a.kwargs { d[string: k] = v }
                _ = try a.interpreter.call(try a.interpreter.getAttribute(child, "update"), [.dict(d)])
            }
            return .native(ChainMapValue([child] + m.maps.items))
        },
        Function("keys") { a in .native(MappingView(.keys, of: a.receiver!)) },
        Function("values") { a in .native(MappingView(.values, of: a.receiver!)) },
        Function("items") { a in .native(MappingView(.items, of: a.receiver!)) },
        Function("update", params: ["other=()", "/", "**kwargs"]) { a in
            let i = a.interpreter, target = a.receiver!
            let other = a["other"]
            if case .native(let n) = other, n is ChainMapValue || (try? i.lookupAttribute(other, "keys")) != nil {
                for key in try i.iterateToArray(try i.call(try i.getAttribute(other, "keys"), [])) {
                    try i.setItem(target, key, try i.getItem(other, key))
                }
            } else if case .dict(let d) = other {
                for (k, v) in d.storage { try i.setItem(target, k.value, v) }
            } else {
                for pair in try i.iterateToArray(other) {
                    let kv = try i.iterateToArray(pair)
                    guard kv.count == 2 else { throw PyException.valueError("too many values to unpack (expected 2)") }
                    try i.setItem(target, kv[0], kv[1])
                }
            }
            for (k, v) in a.kwargs { try i.setItem(target, .str(k), v) }
            return .none
        },
        Function("setdefault", params: ["key", "default=None"]) { a in
            let m = try a.receiver(as: ChainMapValue.self)
            do { return try m.lookup(a["key"], a.interpreter) } catch let e as PyException where e.cls.isSubclass(of: .keyError) {
                try a.interpreter.setItem(m.first, a["key"], a["default"])
                return a["default"]
            }
        },
    ], properties: [
        Property("maps", get: { v, _ in
            guard case .native(let m as ChainMapValue) = v else { throw PyException.typeError("expected a ChainMap") }
            return .list(m.maps)
        }, set: { v, new, _ in
            guard case .native(let m as ChainMapValue) = v else { throw PyException.typeError("expected a ChainMap") }
            guard case .list(let l) = new else { throw PyException.typeError("ChainMap.maps must be a list in labrun") }
            m.maps = l
        }),
        Property("parents") { v, _ in
            guard case .native(let m as ChainMapValue) = v else { throw PyException.typeError("expected a ChainMap") }
            return .native(ChainMapValue(Array(m.maps.items.dropFirst())))
        },
    ], staticMethods: [
        Function("fromkeys", params: ["iterable", "*args"]) { a in
            let d = PyDict()
            let value = a.varargs.first ?? .none
            if a.varargs.count > 1 { throw PyException.typeError("fromkeys expected at most 2 arguments, got \(a.varargs.count + 1)") }
            for key in try a.interpreter.iterateToArray(a["iterable"]) { try d.set(key, value) }
            return .native(ChainMapValue([.dict(d)]))
        },
    ], attributes: ["__hash__": .none]).type

    var maps: PyList
    private var inRepr = false
    private var inSnapshot = false

    init(_ maps: [Value]) {
        self.maps = PyList(maps.isEmpty ? [.dict(PyDict())] : maps)
    }

    var pyClass: PyType { ChainMapValue.type }

    /// The first mapping, which writes go to. (An emptied `maps` fails as CPython's does.)
    var first: Value {
        get throws {
            guard let m = maps.items.first else { throw PyException(.indexError, "list index out of range") }
            return m
        }
    }

    /// `self[key]`: the first mapping holding the key, else KeyError (`__missing__`).
    func lookup(_ key: Value, _ i: Interpreter) throws -> Value {
        for mapping in maps.items {
            do { return try i.getItem(mapping, key) } catch let e as PyException where e.cls.isSubclass(of: .keyError) { continue }
        }
        throw PyException.keyError(key)
    }

    func contains(_ key: Value, _ i: Interpreter) throws -> Bool {
        try maps.items.contains { try i.contains($0, key) }
    }

    /// The keys in iteration order: a dict updated from the last mapping to the first.
    func keys(_ i: Interpreter) throws -> [Value] {
        let seen = PyDict()
        for mapping in maps.items.reversed() {
            for key in try i.iterateToArray(mapping) where seen.storage[try HashKey(key)] == nil { try seen.set(key, .none) }
        }
        return seen.storage.keys.map(\.value)
    }

    /// `copy()`: a shallow copy of the first mapping, the others shared.
    func copy(_ i: Interpreter) throws -> ChainMapValue {
        let copied = try i.call(try i.getAttribute(try first, "copy"), [])
        return ChainMapValue([copied] + maps.items.dropFirst())
    }

    /// The mapping as a dict, for `==` and `|`.
    func flattened(_ i: Interpreter) throws -> PyDict {
        let d = PyDict()
        for key in try keys(i) { try d.set(key, try lookup(key, i)) }
        return d
    }

    func getItem(_ index: Value, _ interpreter: Interpreter) throws -> Value? { try lookup(index, interpreter) }

    /// `copy.deepcopy` and session snapshots: the maps copied with the same memo. (A ChainMap
    /// inside its own maps is kept as itself rather than recursing without end.)
    func snapshot(_ copier: DeepCopier) -> NativeObject {
        if inSnapshot { return self }
        inSnapshot = true
        defer { inSnapshot = false }
        guard case .list(let copied) = copier.copy(.list(maps)) else { return self }
        let result = ChainMapValue([])
        result.maps = copied
        return result
    }

    func setItem(_ index: Value, _ value: Value, _ interpreter: Interpreter) throws -> Bool {
        try interpreter.setItem(try first, index, value)
        return true
    }

    func makeIterator(_ interpreter: Interpreter) throws -> (() throws -> Value?)? {
        var iterator = try keys(interpreter).makeIterator()
        return { iterator.next() }
    }

    func length(_ interpreter: Interpreter) throws -> Int? { try keys(interpreter).count }

    func truthiness(_ interpreter: Interpreter) throws -> Bool? { try maps.items.contains { try interpreter.truthy($0) } }

    func repr(_ interpreter: Interpreter) throws -> String {
        if inRepr { return "..." }
        inRepr = true
        defer { inRepr = false }
        return "ChainMap(" + (try maps.items.map { try interpreter.reprOf($0) }.joined(separator: ", ")) + ")"
    }

    /// Mapping's `==`: equal items, against any dict or ChainMap.
    func compare(_ op: CompareOp, _ other: Value, _ interpreter: Interpreter) throws -> Value? {
        guard op == .eq || op == .ne, let theirs = try ChainMapValue.mappingItems(other, interpreter) else { return nil }
        let equal = try interpreter.equals(.dict(try flattened(interpreter)), .dict(theirs))
        return .bool(op == .eq ? equal : !equal)
    }

    /// `|`: a copy with the other mapping's items written to its first mapping; reflected, a
    /// ChainMap of one dict: the other's items, then each mapping's from the last.
    func binaryOp(_ op: BinaryOp, _ other: Value, reflected: Bool, _ interpreter: Interpreter) throws -> Value? {
        guard op == .bitor, let theirs = try ChainMapValue.mappingItems(other, interpreter) else { return nil }
        if reflected {
            for mapping in maps.items.reversed() {
                guard let items = try ChainMapValue.mappingItems(mapping, interpreter) else { continue }
                for (k, v) in items.storage { theirs.storage[k] = v }
            }
            return .native(ChainMapValue([.dict(theirs)]))
        }
        let result = try copy(interpreter)
        _ = try interpreter.call(try interpreter.getAttribute(try result.first, "update"), [.dict(theirs)])
        return .native(result)
    }

    /// The items of a Mapping (a dict of any kind or a ChainMap) as a new dict; nil for others.
    static func mappingItems(_ v: Value, _ i: Interpreter) throws -> PyDict? {
        switch v {
        case .dict(let d): return PyDict(d.storage)
        case .native(let m as ChainMapValue): return try m.flattened(i)
        default: return nil
        }
    }
}

/// `KeysView`, `ValuesView` and `ItemsView` of a ChainMap: live views that iterate, measure
/// and test membership through the mapping, and print as `KeysView(ChainMap(...))`.
final class MappingView: NativeObject {
    enum Kind: String { case keys = "KeysView", values = "ValuesView", items = "ItemsView" }
    static let types: [Kind: PyType] = [
        .keys: NativeClass("KeysView", module: "collections.abc").type,
        .values: NativeClass("ValuesView", module: "collections.abc").type,
        .items: NativeClass("ItemsView", module: "collections.abc").type,
    ]

    let kind: Kind
    let mapping: Value

    init(_ kind: Kind, of mapping: Value) {
        self.kind = kind
        self.mapping = mapping
    }

    var pyClass: PyType { MappingView.types[kind]! }

    private func elements(_ i: Interpreter) throws -> [Value] {
        let keys = try i.iterateToArray(mapping)
        switch kind {
        case .keys: return keys
        case .values: return try keys.map { try i.getItem(mapping, $0) }
        case .items: return try keys.map { .tuple([$0, try i.getItem(mapping, $0)]) }
        }
    }

    func makeIterator(_ interpreter: Interpreter) throws -> (() throws -> Value?)? {
        var iterator = try elements(interpreter).makeIterator()
        return { iterator.next() }
    }

    func length(_ interpreter: Interpreter) throws -> Int? { try interpreter.length(mapping) }

    func repr(_ interpreter: Interpreter) throws -> String { "\(kind.rawValue)(\(try interpreter.reprOf(mapping)))" }

    /// Keys and items views compare as sets with sets and other views.
    func compare(_ op: CompareOp, _ other: Value, _ interpreter: Interpreter) throws -> Value? {
        guard kind != .values, op == .eq || op == .ne else { return nil }
        let theirs: [Value]
        switch other {
        case .set(let s): theirs = s.items
        case .object(let view as PyDictView): theirs = try interpreter.iterateToArray(.object(view))
        case .native(let view as MappingView) where view.kind != .values: theirs = try interpreter.iterateToArray(other)
        default: return nil
        }
        let equal = try interpreter.equals(.set(try PySet(try elements(interpreter))), .set(try PySet(theirs)))
        return .bool(op == .eq ? equal : !equal)
    }
}
