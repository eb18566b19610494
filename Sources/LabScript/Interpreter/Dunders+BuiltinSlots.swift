/// Which special methods each built-in type has, as CPython's type slots give them: `5` has
/// `__add__` and `__index__` but no `__iter__` or `__len__`, so `hasattr(5, "__iter__")` is False
/// as in CPython. Every object has the comparison, `__repr__`, `__str__`, `__hash__` and
/// `__format__` methods it inherits from `object`.
enum BuiltinSlots {
    static let universal: Set<String> = ["repr", "str", "hash", "format", "lt", "le", "eq", "ne", "gt", "ge"]

    private static func binary(_ stems: [String]) -> Set<String> { Set(stems + stems.map { "r" + $0 }) }
    private static let sequence: Set<String> = ["getitem", "len", "contains", "iter"]
    private static let integer = binary(["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor"])
        .union(["neg", "pos", "abs", "bool", "int", "float", "index", "round"])
    private static let real = binary(["add", "sub", "mul", "truediv", "floordiv", "mod", "pow"])
        .union(["neg", "pos", "abs", "bool", "int", "float", "round"])
    private static let text = sequence.union(["add", "mul", "rmul", "mod", "rmod"])
    private static let setOperators = binary(["and", "or", "xor", "sub"])

    /// The special-method stems (`add` for `__add__`) `v`'s built-in type has; nil for values
    /// whose methods come from their class.
    static func stems(of v: Value) -> Set<String>? {
        switch v {
        case .int, .bigint, .bool: return integer
        case .float: return real
        case .str: return text
        case .none: return ["bool"]
        case .tuple: return sequence.union(["add", "mul", "rmul"])
        case .list(let l) where l.isDeque: return sequence.union(["setitem", "delitem", "add", "mul", "rmul", "iadd", "imul"])
        case .list(let l) where l.subtype == nil || !(l.subtype!.isUserDefined):
            return sequence.union(["setitem", "delitem", "add", "mul", "rmul", "iadd", "imul"])
        case .dict(let d) where d.subtype == nil: return sequence.union(["setitem", "delitem", "or", "ror", "ior"])
        case .set(let s) where s.subtype == nil:
            return s.isFrozen ? sequence.subtracting(["getitem"]).union(setOperators)
                : sequence.subtracting(["getitem"]).union(setOperators).union(["iand", "ior", "ixor", "isub"])
        case .object(let b as PyBytes):
            return b.isMutable ? text.union(["setitem", "delitem", "iadd", "imul"]) : text
        case .object(_ as PyRange): return sequence.union(["bool"])
        case .object(_ as PyIterator), .object(_ as PyGenerator), .object(_ as PyFile): return ["iter", "next"]
        case .object(let view as PyDictView):
            return view.kind == .values ? ["len", "iter"] : Set(["len", "contains", "iter"]).union(setOperators)
        case .object(_ as PyBoundMethod), .object(_ as PySlice), .object(_ as PyModule), .object(_ as PyException),
             .function, .builtin:
            return []
        default: return nil
        }
    }

    /// True when `v` has the special method `__stem__`.
    static func has(_ v: Value, _ stem: String) -> Bool {
        universal.contains(stem) || (stems(of: v)?.contains(stem) ?? true)
    }
}
