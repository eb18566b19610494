/// `typing.get_type_hints` and `typing.TypeVar`.
extension Interpreter {
    /// `get_type_hints(obj)`: the annotations of a function, class (its MRO's, bases first) or
    /// module, with postponed (string) annotations evaluated in the session's namespace and
    /// None as `NoneType`, as CPython 3.11 does (no implicit Optional).
    func typeHints(_ obj: Value) throws -> Value {
        let hints = PyDict()
        func add(_ annotations: Value?) throws {
            guard case .dict(let d)? = annotations else { return }
            for (key, value) in d.storage {
                var hint = try evaluatedAnnotation(value)
                if hint.isNone { hint = .type(.noneType) }
                try hints.set(key.value, hint)
            }
        }
        switch obj {
        case .type(let t):
            for base in t.mro.reversed() { try add(base.dict["__annotations__"]) }
        case .function, .object(_ as PyBoundMethod):
            try add(try getAttribute(obj, "__annotations__"))
        case .object(let m as PyModule):
            try add(m.dict["__annotations__"])
        case .builtin:
            break
        default:
            throw PyException.typeError("\(try reprOf(obj)) is not a module, class, method, or function.")
        }
        return .dict(hints)
    }
}

/// `typing.TypeVar("T", *constraints, bound=None, covariant=False, contravariant=False)`:
/// printed `~T` (`+T`, `-T` for covariant and contravariant ones).
final class TypeVariable: NativeObject, HashableObject {
    static let type = NativeClass("TypeVar", module: "typing",
                                  constructor: Function("TypeVar", params: ["name", "*constraints", "bound=None", "covariant=False", "contravariant=False"]) { a in
        let name = try a.string("name")
        let covariant = try a.bool("covariant"), contravariant = try a.bool("contravariant")
        if covariant && contravariant { throw PyException.valueError("Bivariant types are not supported.") }
        if a.varargs.count == 1 { throw PyException.typeError("A single constraint is not allowed") }
        if !a.varargs.isEmpty && !a["bound"].isNone { throw PyException.typeError("Constraints cannot be combined with bound=...") }
        return .native(TypeVariable(name: name, constraints: a.varargs, bound: a["bound"], variance: covariant ? "+" : contravariant ? "-" : "~"))
    }).type

    let name: String
    let constraints: [Value]
    let bound: Value
    let variance: String

    init(name: String, constraints: [Value], bound: Value, variance: String) {
        self.name = name
        self.constraints = constraints
        self.bound = bound
        self.variance = variance
    }

    var pyClass: PyType { TypeVariable.type }
    func repr(_ interpreter: Interpreter) throws -> String { variance + name }

    func getAttribute(_ name: String, _ interpreter: Interpreter) throws -> Value? {
        switch name {
        case "__name__": return .str(self.name)
        case "__constraints__": return .tuple(constraints)
        case "__bound__": return bound
        case "__covariant__": return .bool(variance == "+")
        case "__contravariant__": return .bool(variance == "-")
        default: return nil
        }
    }

    func pyHash() throws -> Int? { nil }
    func pyEquals(_ other: Value) -> Bool? { nil }

    /// `T | None` in an annotation.
    func binaryOp(_ op: BinaryOp, _ other: Value, reflected: Bool, _ interpreter: Interpreter) throws -> Value? {
        guard op == .bitor else { return nil }
        return .native(AnnotationUnion(reflected ? [other, .native(self)] : [.native(self), other]))
    }
}
