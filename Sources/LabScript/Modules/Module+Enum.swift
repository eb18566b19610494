extension Interpreter {
    /// The `enum` module: `Enum`, `IntEnum`, `StrEnum`, `Flag`, `IntFlag`, `auto`, `unique`,
    /// `member`/`nonmember` and the metaclass `EnumType` (alias `EnumMeta`), with CPython 3.11's
    /// printed forms and messages. Classes deriving from `Enum` are built by `EnumType`'s
    /// class builder (`Enum+Creation.swift`).
    func enumModule() -> [(String, Value)] {
        let unique = Builtins.function("unique", ["enumeration"]) { i, a in
            let cls = a.values[0]
            guard case .type(let t) = cls, t.metaclass === EnumTypes.metaclass else {
                throw PyException.typeError("unique() requires an Enum class")
            }
            let aliases = try EnumTypes.memberMap(t).compactMap { name, member -> String? in
                let canonical = try EnumTypes.memberName(member)
                return canonical == name ? nil : "\(name) -> \(canonical)"
            }
            if !aliases.isEmpty {
                throw PyException.valueError("duplicate values found in \(try i.reprOf(cls)): \(aliases.joined(separator: ", "))")
            }
            return cls
        }
        return [
            ("EnumType", .type(EnumTypes.metaclass)), ("EnumMeta", .type(EnumTypes.metaclass)),
            ("Enum", .type(EnumTypes.enumClass)), ("ReprEnum", .type(EnumTypes.reprEnum)),
            ("IntEnum", .type(EnumTypes.intEnum)), ("StrEnum", .type(EnumTypes.strEnum)),
            ("Flag", .type(EnumTypes.flag)), ("IntFlag", .type(EnumTypes.intFlag)),
            ("auto", .type(EnumTypes.auto)), ("member", .type(EnumTypes.member)), ("nonmember", .type(EnumTypes.nonmember)),
            ("unique", unique),
        ]
    }
}

/// The classes of the `enum` module, made once. Enum state lives where CPython keeps it, in the
/// class's own attributes: `_member_names_` (canonical names in definition order), `_member_map_`
/// (every name, aliases included), `_value2member_map_` and `_member_type_`.
enum EnumTypes {
    static let metaclass: PyType = {
        let t = PyType(name: "EnumType", bases: [.type], module: "enum")
        installMetaclassMethods(t)
        t.namespaceFilter = { interp, bases in EnumNamespace(interp, bases).store }
        t.classBuilder = { interp, name, bases, namespace, keywords in
            try interp.createEnumClass(name: name, bases: bases, namespace: namespace, keywords: keywords)
        }
        return t
    }()

    static let enumClass: PyType = {
        let t = enumBase("Enum", [.object])
        installMemberMethods(t)
        return t
    }()
    static let reprEnum = enumBase("ReprEnum", [enumClass])
    static let intEnum = enumBase("IntEnum", [.int, reprEnum])
    static let strEnum: PyType = {
        let t = enumBase("StrEnum", [.str, reprEnum])
        t.dict["_generate_next_value_"] = Builtins.function("_generate_next_value_", ["name", "start", "count", "last_values"]) { _, a in
            .str(try a.values[0].string("name").lowercased())
        }
        return t
    }()
    static let flag: PyType = {
        let t = enumBase("Flag", [enumClass])
        installFlagMethods(t)
        return t
    }()
    static let intFlag = enumBase("IntFlag", [.int, reprEnum, flag])

    /// `auto()`: a placeholder the class body replaces with `_generate_next_value_`'s result.
    static let auto: PyType = wrapper("auto", parameters: ["value=None"])
    /// `member(x)` makes `x` a member even where it would not be one (a function).
    static let member: PyType = wrapper("member", parameters: ["value"])
    /// `nonmember(x)` keeps `x` a plain class attribute.
    static let nonmember: PyType = wrapper("nonmember", parameters: ["value"])

    private static func enumBase(_ name: String, _ bases: [PyType]) -> PyType {
        let t = PyType(name: name, bases: bases, module: "enum")
        t.metaclass = metaclass
        t.dict["_member_names_"] = .list(PyList())
        t.dict["_member_map_"] = .dict(PyDict())
        t.dict["_value2member_map_"] = .dict(PyDict())
        return t
    }

    private static func wrapper(_ name: String, parameters: [String]) -> PyType {
        let t = PyType(name: name, bases: [.object], module: "enum")
        let (sig, defaults) = Signature.parse(parameters)
        t.constructor = { _, args, keywords in
            let bound = try sig.bind(args, keywords, defaults: defaults, function: name)
            let instance = PyInstance(cls: t)
            instance.dict["value"] = bound.values[0]
            if name == "auto" { instance.dict["_given"] = .bool(bound.wasPassed(0)) }
            return .object(instance)
        }
        Builtins.method(t, "__repr__", []) { i, a in
            .str("\(name)(\(try i.reprOf(EnumTypes.attribute(a.values[0], "value"))))")
        }
        return t
    }

    // MARK: Reading enum state

    /// Whether `t` was made by `EnumType`.
    static func isEnum(_ t: PyType) -> Bool { t.metaclass === metaclass }

    static func attribute(_ v: Value, _ name: String) -> Value {
        if case .object(let inst as PyInstance) = v, let found = inst.dict[name] { return found }
        return .none
    }

    /// A member's `_name_` (None for a flag's pseudo-member of no named bits).
    static func memberName(_ member: Value) throws -> String {
        guard case .str(let s) = attribute(member, "_name_") else { return "None" }
        return s
    }

    static func value(_ member: Value) -> Value { attribute(member, "_value_") }

    static func isMember(_ v: Value) -> Bool {
        if case .object(let inst as PyInstance) = v, isEnum(inst.cls), inst.dict["_value_"] != nil { return true }
        return false
    }

    static func memberMap(_ t: PyType) throws -> [(String, Value)] {
        guard case .dict(let d)? = t.lookup("_member_map_") else { return [] }
        return d.storage.map { (k, v) in
            if case .str(let s) = k.value { return (s, v) }
            return ("", v)
        }
    }

    /// The canonical members in definition order (what iterating the class yields).
    static func members(_ t: PyType) throws -> [Value] {
        guard case .list(let names)? = t.lookup("_member_names_"), case .dict(let map)? = t.lookup("_member_map_") else { return [] }
        return names.items.compactMap { name in (try? HashKey(name)).flatMap { map.storage[$0] } }
    }

    /// The data type members also are (`int` for `IntEnum`), or nil for plain enums.
    static func memberType(_ t: PyType) -> PyType? {
        if case .type(let m)? = t.lookup("_member_type_"), m !== PyType.object { return m }
        return nil
    }

    static func isFlag(_ t: PyType) -> Bool { t.isSubclass(of: flag) }
}
