// The `match` statement's nodes (PEP 634), named after CPython's Python.asdl.

/// One `case pattern if guard: body` of a `match` statement.
public struct MatchCase: Sendable {
    public let pattern: Pattern
    public let guardExpr: Expr?
    public let body: [Stmt]

    public init(pattern: Pattern, guardExpr: Expr?, body: [Stmt]) {
        self.pattern = pattern
        self.guardExpr = guardExpr
        self.body = body
    }
}

/// A pattern of a `case` clause.
public final class Pattern: Sendable {
    public let kind: PatternKind
    public let location: SourceLocation

    public init(_ kind: PatternKind, _ location: SourceLocation) {
        self.kind = kind
        self.location = location
    }
}

public indirect enum PatternKind: Sendable {
    /// A literal (number, string) or a dotted name, compared with `==`.
    case matchValue(Expr)
    /// `None`, `True` or `False`, compared with `is`.
    case matchSingleton(Constant)
    /// `[a, *rest, b]` or `(a, b)`; at most one element is a `.matchStar`.
    case matchSequence([Pattern])
    /// `{key: pattern, **rest}`; keys are literals or dotted names.
    case matchMapping(keys: [Expr], patterns: [Pattern], rest: String?)
    /// `Cls(p1, p2, attr=p3)`.
    case matchClass(cls: Expr, patterns: [Pattern], kwdAttrs: [String], kwdPatterns: [Pattern])
    /// `*name` inside a sequence pattern; a nil name is `*_`.
    case matchStar(String?)
    /// `pattern as name`; a capture `name` has a nil pattern, and the wildcard `_` has both nil.
    case matchAs(pattern: Pattern?, name: String?)
    /// `p1 | p2 | ...`.
    case matchOr([Pattern])
}

extension Pattern {
    /// True when the pattern matches any subject (a capture, `_`, or an OR/AS of one).
    var isIrrefutable: Bool {
        switch kind {
        case .matchAs(let pattern, _): return pattern?.isIrrefutable ?? true
        case .matchOr(let alternatives): return alternatives.contains { $0.isIrrefutable }
        default: return false
        }
    }

    /// The names the pattern binds, in the order it binds them.
    var boundNames: [String] {
        switch kind {
        case .matchValue, .matchSingleton: return []
        case .matchSequence(let items): return items.flatMap(\.boundNames)
        case .matchMapping(_, let patterns, let rest): return patterns.flatMap(\.boundNames) + (rest.map { [$0] } ?? [])
        case .matchClass(_, let patterns, _, let kwdPatterns): return (patterns + kwdPatterns).flatMap(\.boundNames)
        case .matchStar(let name): return name.map { [$0] } ?? []
        case .matchAs(let pattern, let name): return (pattern?.boundNames ?? []) + (name.map { [$0] } ?? [])
        case .matchOr(let alternatives): return alternatives.first?.boundNames ?? []
        }
    }
}
