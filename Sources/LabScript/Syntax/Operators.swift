/// `and` / `or` (CPython's `boolop`).
public enum BoolOperator: String, Hashable, Sendable {
    case and, or
}

/// Binary arithmetic and bitwise operators (CPython's `operator`). The raw value is the symbol.
public enum Operator: String, Hashable, Sendable, CaseIterable {
    case add = "+", sub = "-", mult = "*", matMult = "@", div = "/", mod = "%", pow = "**"
    case lShift = "<<", rShift = ">>", bitOr = "|", bitXor = "^", bitAnd = "&", floorDiv = "//"
}

/// Unary operators (CPython's `unaryop`). The raw value is the symbol.
public enum UnaryOperator: String, Hashable, Sendable {
    case invert = "~", not = "not", uAdd = "+", uSub = "-"
}

/// Comparison operators (CPython's `cmpop`). The raw value is the symbol.
public enum CmpOp: String, Hashable, Sendable {
    case eq = "==", notEq = "!=", lt = "<", ltE = "<=", gt = ">", gtE = ">="
    case `is` = "is", isNot = "is not", `in` = "in", notIn = "not in"
}
