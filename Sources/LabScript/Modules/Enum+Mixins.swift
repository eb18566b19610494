extension Interpreter {
    /// For an enum mixing in `int`, `float` or `str` (`IntEnum`, `class Tok(str, Enum)`): members
    /// compare, hash, compute, convert and (for str) index and iterate as their value does, and the
    /// data type's methods (`upper`, `bit_length`) act on the value. As in CPython, the enum's own
    /// `__repr__` stays, as do its `__str__`/`__format__` unless the enum derives from `ReprEnum`,
    /// and `Flag`'s bit operators; methods a class of the program defines are never replaced.
    func installMixinMethods(_ cls: PyType, _ memberType: PyType?) {
        guard let data = memberType, !data.isUserDefined else { return }
        var kept: Set<String> = ["__repr__"]
        if !cls.isSubclass(of: EnumTypes.reprEnum) { kept.formUnion(["__str__", "__format__"]) }
        if cls.isSubclass(of: EnumTypes.flag) {
            kept.formUnion(["__or__", "__and__", "__xor__", "__ror__", "__rand__", "__rxor__", "__invert__"])
        }
        func install(_ name: String, _ body: @escaping (Interpreter, Value, [Value], [(String, Value)]) throws -> Value) {
            guard !kept.contains(name), !cls.mro.contains(where: { $0.isUserDefined && $0.dict[name] != nil }) else { return }
            cls.dict[name] = .builtin(PyBuiltin(name: name, qualname: "\(data.name).\(name)", isMethod: true) { i, args, keywords in
                guard let receiver = args.first else { throw PyException.typeError("\(data.name).\(name) needs an argument") }
                return try body(i, EnumTypes.value(receiver), Array(args.dropFirst()), keywords)
            })
        }
        func one(_ args: [Value], _ name: String) throws -> Value {
            guard args.count == 1 else { throw PyException.typeError("expected 1 argument, got \(args.count)") }
            return args[0]
        }
        for op in [CompareOp.lt, .le, .eq, .ne, .gt, .ge] {
            install(op.dunder) { i, v, a, _ in try i.compare(op, v, one(a, "")) }
        }
        install("__hash__") { i, v, _, _ in .int(try i.hashOf(v)) }
        install("__bool__") { i, v, _, _ in .bool(try i.truthy(v)) }
        install("__str__") { i, v, _, _ in .str(try i.strOf(v)) }
        // As int.__format__ and str.__format__ do for subclasses, an empty spec gives str(member).
        if !kept.contains("__format__"), !cls.mro.contains(where: { $0.isUserDefined && $0.dict["__format__"] != nil }) {
            Builtins.method(cls, "__format__", ["format_spec", "/"]) { i, a in
                let spec = try a.values[1].string("format_spec")
                if spec.isEmpty { return .str(try i.strOf(a.values[0])) }
                return .str(try i.format(EnumTypes.value(a.values[0]), spec))
            }
        }
        for op in BinaryOp.allCases where op != .matmul {
            install("__\(op.dunderStem)__") { i, v, a, _ in try Self.orNotImplemented { try i.binary(op, v, one(a, "")) } }
            install("__r\(op.dunderStem)__") { i, v, a, _ in try Self.orNotImplemented { try i.binary(op, one(a, ""), v) } }
        }
        if data === PyType.str {
            install("__len__") { i, v, _, _ in .int(try i.length(v)) }
            install("__getitem__") { i, v, a, _ in try i.getItem(v, one(a, "")) }
            install("__contains__") { i, v, a, _ in .bool(try i.contains(v, one(a, ""))) }
            install("__iter__") { i, v, _, _ in try i.iteratorObject(v) }
        } else {
            for op in [UnaryOp.neg, .pos, .invert] { install(op.dunder) { i, v, _, _ in try i.unary(op, v) } }
            install("__abs__") { i, v, _, _ in try i.absolute(v) }
            install("__round__") { i, v, a, _ in try i.round(v, a.first ?? .none) }
            install("__divmod__") { i, v, a, _ in .tuple([try i.binary(.floordiv, v, one(a, "")), try i.binary(.mod, v, one(a, ""))]) }
            install("__rdivmod__") { i, v, a, _ in .tuple([try i.binary(.floordiv, one(a, ""), v), try i.binary(.mod, one(a, ""), v)]) }
            install("__float__") { i, v, _, _ in try i.call(.type(.float), [v]) }
            install("__int__") { i, v, _, _ in try i.call(.type(.int), [v]) }
            if data === PyType.int { install("__index__") { _, v, _, _ in v } }
        }
        let dataAttributes = data === PyType.str ? [] : ["real", "imag"] + (data === PyType.int ? ["numerator", "denominator"] : [])
        for name in dataAttributes where !cls.mro.contains(where: { $0.isUserDefined && $0.dict[name] != nil }) {
            cls.dict[name] = EnumTypes.property(name) { member in try self.getAttribute(EnumTypes.value(member), name) }
        }
        for (name, method) in data.dict where !name.hasPrefix("__") {
            guard case .builtin(let b) = method, b.isMethod else { continue }
            install(name) { i, v, a, keywords in try i.callBuiltin(b, [v] + a, keywords) }
        }
    }

    /// The operation's result, or NotImplemented when the value's type does not support it (so
    /// the error names the enum's class, as CPython's does).
    private static func orNotImplemented(_ operation: () throws -> Value) throws -> Value {
        do { return try operation() } catch let e as PyException where e.cls === PyType.typeError {
            return .object(PySingleton.notImplemented)
        }
    }
}
