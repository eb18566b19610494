extension Interpreter {
    /// `from __future__ import …`: the features are accepted (the scope checker validates them).
    /// `annotations` turns on postponed evaluation (see `Compiler.postponesAnnotations`); the
    /// others are what Python 3 does anyway.
    static func futureModule() -> [(String, Value)] {
        ["nested_scopes", "generators", "division", "absolute_import", "with_statement", "print_function",
         "unicode_literals", "generator_stop", "annotations"].map { ($0, .object(PyInstance(cls: futureFeature))) }
    }

    static let futureFeature = PyType(name: "_Feature", bases: [.object], module: "__future__")
}

extension Value {
    /// Whether this is one of `__future__`'s feature objects.
    var isFutureFeature: Bool {
        if case .object(let o as PyInstance) = self { return o.cls === Interpreter.futureFeature }
        return false
    }
}

extension Interpreter {

    /// The `string` module: constants, `capwords` and `Template`.
    func stringModule() -> [(String, Value)] {
        Interpreter.stringConstants() + [
            ("capwords", Builtins.function("capwords", ["s", "sep=None"]) { i, a in
                let words = try i.iterateToArray(try i.callMethod(a.values[0], "split", [a.values[1]], []))
                let capitalized = try words.map { try i.callMethod($0, "capitalize", [], []) }
                return .str(try i.joinStrings(a.values[1].isNone ? " " : try a.values[1].string("sep"), .list(PyList(capitalized))))
            }),
            ("Template", .type(StringTemplate.type)),
        ]
    }

    /// The `string` module's constants.
    static func stringConstants() -> [(String, Value)] {
        let lower = "abcdefghijklmnopqrstuvwxyz", upper = lower.uppercased(), digits = "0123456789"
        let punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", whitespace = " \t\n\r\u{0B}\u{0C}"
        return [
            ("ascii_lowercase", .str(lower)), ("ascii_uppercase", .str(upper)), ("ascii_letters", .str(lower + upper)),
            ("digits", .str(digits)), ("hexdigits", .str(digits + "abcdefABCDEF")), ("octdigits", .str("01234567")),
            ("punctuation", .str(punctuation)), ("whitespace", .str(whitespace)),
            ("printable", .str(digits + lower + upper + punctuation + whitespace)),
        ]
    }

    /// `typing`: names usable in annotations (subscriptable, otherwise inert).
    static func typingModule() -> [(String, Value)] {
        let union = PyType(name: "Union", bases: [.object], module: "typing")
        return (TypingForms.specialNames + ["Annotated"]).map { name in
            let t = name == "Union" ? union : PyType(name: name, bases: [.object], module: "typing")
            t.dict["__class_getitem__"] = Builtins.function("__class_getitem__", ["cls", "item"]) { i, a in
                switch name {
                case "Union", "Optional": return try i.typingUnion(union, a.values[1], optional: name == "Optional")
                case "Annotated":
                    guard case .tuple(let items) = a.values[1], items.count >= 2 else {
                        throw PyException.typeError("Annotated[...] should be used with at least two arguments (a type and an annotation).")
                    }
                    return .native(GenericAlias(origin: t, args: items, typingName: name))
                case "Literal": return .native(GenericAlias(origin: t, item: a.values[1], typingName: name))
                default:
                    // typing's aliases hold None as NoneType (`List[None]` is `typing.List[NoneType]`).
                    let alias = GenericAlias(origin: t, item: a.values[1], typingName: name)
                    return .native(GenericAlias(origin: t, args: alias.args.map { $0.isNone ? .type(.noneType) : $0 }, typingName: name))
                }
            }
            t.constructor = { _, _, _ in .type(t) }
            return (name, .type(t))
        } + typingBases() + [
            ("NamedTuple", .type(TypingClasses.namedTuple)), ("TypedDict", .type(TypingClasses.typedDict)),
            ("TYPE_CHECKING", .bool(false)),
            ("TypeVar", .type(TypeVariable.type)),
            ("get_type_hints", Builtins.function("get_type_hints", ["obj", "globalns=None", "localns=None", "include_extras=False"]) { i, a in
                guard a.values[1].isNone, a.values[2].isNone else {
                    throw PyException(.notImplementedError, "get_type_hints() with globalns or localns is not supported by labrun")
                }
                return try i.typeHints(a.values[0])
            }),
            ("cast", Builtins.function("cast", ["typ", "val"]) { _, a in a.values[1] }),
            ("get_origin", Builtins.function("get_origin", ["tp"]) { i, a in try i.typingOrigin(a.values[0]) }),
            ("get_args", Builtins.function("get_args", ["tp"]) { i, a in i.typingArgs(a.values[0]) }),
            ("ForwardRef", .type(ForwardReference.type)),
            ("overload", Builtins.function("overload", ["func"]) { _, a in a.values[0] }),
            ("final", Builtins.function("final", ["f"]) { _, a in a.values[0] }),
            ("runtime_checkable", Builtins.function("runtime_checkable", ["cls"]) { i, a in try i.markRuntimeProtocol(a.values[0]) }),
        ]
    }

    /// `Generic` and `Protocol` (see `TypingClasses.generic`).
    private static func typingBases() -> [(String, Value)] {
        [("Generic", .type(TypingClasses.generic)), ("Protocol", .type(TypingClasses.protocolBase))]
    }

    /// The `copy` module.
    func copyModule() -> [(String, Value)] {
        [
            ("copy", Builtins.function("copy", ["x", "/"]) { i, a in try i.shallowCopy(a.values[0]) }),
            ("deepcopy", Builtins.function("deepcopy", ["x", "memo=None", "/"]) { i, a in
                // CPython's copy.deepcopy recurses through two Python frames per level.
                try DeepCopier(maxDepth: max(0, (i.recursionLimit - i.depth) / 2)).boundedCopy(a.values[0])
            }),
        ]
    }

    /// `copy.copy`.
    func shallowCopy(_ v: Value) throws -> Value {
        switch v {
        case .list(let l):
            let r = PyList(l.items)
            r.subtype = l.subtype
            r.maxLength = l.maxLength
            return .list(r)
        case .dict(let d):
            let r = PyDict(d.storage)
            r.subtype = d.subtype
            r.defaultFactory = d.defaultFactory
            return .dict(r)
        case .set(let s): return .set(s.copy())
        case .object(let b as PyBytes) where b.isMutable: return .object(PyBytes(b.bytes, mutable: true))
        case .object(let inst as PyInstance):
            if let m = inst.cls.lookup("__copy__") { return try callMethodValue(m, receiver: v, []) }
            let r = PyInstance(cls: inst.cls, builtinValue: inst.builtinValue)
            r.dict = inst.dict
            return .object(r)
        default: return v
        }
    }
}
