/// What an enum class body binds, seen as CPython's `_EnumDict` sees it: `auto()` becomes the next
/// value at once (so later lines of the body can use it), `_ignore_` and `_generate_next_value_`
/// are noted, and reused member names are refused. The class builder runs the finished namespace
/// through a fresh one to learn the members.
final class EnumNamespace {
    private let interp: Interpreter
    private(set) var memberNames: [String] = []
    private(set) var values: [String: Value] = [:]
    private(set) var ignored: Set<String> = []
    private var lastValues: [Value] = []
    private var generate: Value?
    private var autoCalled = false

    static let allowedSunders: Set<String> = [
        "_order_", "_generate_next_value_", "_numeric_repr_", "_missing_", "_ignore_",
        "_iter_member_", "_iter_member_by_value_", "_iter_member_by_def_",
    ]

    init(_ interp: Interpreter, _ bases: [PyType]) {
        self.interp = interp
        generate = bases.last?.lookup("_generate_next_value_").map(Self.unwrapStatic)
    }

    /// The value `name` is bound to in the class namespace.
    func store(_ name: String, _ value: Value) throws -> Value {
        if Self.isPrivate(name) || Self.isDunder(name) { return value }
        if Self.isSunder(name) {
            guard Self.allowedSunders.contains(name) else {
                throw PyException.valueError("_sunder_ names, such as '\(name)', are reserved for future Enum use")
            }
            if name == "_generate_next_value_" {
                if autoCalled { throw PyException.typeError("_generate_next_value_ must be defined before members") }
                generate = Self.unwrapStatic(value)
            } else if name == "_ignore_" {
                let names: [Value]
                if case .str(let text) = value {
                    names = text.replacingOccurrences(of: ",", with: " ").split(separator: " ").map { .str(String($0)) }
                } else {
                    names = try interp.iterateToArray(value)
                }
                ignored = Set(try names.map { try $0.string("_ignore_ names") })
                let already = memberNames.filter { ignored.contains($0) }
                if !already.isEmpty {
                    throw PyException.valueError("_ignore_ cannot specify already set names: {\(already.map { Format.stringRepr($0) }.joined(separator: ", "))}")
                }
            }
            values[name] = value
            return value
        }
        if memberNames.contains(name) {
            throw PyException.typeError("\(Format.stringRepr(name)) already defined as \(try interp.reprOf(values[name] ?? .none))")
        }
        if ignored.contains(name) || Self.wrapped(value, EnumTypes.nonmember) != nil || Self.isDescriptor(value) {
            values[name] = value
            return value
        }
        if let previous = values[name] {
            throw PyException.typeError("\(Format.stringRepr(name)) already defined as \(try interp.reprOf(previous))")
        }
        var resolved = value
        var autoStored = false
        if Self.isAuto(value) {
            resolved = try autoValue(name, value)
            autoStored = true
        } else if case .tuple(let items) = value, items.contains(where: Self.isAuto) {
            resolved = .tuple(try items.map { item in
                guard Self.isAuto(item) else { return item }
                autoStored = true
                return try autoValue(name, item)
            })
        }
        memberNames.append(name)
        if !autoStored { lastValues.append(Self.wrapped(resolved, EnumTypes.member) ?? resolved) }
        values[name] = resolved
        return resolved
    }

    private func autoValue(_ name: String, _ placeholder: Value) throws -> Value {
        if case .bool(true) = EnumTypes.attribute(placeholder, "_given") {
            let given = EnumTypes.attribute(placeholder, "value")
            lastValues.append(given)
            return given
        }
        guard let generate else { throw PyException.typeError("auto() needs _generate_next_value_") }
        let value = try interp.call(generate, [.str(name), .int(1), .int(memberNames.count), .list(PyList(lastValues))])
        autoCalled = true
        lastValues.append(value)
        return value
    }

    static func isDunder(_ name: String) -> Bool {
        let c = Array(name.utf8)
        return c.count > 4 && name.hasPrefix("__") && name.hasSuffix("__") && c[2] != UInt8(ascii: "_") && c[c.count - 3] != UInt8(ascii: "_")
    }

    static func isSunder(_ name: String) -> Bool {
        let c = Array(name.utf8), u = UInt8(ascii: "_")
        return c.count > 2 && c[0] == u && c[1] != u && c[c.count - 1] == u && c[c.count - 2] != u
    }

    /// `__x` in a class body (mangled to `_Class__x`): an ordinary attribute.
    static func isPrivate(_ name: String) -> Bool { name.hasPrefix("__") && !name.hasSuffix("__") }

    /// Functions, properties, class and static methods, and objects whose class defines `__get__`,
    /// `__set__` or `__delete__` stay ordinary class attributes.
    static func isDescriptor(_ v: Value) -> Bool {
        switch v {
        case .function: return true
        case .object(is PyDescriptor): return true
        case .object(let inst as PyInstance):
            return ["__get__", "__set__", "__delete__"].contains { inst.cls.lookup($0) != nil }
        default: return false
        }
    }

