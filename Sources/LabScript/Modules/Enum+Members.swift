extension EnumTypes {
    /// `Enum`'s own methods, which its members find through their class: `repr` (`<Color.RED: 1>`),
    /// `str` (`Color.RED`), `format` (of the `str`), hashing by name, `name` and `value`.
    static func installMemberMethods(_ t: PyType) {
        Builtins.method(t, "__repr__", []) { i, a in
            let member = a.values[0]
            return .str("<\(member.pyType.name).\(try memberName(member)): \(try i.reprOf(value(member)))>")
        }
        Builtins.method(t, "__str__", []) { _, a in
            .str("\(a.values[0].pyType.name).\(try memberName(a.values[0]))")
        }
        Builtins.method(t, "__format__", ["format_spec", "/"]) { i, a in
            .str(try i.format(.str(try i.strOf(a.values[0])), try a.values[1].string("format_spec")))
        }
        Builtins.method(t, "__hash__", []) { i, a in .int(try i.hashOf(attribute(a.values[0], "_name_"))) }
        Builtins.method(t, "__init__", ["*args", "**kwds"]) { _, _ in .none }
        Builtins.method(t, "__dir__", []) { i, a in
            let member = a.values[0], cls = member.pyType
            let memberNames = Set(try memberMap(cls).map { $0.0 })
            var names: Set<String> = ["__class__", "__doc__", "__eq__", "__hash__", "__module__"]
            if memberType(cls) != nil { names.formUnion(i.attributeNames(member)) }
            if case .object(let inst as PyInstance) = member {
                for name in inst.dict.keys where !name.hasPrefix("_") && !memberNames.contains(name) { names.insert(name) }
            }
            for t in cls.mro {
                for (name, value) in t.dict where !name.hasPrefix("_") {
                    if case .object(let d as PyDescriptor) = value, d.kind == .property {
                        names.insert(name)
                    } else if !memberNames.contains(name) {
                        names.insert(name)
                    }
                }
            }
            return .list(PyList(names.sorted().map { .str($0) }))
        }
        Builtins.method(t, "__copy__", []) { _, a in a.values[0] }
        Builtins.method(t, "__deepcopy__", ["memo"]) { _, a in a.values[0] }
        Builtins.method(t, "__reduce_ex__", ["proto"]) { _, a in
            throw PyException.typeError("pickling \(a.values[0].pyType.name) members is not supported (pickle is refused)")
        }
        t.dict["name"] = property("name") { member in attribute(member, "_name_") }
        t.dict["value"] = property("value") { member in attribute(member, "_value_") }
        t.dict["_missing_"] = .object(PyDescriptor(.classMethod, Builtins.function("_missing_", ["cls", "value"]) { _, _ in .none }))
        t.dict["_generate_next_value_"] = Builtins.function("_generate_next_value_", ["name", "start", "count", "last_values"]) { i, a in
            try nextValue(i, start: a.values[1], lastValues: try i.iterateToArray(a.values[3]))
        }
    }

    /// A read-only property whose getter reads the member.
    static func property(_ name: String, _ get: @escaping (Value) throws -> Value) -> Value {
        let getter = PyBuiltin(name: name) { _, args, _ in
            guard let member = args.first else { throw PyException.typeError("\(name) needs a member") }
            return try get(member)
        }
        return .object(PyDescriptor(.property, .builtin(getter)))
    }

    /// `Enum._generate_next_value_`: one more than the last value (CPython 3.11's rule, which
    /// falls back to the last value that supports `+ 1` when the values are not sortable).
    static func nextValue(_ i: Interpreter, start: Value, lastValues: [Value]) throws -> Value {
        guard let last = lastValues.last else { return start }
        let sorted = try? lastValues.sorted { try i.lessThan($0, $1) }
        if let sorted, let top = sorted.last, (try? i.equals(last, top)) == true {
            return try i.binary(.add, last, .int(1))
        }
        for v in lastValues.reversed() {
            if let next = try? i.binary(.add, v, .int(1)) { return next }
        }
        return start
    }
}
