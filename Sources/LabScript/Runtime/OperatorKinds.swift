/// Binary operators, named after their dunder methods.
public enum BinaryOp: String, CaseIterable, Sendable {
    case add = "+", sub = "-", mul = "*", truediv = "/", floordiv = "//", mod = "%", pow = "**"
    case matmul = "@", lshift = "<<", rshift = ">>", bitand = "&", bitor = "|", bitxor = "^"

    public var symbol: String { rawValue }

    /// `add` for `__add__` / `__radd__` / `__iadd__`.
    public var dunderStem: String {
        switch self {
        case .add: return "add"
        case .sub: return "sub"
        case .mul: return "mul"
        case .truediv: return "truediv"
        case .floordiv: return "floordiv"
        case .mod: return "mod"
        case .pow: return "pow"
        case .matmul: return "matmul"
        case .lshift: return "lshift"
        case .rshift: return "rshift"
        case .bitand: return "and"
        case .bitor: return "or"
        case .bitxor: return "xor"
        }
    }
}

/// Rich comparison operators.
public enum CompareOp: String, Sendable {
    case lt = "<", le = "<=", eq = "==", ne = "!=", gt = ">", ge = ">="

    public var symbol: String { rawValue }
    public var dunder: String {
        switch self {
        case .lt: return "__lt__"
        case .le: return "__le__"
        case .eq: return "__eq__"
        case .ne: return "__ne__"
        case .gt: return "__gt__"
        case .ge: return "__ge__"
        }
    }
    /// The operator to try on the right operand (`a < b` falls back to `b > a`).
    public var swapped: CompareOp {
        switch self {
        case .lt: return .gt
        case .le: return .ge
        case .eq: return .eq
        case .ne: return .ne
        case .gt: return .lt
        case .ge: return .le
        }
    }
}

/// Unary arithmetic operators (`not` is handled by truthiness).
public enum UnaryOp: String, Sendable {
    case neg = "-", pos = "+", invert = "~"
    public var dunder: String {
        switch self {
        case .neg: return "__neg__"
        case .pos: return "__pos__"
        case .invert: return "__invert__"
        }
    }
}