    static func isAuto(_ v: Value) -> Bool {
        if case .object(let inst as PyInstance) = v { return inst.cls === EnumTypes.auto }
        return false
    }

    /// The value inside a `member(...)`/`nonmember(...)` wrapper of class `wrapper`, else nil.
    static func wrapped(_ v: Value, _ wrapper: PyType) -> Value? {
        if case .object(let inst as PyInstance) = v, inst.cls === wrapper { return inst.dict["value"] }
        return nil
    }

    private static func unwrapStatic(_ v: Value) -> Value {
        if case .object(let d as PyDescriptor) = v, d.kind == .staticMethod { return d.function }
        return v
    }
}

extension Interpreter {
    /// `EnumType`'s class builder: checks the bases, makes the class from the body's other names,
    /// then its members in definition order (aliases for repeated values), and the methods of
    /// a data type it mixes in (`IntEnum`'s `int`, `class Tok(str, Enum)`).
    func createEnumClass(name: String, bases: [PyType], namespace: [(String, Value)], keywords: [(String, Value)]) throws -> PyType {
        for base in bases {
            for t in base.mro where EnumTypes.isEnum(t) {
                guard try !EnumTypes.members(t).isEmpty else { continue }
                throw PyException.typeError("<enum '\(name)'> cannot extend \(try reprOf(.type(t)))")
            }
        }
        guard let firstEnum = bases.last, EnumTypes.isEnum(firstEnum) else {
            throw PyException.typeError("new enumerations should be created as `EnumName([mixin_type, ...] [data_type,] enum_type)`")
        }
        if keywords.contains(where: { $0.0 == "boundary" }) { throw PyException.typeError("Flag boundary= is not supported yet") }
        let memberType = try enumDataType(name, bases)
        if let m = memberType, !m.isUserDefined, ![PyType.int, .str, .float].contains(where: { $0 === m }) {
            throw PyException.typeError("enums mixing in '\(m.name)' are not supported yet (only int, str, float and classes)")
        }
        let body = EnumNamespace(self, bases)
        var resolved: [(String, Value)] = []
        for (key, value) in namespace { resolved.append((key, try body.store(key, value))) }
        let memberNames = Set(body.memberNames)
        var classNamespace: [(String, Value)] = []
        for (key, value) in resolved where !memberNames.contains(key) && !body.ignored.contains(key) && key != "_ignore_" {
            classNamespace.append((key, EnumNamespace.wrapped(value, EnumTypes.nonmember) ?? value))
        }
        let isFlag = firstEnum.isSubclass(of: EnumTypes.flag)
        classNamespace += [
            ("_member_names_", .list(PyList())), ("_member_map_", .dict(PyDict())), ("_value2member_map_", .dict(PyDict())),
            ("_member_type_", .type(memberType ?? .object)),
        ]
        if isFlag { classNamespace += [("_flag_mask_", .int(0)), ("_singles_mask_", .int(0)), ("_all_bits_", .int(0))] }
        if let new = classNamespace.first(where: { $0.0 == "__new__" }) { classNamespace.append(("__new_member__", new.1)) }
        let cls = try makeUserClass(name: name, bases: bases, namespace: classNamespace, keywords: keywords, metaclass: EnumTypes.metaclass)
        for memberName in body.memberNames {
            let value = body.values[memberName] ?? .none
            try addEnumMember(cls, memberName, EnumNamespace.wrapped(value, EnumTypes.member) ?? value, memberType: memberType)
        }
        if isFlag {
            let values = try EnumTypes.members(cls).map { EnumTypes.bits($0) }
            if values != values.sorted() { cls.dict["_iter_by_definition_"] = .bool(true) }
        }
        try checkOrder(cls, resolved.first(where: { $0.0 == "_order_" })?.1)
        installMixinMethods(cls, memberType)
        return cls
    }

    /// CPython's `_find_data_type_`: the one non-enum class with its own `__new__`/`__init__`
    /// (or built-in) among the bases' MROs, or nil for plain enums.
    private func enumDataType(_ name: String, _ bases: [PyType]) throws -> PyType? {
        var found: [PyType] = []
        for chain in bases {
            var candidate: PyType?
            for base in chain.mro where base !== PyType.object {
                if EnumTypes.isEnum(base) {
                    if let m = EnumTypes.memberType(base) {
                        found.append(m)
                        break
                    }
                } else if !base.isUserDefined || base.dict["__new__"] != nil || base.dict["__init__"] != nil {
                    found.append(candidate ?? base)
                    break
                } else if candidate == nil {
                    candidate = base
                }
            }
        }
        var unique: [PyType] = []
        for t in found where !unique.contains(where: { $0 === t }) { unique.append(t) }
        if unique.count > 1 {
            throw PyException.typeError("too many data types for '\(name)': {\(unique.map { typeRepr($0) }.joined(separator: ", "))}")
        }
        return unique.first
    }

