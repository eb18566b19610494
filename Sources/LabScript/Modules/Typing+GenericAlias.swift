/// A parameterized generic such as `list[int]` or `typing.Dict[str, int]`: usable in annotations,
/// printed as CPython prints it, and callable like its origin.
final class GenericAlias: NativeObject {
    static let type = NativeClass("GenericAlias", module: "types").type
    let origin: PyType
    let args: [Value]
    /// Set for the `typing` names (`List`), which print as `typing.List[int]`.
    let typingName: String?

    init(origin: PyType, args: [Value], typingName: String? = nil) {
        self.origin = origin
        self.args = args
        self.typingName = typingName
    }

    /// `list[int]`: the subscript's items become the arguments.
    convenience init(origin: PyType, item: Value, typingName: String? = nil) {
        if case .tuple(let items) = item, !items.isEmpty {
            self.init(origin: origin, args: items, typingName: typingName)
        } else {
            self.init(origin: origin, args: [item], typingName: typingName)
        }
    }

    var pyClass: PyType { GenericAlias.type }
    var isCallable: Bool { typingName == nil }

    func call(_ args: [Value], _ keywords: [(String, Value)], _ interpreter: Interpreter) throws -> Value? {
        guard typingName == nil else { throw PyException.typeError("Type \(typingName!) cannot be instantiated; use \(origin.name.lowercased())() instead") }
        return try interpreter.call(.type(origin), args, keywords)
    }

    func repr(_ interpreter: Interpreter) throws -> String {
        let isTyping = typingName != nil
        if typingName == "Union", args.count == 2, let other = args.first(where: { !$0.isNoneType }), args.contains(where: \.isNoneType) {
            return "typing.Optional[" + (try GenericAlias.argumentRepr(other, interpreter, typing: true)) + "]"
        }
        let head = typingName.map { "typing." + $0 } ?? GenericAlias.typeRepr(.type(origin), interpreter)
        return head + "[" + (try args.map { try GenericAlias.argumentRepr($0, interpreter, typing: isTyping) }.joined(separator: ", ")) + "]"
    }

    /// typing's `_type_repr`: builtins by name, other classes with their module, `...` as is. A
    /// `types.GenericAlias` (`list[None]`) shows NoneType as None; typing's aliases do not.
    static func typeRepr(_ v: Value, _ interpreter: Interpreter, typing: Bool = false) -> String {
        switch v {
        case .type(let t):
            if t === PyType.noneType && !typing { return "None" }
            return t.module == "builtins" ? t.name : "\(t.module).\(t.name)"
        case .object(let s as PySingleton) where s === PySingleton.ellipsis: return "..."
        case .none: return "None"
        default: return (try? interpreter.reprOf(v)) ?? "?"
        }
    }

    private static func argumentRepr(_ v: Value, _ interpreter: Interpreter, typing: Bool) throws -> String {
        if case .list(let l) = v { return "[" + (try l.items.map { try argumentRepr($0, interpreter, typing: typing) }.joined(separator: ", ")) + "]" }
        return typeRepr(v, interpreter, typing: typing)
    }

    func getAttribute(_ name: String, _ interpreter: Interpreter) throws -> Value? {
        switch name {
        case "__origin__": return typingName == "Annotated" ? args[0] : .type(origin)
        case "__args__": return typingName == "Annotated" ? .tuple([args[0]]) : .tuple(args)
        case "__metadata__" where typingName == "Annotated": return .tuple(Array(args.dropFirst()))
        default: return nil
        }
    }

    /// Aliases are equal when their origin and arguments are; a `Union`'s or `Literal`'s
    /// arguments in any order.
    func compare(_ op: CompareOp, _ other: Value, _ interpreter: Interpreter) throws -> Value? {
        guard op == .eq || op == .ne, case .native(let alias as GenericAlias) = other else { return nil }
        var same = alias.origin === origin && alias.typingName == typingName && alias.args.count == args.count
        if same {
            if typingName == "Union" || typingName == "Literal" {
                same = try args.allSatisfy { a in try alias.args.contains { try interpreter.equals(a, $0) } }
            } else {
                same = try zip(args, alias.args).allSatisfy { try interpreter.equals($0, $1) }
            }
        }
        return .bool(op == .eq ? same : !same)
    }

    func getItem(_ index: Value, _ interpreter: Interpreter) throws -> Value? {
        throw PyException(.notImplementedError, "substituting type variables in \(try repr(interpreter)) is not supported by labrun")
    }

    func hashValue() -> Int? { nil }

