extension EnumTypes {
    /// `EnumType`'s methods, which apply to enum classes: iteration in definition order without
    /// aliases, `len`, `Color['RED']`, `m in Color`, `Color(1)` (value look-up, or the
    /// functional API with names), `__members__`, the class repr, and members kept from being
    /// reassigned or deleted.
    static func installMetaclassMethods(_ t: PyType) {
        func cls(_ a: Signature.Bound) throws -> PyType {
            guard case .type(let c) = a.values[0] else { throw PyException.typeError("EnumType method needs an enum class") }
            return c
        }
        Builtins.method(t, "__iter__", []) { i, a in try i.iteratorObject(.list(PyList(try members(cls(a))))) }
        Builtins.method(t, "__reversed__", []) { i, a in try i.iteratorObject(.list(PyList(try members(cls(a)).reversed()))) }
        Builtins.method(t, "__len__", []) { _, a in .int(try members(cls(a)).count) }
        Builtins.method(t, "__bool__", []) { _, _ in .bool(true) }
        Builtins.method(t, "__getitem__", ["name"]) { i, a in
            guard case .dict(let map)? = try cls(a).lookup("_member_map_"), let m = map.storage[try HashKey(a.values[1])] else {
                throw PyException.keyError(a.values[1])
            }
            return m
        }
        Builtins.method(t, "__dir__", []) { i, a in
            let c = try cls(a)
            // Enum defines __init_subclass__, so 3.11 always lists it.
            var names: Set<String> = ["__class__", "__contains__", "__doc__", "__getitem__", "__init_subclass__", "__iter__", "__len__",
                                      "__members__", "__module__", "__name__", "__qualname__"]
            if case .list(let members)? = c.lookup("_member_names_") { for case .str(let n) in members.items { names.insert(n) } }
            if c.lookup("__new_member__") != nil { names.insert("__new__") }
            if let data = memberType(c) { names.formUnion(i.attributeNames(.type(data))) }
            return .list(PyList(names.sorted().map { .str($0) }))
        }
        Builtins.method(t, "__getattr__", ["name"]) { _, a in
            if case .dict(let map)? = try cls(a).lookup("_member_map_"), let m = map.storage[try HashKey(a.values[1])] { return m }
            throw PyException(.attributeError, args: [a.values[1]])
        }
        Builtins.method(t, "__contains__", ["member"]) { _, a in
            let c = try cls(a), item = a.values[1]
            guard isMember(item) else {
                throw PyException.typeError("unsupported operand type(s) for 'in': '\(item.typeName)' and 'EnumType'")
            }
            guard item.pyType.isSubclass(of: c), case .str(let name) = attribute(item, "_name_") else { return .bool(false) }
            return .bool(try memberMap(c).contains { $0.0 == name })
        }
        Builtins.method(t, "__repr__", []) { _, a in
            let c = try cls(a)
            return .str("<\(isFlag(c) ? "flag" : "enum") '\(c.name)'>")
        }
        Builtins.method(t, "__setattr__", ["name", "value"]) { _, a in
            let c = try cls(a), name = try a.values[1].string("attribute name")
            if case .dict(let map)? = c.dict["_member_map_"], map[string: name] != nil {
                throw PyException.attributeError("cannot reassign member '\(name)'")
            }
            c.dict[name] = a.values[2]
            return .none
        }
        Builtins.method(t, "__delattr__", ["name"]) { _, a in
            let c = try cls(a), name = try a.values[1].string("attribute name")
            if case .dict(let map)? = c.dict["_member_map_"], map[string: name] != nil {
                throw PyException.attributeError("'\(c.name)' cannot delete member '\(name)'.")
            }
            guard c.dict.removeValue(forKey: name) != nil else {
                throw PyException.attributeError("type object '\(c.name)' has no attribute '\(name)'")
            }
            return .none
        }
        t.dict["__members__"] = property("__members__") { v in
            guard case .type(let c) = v, case .dict(let map)? = c.lookup("_member_map_") else { return .none }
            return .native(PyMappingProxy(map))
        }
        Builtins.method(t, "__call__", ["value", "names=None", "*", "module=None", "qualname=None", "type=None", "start=1", "boundary=None"]) { i, a in
            let c = try cls(a)
            guard a.values[2].isNone else {
                return .type(try i.functionalEnum(base: c, name: a.values[1], names: a.values[2], mixin: a.values[5], start: a.values[6],
                                                  qualname: a.values[4], boundary: a.values[7]))
            }
            return try i.enumMember(c, byValue: a.values[1])
        }
    }
}

