extension EnumTypes {
    /// `Flag`'s methods: the bit operators (which look the result up by value, making a
    /// pseudo-member for combinations such as `<Perm.READ|WRITE: 3>`), membership of bits,
    /// iteration over the set bits' members, and its repr and str.
    static func installFlagMethods(_ t: PyType) {
        t.dict["_generate_next_value_"] = Builtins.function("_generate_next_value_", ["name", "start", "count", "last_values"]) { i, a in
            let last = try i.iterateToArray(a.values[3])
            guard try i.intArgument(a.values[2]) != 0, !last.isEmpty else { return a.values[1].isNone ? .int(1) : a.values[1] }
            var highest = 0
            for v in last {
                guard let n = v.asInt else { throw PyException.typeError("invalid flag value \(try i.reprOf(v))") }
                highest = max(highest, n)
            }
            return .int(1 << (Int.bitWidth - highest.leadingZeroBitCount))
        }
        t.dict["_missing_"] = .object(PyDescriptor(.classMethod, Builtins.function("_missing_", ["cls", "value"]) { i, a in
            guard case .type(let cls) = a.values[0] else { return .none }
            return try i.flagPseudoMember(cls, a.values[1])
        }))
        Builtins.method(t, "__repr__", []) { i, a in
            let member = a.values[0], name = member.pyType.name
            guard case .str(let own) = attribute(member, "_name_") else { return .str("<\(name): \(try i.reprOf(value(member)))>") }
            return .str("<\(name).\(own): \(try i.reprOf(value(member)))>")
        }
        Builtins.method(t, "__str__", []) { i, a in
            let member = a.values[0], name = member.pyType.name
            guard case .str(let own) = attribute(member, "_name_") else { return .str("\(name)(\(try i.reprOf(value(member))))") }
            return .str("\(name).\(own)")
        }
        Builtins.method(t, "__bool__", []) { i, a in .bool(try i.truthy(value(a.values[0]))) }
        Builtins.method(t, "__len__", []) { _, a in .int(bits(a.values[0]).nonzeroBitCount) }
        Builtins.method(t, "__iter__", []) { i, a in
            guard case .object(let inst as PyInstance) = a.values[0] else { return .none }
            return try i.iteratorObject(.list(PyList(try i.flagMembers(inst.cls, bits(a.values[0])))))
        }
        Builtins.method(t, "__contains__", ["other"]) { _, a in
            let flag = a.values[0], other = a.values[1]
            guard other.pyType.isSubclass(of: flag.pyType) else {
                throw PyException.typeError("unsupported operand type(s) for 'in': '\(other.typeName)' and '\(flag.typeName)'")
            }
            return .bool(bits(other) & bits(flag) == bits(other))
        }
        for (name, combine) in [("or", { (x: Int, y: Int) in x | y }), ("and", { $0 & $1 }), ("xor", { $0 ^ $1 })] {
            for dunder in ["__\(name)__", "__r\(name)__"] {
                Builtins.method(t, dunder, ["other"]) { i, a in
                    let flag = a.values[0], other = a.values[1]
                    let otherBits: Int
                    if other.pyType.isSubclass(of: flag.pyType) {
                        otherBits = bits(other)
                    } else if memberType(flag.pyType) != nil, let n = other.asInt, !isMember(other) {
                        otherBits = n
                    } else {
                        return .object(PySingleton.notImplemented)
                    }
                    return try i.call(.type(flag.pyType), [.int(combine(bits(flag), otherBits))])
                }
            }
        }
        Builtins.method(t, "__invert__", []) { i, a in
            let flag = a.values[0], cls = flag.pyType
            let keep = boundaryKeeps(cls)
            let inverted = keep ? ~bits(flag) : intAttribute(cls, "_singles_mask_") & ~bits(flag)
            return try i.call(.type(cls), [.int(inverted)])
        }
    }

    /// A flag member's value as bits.
    static func bits(_ member: Value) -> Int { value(member).asInt ?? 0 }

    static func intAttribute(_ t: PyType, _ name: String) -> Int { t.lookup(name)?.asInt ?? 0 }

    /// True for `IntFlag`-style flags (CPython's `boundary=KEEP`), which keep unknown bits.
    static func boundaryKeeps(_ t: PyType) -> Bool { t.isSubclass(of: intFlag) }
}