    /// `list[int] | None` in an annotation.
    func binaryOp(_ op: BinaryOp, _ other: Value, reflected: Bool, _ interpreter: Interpreter) throws -> Value? {
        guard op == .bitor else { return nil }
        switch other {
        case .type, .none, .native(_ as GenericAlias), .native(_ as AnnotationUnion):
            let members = reflected ? [other, .native(self)] : [.native(self), other]
            return .native(AnnotationUnion(members.flatMap { v -> [Value] in
                if case .native(let u as AnnotationUnion) = v { return u.members }
                return [v]
            }))
        default: return nil
        }
    }
}

/// `X | Y` where a member is a parameterized generic (`list[int] | None`), printed as CPython
/// prints a `types.UnionType`.
final class AnnotationUnion: NativeObject {
    static let type = NativeClass("UnionType", module: "types").type
    let members: [Value]
    init(_ members: [Value]) { self.members = members }
    var pyClass: PyType { AnnotationUnion.type }

    func repr(_ interpreter: Interpreter) throws -> String {
        try members.map { v in
            if case .native(let n) = v { return try n.repr(interpreter) }
            return GenericAlias.typeRepr(v, interpreter)
        }.joined(separator: " | ")
    }

    func getAttribute(_ name: String, _ interpreter: Interpreter) throws -> Value? {
        name == "__args__" ? .tuple(members.map { $0.isNone ? .type(PyType.noneType) : $0 }) : nil
    }

    func binaryOp(_ op: BinaryOp, _ other: Value, reflected: Bool, _ interpreter: Interpreter) throws -> Value? {
        guard op == .bitor else { return nil }
        switch other {
        case .type, .none, .native(_ as GenericAlias): return .native(AnnotationUnion(reflected ? [other] + members : members + [other]))
        default: return nil
        }
    }
}

extension Interpreter {
    /// The built-in classes that `cls[...]` parameterizes (as CPython's `__class_getitem__` does).
    static let genericBuiltins: Set<String> = ["list", "dict", "tuple", "set", "frozenset", "type", "deque", "defaultdict",
                                               "OrderedDict", "Counter", "ChainMap"]

    /// `cls[item]` for a class without `__class_getitem__`.
    func subscriptClass(_ t: PyType, _ index: Value) throws -> Value {
        if !t.isUserDefined && Interpreter.genericBuiltins.contains(t.name) {
            return .native(GenericAlias(origin: t, item: index))
        }
        throw PyException.typeError("type '\(t.name)' is not subscriptable")
    }
}

extension Interpreter {
    /// The class a base expression stands for (CPython's `__mro_entries__`): a class, or the
    /// origin of an alias (`Box[int]`, `list[int]`; `typing.List[int]` is `list`).
    /// `__parameters__` of a class whose bases derive from `typing.Generic`: the type variables
    /// in its bases' subscripts (`Generic[T]`, `Mapping[K, List[V]]`), each once, in order; nil
    /// for other classes.
    func genericParameters(_ bases: [Value]) -> Value? {
        guard bases.contains(where: { baseClass($0)?.isSubclass(of: TypingClasses.generic) ?? false }) else { return nil }
        var found: [TypeVariable] = []
        func collect(_ v: Value) {
            switch v {
            case .native(let t as TypeVariable): if !found.contains(where: { $0 === t }) { found.append(t) }
            case .native(let alias as GenericAlias): alias.args.forEach(collect)
            case .tuple(let items): items.forEach(collect)
            default: break
            }
        }
        bases.forEach(collect)
        return .tuple(found.map { .native($0) })
    }

    func baseClass(_ v: Value) -> PyType? {
        switch v {
        case .type(let t): return t
        case .native(let alias as GenericAlias):
            guard let name = alias.typingName else { return alias.origin }
            return ["List": PyType.list, "Dict": .dict, "Tuple": .tuple, "Set": .set, "FrozenSet": .frozenset, "Type": .type][name]
        default: return nil
        }
    }

    /// An annotation with its postponed parts evaluated: a string, and strings inside an alias's
    /// arguments (`List["Box"]`), as `typing.get_type_hints` evaluates forward references.
    func evaluatedAnnotation(_ v: Value) throws -> Value {
        switch v {
        case .str(let source): return try call(builtins["eval"]!, [.str(source)])
        case .native(let reference as ForwardReference): return try call(builtins["eval"]!, [.str(reference.argument)])
        case .native(let alias as GenericAlias):
            let args = try alias.args.map { try evaluatedAnnotation($0) }
            if alias.typingName == "Union" { return try typingUnion(alias.origin, .tuple(args), optional: false) }
            return .native(GenericAlias(origin: alias.origin, args: args, typingName: alias.typingName))
        case .list(let l): return .list(PyList(try l.items.map { try evaluatedAnnotation($0) }))
        default: return v
        }
    }
}

extension Value {
    fileprivate var isNoneType: Bool { if case .type(let t) = self { return t === PyType.noneType } else { return false } }
}
