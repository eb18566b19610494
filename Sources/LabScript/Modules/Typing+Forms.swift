/// typing's special forms: `Union`/`Optional` normalized as CPython normalizes them, `Annotated`,
/// `ForwardRef`, and `get_origin`/`get_args`.
enum TypingForms {
    /// The names that print as `typing.X` (CPython's special forms and generic aliases).
    static let specialNames = ["Any", "List", "Dict", "Tuple", "Set", "FrozenSet", "Optional", "Union", "Callable", "Iterable",
                               "Iterator", "Sequence", "Mapping", "Generator", "Type", "Literal", "Final", "ClassVar"]

    /// The built-in class each `typing` alias stands for (`get_origin(List[int])` is `list`).
    static let builtinOrigins: [String: PyType] = ["List": .list, "Dict": .dict, "Tuple": .tuple, "Set": .set,
                                                   "FrozenSet": .frozenset, "Type": .type]
}

extension Interpreter {
    /// `Union[...]` and `Optional[X]`: nested unions flattened, None as NoneType, repeats dropped;
    /// a single member is the member itself.
    func typingUnion(_ t: PyType, _ item: Value, optional: Bool) throws -> Value {
        var items: [Value]
        if case .tuple(let parts) = item { items = parts } else { items = [item] }
        if optional {
            guard items.count == 1 else { throw PyException.typeError("typing.Optional requires a single type. Got \(try reprOf(item)).") }
            items.append(.none)
        }
        var members: [Value] = []
        for member in items {
            let flattened: [Value]
            if case .native(let alias as GenericAlias) = member, alias.typingName == "Union" { flattened = alias.args } else { flattened = [member] }
            for m in flattened {
                let normalized = m.isNone ? Value.type(.noneType) : m
                if try !members.contains(where: { try equals($0, normalized) }) { members.append(normalized) }
            }
        }
        if members.count == 1 { return members[0] }
        return .native(GenericAlias(origin: t, args: members, typingName: "Union"))
    }

    /// `typing.get_origin`.
    func typingOrigin(_ v: Value) throws -> Value {
        switch v {
        case .native(let alias as GenericAlias):
            guard let name = alias.typingName else { return .type(alias.origin) }
            if let builtin = TypingForms.builtinOrigins[name] { return .type(builtin) }
            if ["Union", "Literal", "Annotated", "Final", "ClassVar"].contains(name) { return .type(alias.origin) }
            throw PyException(.notImplementedError, "get_origin() of typing.\(name)[...] is not supported by labrun")
        case .native(_ as AnnotationUnion): return .type(AnnotationUnion.type)
        case .object(_ as PyUnion): return .type(.unionType)
        case .type(let t) where t.module == "typing" && (t.name == "Generic" || t.name == "Protocol") && !t.isUserDefined: return v
        default: return .none
        }
    }

    /// `typing.get_args`.
    func typingArgs(_ v: Value) -> Value {
        switch v {
        case .native(let alias as GenericAlias): return .tuple(alias.args)
        case .native(let u as AnnotationUnion): return .tuple(u.members.map { $0.isNone ? .type(.noneType) : $0 })
        case .object(let u as PyUnion): return .tuple(u.members.map { .type($0) })
        default: return .tuple([])
        }
    }
}

/// `typing.ForwardRef`: an annotation kept as source text, as `NamedTuple` and `TypedDict` keep
/// a string annotation.
final class ForwardReference: NativeObject {
    static let type = NativeClass("ForwardRef", module: "typing", constructor: Function(
        "ForwardRef", params: ["arg", "is_argument=True", "module=None", "*", "is_class=False"]) { a in
        guard case .str(let text) = a["arg"] else {
            throw PyException.typeError("Forward reference must be a string -- got \(try a.interpreter.reprOf(a["arg"]))")
        }
        return .native(ForwardReference(text, module: a["module"]))
    }).type

    let argument: String
    /// The module the reference is evaluated in, or None.
    let module: Value

    init(_ argument: String, module: Value = .none) {
        self.argument = argument
        self.module = module
    }

    var pyClass: PyType { ForwardReference.type }

    func repr(_ interpreter: Interpreter) throws -> String {
        let moduleRepr = module.isNone ? "" : ", module=\(try interpreter.reprOf(module))"
        return "ForwardRef(\(try interpreter.reprOf(.str(argument)))\(moduleRepr))"
    }

    func getAttribute(_ name: String, _ interpreter: Interpreter) throws -> Value? {
        switch name {
        case "__forward_arg__": return .str(argument)
        case "__forward_module__": return module
        case "__forward_evaluated__": return .bool(false)
        case "__forward_value__": return Value.none
        default: return nil
        }
    }

    func compare(_ op: CompareOp, _ other: Value, _ interpreter: Interpreter) throws -> Value? {
        guard op == .eq || op == .ne, case .native(let ref as ForwardReference) = other else { return nil }
        let same = try ref.argument == argument && interpreter.equals(ref.module, module)
        return .bool(op == .eq ? same : !same)
    }

    func hashValue() -> Int? { try? Hashing.hash(.str(argument)) }
}