extension Interpreter {
    /// `Color(value)`: the member with that value (aliases give their canonical member), else
    /// what `_missing_` returns, else ValueError.
    func enumMember(_ cls: PyType, byValue value: Value) throws -> Value {
        if value.pyType === cls, EnumTypes.isMember(value) { return value }
        guard case .dict(let byValue)? = cls.lookup("_value2member_map_") else { throw PyException.typeError("\(cls.name) is not an enum") }
        if let key = try? HashKey(value) {
            if let m = byValue.storage[key] { return m }
        } else {
            for (_, m) in try EnumTypes.memberMap(cls) where try equals(EnumTypes.value(m), value) { return m }
        }
        let map = try EnumTypes.memberMap(cls)
        if map.isEmpty { throw PyException.typeError("\(try reprOf(.type(cls))) has no members defined") }
        var qualname = cls.name
        if case .str(let q)? = cls.dict["__qualname__"] { qualname = q }
        let invalid = PyException.valueError("\(try reprOf(value)) is not a valid \(qualname)")
        let result: Value
        do {
            result = try call(getAttribute(.type(cls), "_missing_"), [value])
        } catch let error as PyException {
            if !error.cls.isSubclass(of: .valueError) && error.context == nil { error.context = invalid }
            throw error
        }
        if result.pyType.isSubclass(of: cls) { return result }
        if result.isNone { throw invalid }
        let error = PyException.typeError("error in \(cls.name)._missing_: returned \(try reprOf(result)) instead of None or a valid member")
        error.context = invalid
        throw error
    }

    /// `Enum('Color', 'RED GREEN')` and its list, pair and dict forms: a new enum class deriving
    /// from `base` (and the `type=` mixin), its values from `_generate_next_value_` when only
    /// names are given.
    func functionalEnum(base: PyType, name: Value, names: Value, mixin: Value, start: Value, qualname: Value,
                        boundary: Value) throws -> PyType {
        guard boundary.isNone else { throw PyException.typeError("Enum(..., boundary=) is not supported yet") }
        let className = try name.string("class name")
        var bases = [base]
        if case .type(let m) = mixin { bases.insert(m, at: 0) } else if !mixin.isNone {
            throw PyException.typeError("type= must be a class, not \(mixin.typeName)")
        }
        var pairs: [(String, Value)] = []
        var items: [Value]
        if case .str(let text) = names {
            items = text.replacingOccurrences(of: ",", with: " ").split(separator: " ").map { .str(String($0)) }
        } else if case .dict(let d) = names {
            for (k, v) in d.storage { pairs.append((try k.value.string("member name"), v)) }
            items = []
        } else {
            items = try iterateToArray(names)
        }
        if let first = items.first, case .str = first {
            let generate = try getAttribute(.type(base), "_generate_next_value_")
            var last: [Value] = []
            for (count, item) in items.enumerated() {
                let value = try call(generate, [item, start, .int(count), .list(PyList(last))])
                last.append(value)
                pairs.append((try item.string("member name"), value))
            }
        } else {
            for item in items {
                let pair = try iterateToArray(item)
                guard pair.count == 2 else { throw PyException.valueError("too many values to unpack (expected 2)") }
                pairs.append((try pair[0].string("member name"), pair[1]))
            }
        }
        let filter = EnumNamespace(self, bases)
        var namespace: [(String, Value)] = [("__module__", .str("__main__")), ("__qualname__", qualname.isNone ? .str(className) : qualname)]
        for (k, v) in pairs { namespace.append((k, try filter.store(k, v))) }
        return try createClass(name: className, bases: bases, namespace: namespace)
    }
}
