/// `isinstance` and `issubclass` with the `typing` names: `typing.List` checks as `list` and
/// `typing.Iterable` as `collections.abc.Iterable`; the special forms (`Any`, `Optional`, ...) and
/// parameterized generics (`List[int]`) raise CPython's TypeErrors (`issubclass(C, Any)` is
/// allowed, as in 3.11).
extension Interpreter {
    /// The class a bare `typing` name stands for in a class check; nil for classes not from typing.
    /// `fn` is "isinstance" or "issubclass", for the messages.
    func typingCheckClass(_ t: PyType, _ fn: String) throws -> PyType? {
        guard t.module == "typing", !t.isUserDefined else { return nil }
        switch t.name {
        case "List": return .list
        case "Dict": return .dict
        case "Tuple": return .tuple
        case "Set": return .set
        case "FrozenSet": return .frozenset
        case "Type": return .type
        case "Iterable", "Iterator", "Sequence", "Mapping", "Generator", "Callable":
            return AbstractClasses.collections.first { $0.name == t.name }
        case "Any" where fn == "issubclass": return nil
        case "Any", "Optional", "Union", "Literal", "Final", "ClassVar":
            throw PyException.typeError("typing.\(t.name) cannot be used with \(fn)()")
        default: return nil
        }
    }

    /// The TypeError of a class check against `list[int]` or `typing.List[int]`.
    func parameterizedGenericCheckError(_ alias: GenericAlias, _ fn: String) -> PyException {
        alias.typingName == nil
            ? .typeError("\(fn)() argument 2 cannot be a parameterized generic")
            : .typeError("Subscripted generics cannot be used with class and instance checks")
    }
}