    /// Makes member `name` of `cls` from its value (CPython's `_proto_member.__set_name__`).
    private func addEnumMember(_ cls: PyType, _ name: String, _ value: Value, memberType: PyType?) throws {
        let args: [Value]
        if case .tuple(let items) = value { args = items } else { args = [value] }
        let member: PyInstance
        if let new = cls.lookup("__new_member__") {
            let function: Value
            if case .object(let d as PyDescriptor) = new, d.kind == .staticMethod { function = d.function } else { function = new }
            guard case .object(let made as PyInstance) = try call(function, [.type(cls)] + args), made.cls === cls else {
                throw PyException.typeError("an enum's __new__ must return object.__new__(cls) here; other __new__ results are not supported yet")
            }
            member = made
        } else {
            member = PyInstance(cls: cls)
        }
        if member.dict["_value_"] == nil {
            if let memberType {
                if cls.isSubclass(of: EnumTypes.strEnum) { try checkStrEnumArguments(args) }
                do {
                    member.dict["_value_"] = try call(.type(memberType), args)
                } catch let error as PyException {
                    let wrapped = PyException.typeError("_value_ not set in __new__, unable to create it")
                    wrapped.cause = error
                    throw wrapped
                }
            } else {
                member.dict["_value_"] = value
            }
        }
        let memberValue = member.dict["_value_"]!
        member.dict["_name_"] = .str(name)
        member.dict["__objclass__"] = .type(cls)
        if case .function(let initializer)? = cls.lookup("__init__") { _ = try callFunction(initializer, [.object(member)] + args, []) }
        guard case .list(let names)? = cls.dict["_member_names_"], case .dict(let map)? = cls.dict["_member_map_"],
              case .dict(let byValue)? = cls.dict["_value2member_map_"] else { return }
        member.dict["_sort_order_"] = .int(names.items.count)
        let isFlag = cls.isSubclass(of: EnumTypes.flag)
        var singleBit = false
        if isFlag {
            guard let bits = memberValue.asInt else { throw PyException.typeError("flag values must be int, not \(memberValue.typeName)") }
            singleBit = bits > 0 && bits & (bits - 1) == 0
            let mask = EnumTypes.intAttribute(cls, "_flag_mask_") | bits
            cls.dict["_flag_mask_"] = .int(mask)
            if singleBit { cls.dict["_singles_mask_"] = .int(EnumTypes.intAttribute(cls, "_singles_mask_") | bits) }
            cls.dict["_all_bits_"] = .int((1 << Interpreter.bitLength(mask)) - 1)
        }
        let key = try? HashKey(memberValue)
        var canonical: Value?
        if let key { canonical = byValue.storage[key] } else {
            canonical = try EnumTypes.memberMap(cls).first { try equals(EnumTypes.value($0.1), memberValue) }?.1
        }
        if canonical == nil && (!isFlag || singleBit) { names.items.append(.str(name)) }
        let result = canonical ?? .object(member)
        if case .object(let d as PyDescriptor)? = cls.lookup(name), d.kind == .property {
            throw PyException.typeError("an enum member named '\(name)' is not supported yet")
        }
        map[string: name] = result
        if let key, byValue.storage[key] == nil { byValue.storage[key] = result }
        cls.dict[name] = result
    }

    /// `StrEnum.__new__`'s checks of a member's arguments.
    private func checkStrEnumArguments(_ args: [Value]) throws {
        if args.count > 3 { throw PyException.typeError("too many arguments for str(): \(try reprOf(.tuple(args)))") }
        if args.count == 1, case .str = args[0] {} else if args.count == 1 {
            throw PyException.typeError("\(try reprOf(args[0])) is not a string")
        }
        if args.count >= 2, case .str = args[1] {} else if args.count >= 2 {
            throw PyException.typeError("encoding must be a string, not \(try reprOf(args[1]))")
        }
        if args.count == 3, case .str = args[2] {} else if args.count == 3 {
            throw PyException.typeError("errors must be a string, not \(try reprOf(args[2]))")
        }
    }

    /// `_order_`: the canonical single-bit members must be named in definition order.
    private func checkOrder(_ cls: PyType, _ order: Value?) throws {
        guard let order, !order.isNone else { return }
        var names: [String]
        if case .str(let text) = order {
            names = text.replacingOccurrences(of: ",", with: " ").split(separator: " ").map(String.init)
        } else {
            names = try iterateToArray(order).map { try $0.string("_order_ names") }
        }
        let map = Dictionary(try EnumTypes.memberMap(cls), uniquingKeysWith: { a, _ in a })
        let canonical = try EnumTypes.members(cls).map { try EnumTypes.memberName($0) }
        names = names.filter { n in map[n] == nil || canonical.contains(n) }
        if names != canonical {
            func list(_ xs: [String]) -> String { "[" + xs.map { Format.stringRepr($0) }.joined(separator: ", ") + "]" }
            throw PyException.typeError("member order does not match _order_:\n  \(list(canonical))\n  \(list(names))")
        }
    }
}