extension Interpreter {
    /// The members whose single bits are set in `bits`, by increasing value or, when the
    /// members were not defined in value order, in definition order.
    func flagMembers(_ cls: PyType, _ bits: Int) throws -> [Value] {
        guard case .dict(let byValue)? = cls.lookup("_value2member_map_") else { return [] }
        var found: [Value] = []
        var rest = bits & EnumTypes.intAttribute(cls, "_flag_mask_")
        while rest != 0 {
            let low = rest & -rest
            if let m = byValue.storage[try HashKey(.int(low))] { found.append(m) }
            rest &= rest - 1
        }
        if case .bool(true)? = cls.lookup("_iter_by_definition_") {
            found.sort { (EnumTypes.attribute($0, "_sort_order_").asInt ?? 0) < (EnumTypes.attribute($1, "_sort_order_").asInt ?? 0) }
        }
        return found
    }

    /// `Flag._missing_`: the member for a combination of bits, made once and kept by value.
    func flagPseudoMember(_ cls: PyType, _ value: Value) throws -> Value {
        guard var bits = value.asInt else {
            throw PyException.valueError("\(try reprOf(value)) is not a valid \(cls.name)")
        }
        let flagMask = EnumTypes.intAttribute(cls, "_flag_mask_")
        let singles = EnumTypes.intAttribute(cls, "_singles_mask_")
        let allBits = EnumTypes.intAttribute(cls, "_all_bits_")
        let keep = EnumTypes.boundaryKeeps(cls)
        if !(~allBits <= bits && bits <= allBits) || bits & (allBits ^ flagMask) != 0 {
            guard keep else {
                let width = max(Self.bitLength(bits), Self.bitLength(flagMask))
                throw PyException.valueError("\(try reprOf(.type(cls))) invalid value \(bits)\n    given \(Self.binary(bits, width))\n  allowed \(Self.binary(flagMask, width))")
            }
            if bits < 0 { bits = max(allBits + 1, 1 << Self.bitLength(bits)) + bits }
        }
        var negative: Int?
        if bits < 0 {
            negative = bits
            bits = allBits + 1 + bits
        }
        let aliases = bits & ~singles
        let memberBits = bits & singles
        let pseudo = PyInstance(cls: cls)
        pseudo.dict["_value_"] = .int(bits)
        var name: Value = .none
        if memberBits != 0 || aliases != 0 {
            var members = try flagMembers(cls, memberBits)
            var combined = members.reduce(0) { $0 | EnumTypes.bits($1) }
            if aliases != 0 {
                let wanted = memberBits | aliases
                for (_, m) in try EnumTypes.memberMap(cls) {
                    let v = EnumTypes.bits(m)
                    if v != 0, v & wanted == v, !members.contains(where: { Self.same($0, m) }) {
                        members.append(m)
                        combined |= v
                    }
                }
            }
            let unknown = (memberBits | aliases) ^ combined
            if combined != 0 {
                var text = try members.map { try EnumTypes.memberName($0) }.joined(separator: "|")
                if unknown != 0 {
                    guard keep else { throw PyException.valueError("\(try reprOf(.type(cls))): no members with value \(unknown)") }
                    text += "|\(unknown)"
                }
                name = .str(text)
            }
        }
        pseudo.dict["_name_"] = name
        pseudo.dict["__objclass__"] = .type(cls)
        guard case .dict(let byValue)? = cls.dict["_value2member_map_"] else { return .object(pseudo) }
        let key = try HashKey(.int(bits))
        let member = byValue.storage[key] ?? .object(pseudo)
        byValue.storage[key] = member
        if let negative { byValue.storage[try HashKey(.int(negative))] = member }
        return member
    }

    private static func same(_ a: Value, _ b: Value) -> Bool {
        if case .object(let x) = a, case .object(let y) = b { return x === y }
        return false
    }

    static func bitLength(_ n: Int) -> Int { n == 0 ? 0 : Int.bitWidth - n.magnitude.leadingZeroBitCount }

    /// CPython enum's `bin(value, width)`: a sign digit, a space, then the bits padded to `width`
    /// with the sign digit (`0b0 0110`; negatives in two's complement, `0b1 1010`).
    static func binary(_ n: Int, _ width: Int) -> String {
        let ceiling = 1 << bitLength(n)
        var text = n >= 0 ? String(n + ceiling, radix: 2) : String(~n ^ (2 * ceiling - 1), radix: 2)
        if n >= 0 { text = "0" + text.dropFirst() }
        let sign = text.first ?? "0"
        var digits = String(text.dropFirst())
        if digits.count < width { digits = String((String(repeating: sign, count: width) + digits).suffix(width)) }
        return "0b\(sign) \(digits)"
    }
}
