import BigInt

// The abstract syntax tree, named after CPython's Python.asdl. Every node carries its SourceLocation.

/// An expression node.
public final class Expr: Sendable {
    public let kind: ExprKind
    public let location: SourceLocation

    public init(_ kind: ExprKind, _ location: SourceLocation) {
        self.kind = kind
        self.location = location
    }
}

public indirect enum ExprKind: Sendable {
    /// `a and b and c`: one node for a run of the same operator.
    case boolOp(BoolOperator, [Expr])
    case binOp(Expr, Operator, Expr)
    case unaryOp(UnaryOperator, Expr)
    case lambda(Arguments, Expr)
    case ifExp(test: Expr, body: Expr, orelse: Expr)
    /// A nil key stands for `**mapping` inside the display.
    case dict(keys: [Expr?], values: [Expr])
    case set([Expr])
    case listComp(Expr, [Comprehension])
    case setComp(Expr, [Comprehension])
    case dictComp(key: Expr, value: Expr, [Comprehension])
    case generatorExp(Expr, [Comprehension])
    case yield(Expr?)
    case yieldFrom(Expr)
    /// A comparison chain: `a < b <= c` is `compare(a, [.lt, .ltE], [b, c])`.
    case compare(Expr, [CmpOp], [Expr])
    /// `*x` appears in `args` as `.starred`; `**x` as a `Keyword` whose `arg` is nil.
    case call(func: Expr, args: [Expr], keywords: [Keyword])
    /// One replacement field of an f-string. `conversion` is "r", "s" or "a"; `formatSpec` is a
    /// `.joinedStr`.
    case formattedValue(value: Expr, conversion: Character?, formatSpec: Expr?)
    /// An f-string: `.constant(.str)` and `.formattedValue` parts.
    case joinedStr([Expr])
    case constant(Constant)
    case attribute(Expr, String)
    /// `x[a, b:c]` has the index `tuple([a, slice(b, c, nil)])`, exactly as Python.
    case `subscript`(Expr, Expr)
    case starred(Expr)
    case name(String)
    case list([Expr])
    case tuple([Expr])
    case slice(lower: Expr?, upper: Expr?, step: Expr?)
    /// `target := value`
    case namedExpr(target: Expr, value: Expr)
}

/// A literal value.
public enum Constant: Sendable {
    case none
    case bool(Bool)
    /// An int that fits in `Int`.
    case int(Int)
    /// An int that does not fit in `Int` (never used for values that do).
    case bigInt(BigInt)
    case float(Double)
    case str(String)
    case bytes([UInt8])
    case ellipsis
    /// An imaginary literal (`2j`); labrun has no complex numbers, so evaluating one fails loudly.
    case imaginary(Double)
}

/// One `for target in iter if cond...` clause of a comprehension.
public struct Comprehension: Sendable {
    public let target: Expr
    public let iter: Expr
    public let ifs: [Expr]

    public init(target: Expr, iter: Expr, ifs: [Expr]) {
        self.target = target
        self.iter = iter
        self.ifs = ifs
    }
}

/// A keyword argument in a call or class definition; `arg` is nil for `**mapping`.
public struct Keyword: Sendable {
    public let arg: String?
    public let value: Expr
    public let location: SourceLocation

    public init(arg: String?, value: Expr, location: SourceLocation) {
        self.arg = arg
        self.value = value
        self.location = location
    }
}

/// The parameter list of a function or lambda.
///
/// `defaults` belong to the last parameters of `posonly + args`; `kwDefaults` has one entry per
/// keyword-only parameter (nil when it has no default).
public struct Arguments: Sendable {
    public var posonly: [Arg] = []
    public var args: [Arg] = []
    public var vararg: Arg?
    public var kwonly: [Arg] = []
    public var kwDefaults: [Expr?] = []
    public var kwarg: Arg?
    public var defaults: [Expr] = []

    public init(posonly: [Arg] = [], args: [Arg] = [], vararg: Arg? = nil, kwonly: [Arg] = [],
                kwDefaults: [Expr?] = [], kwarg: Arg? = nil, defaults: [Expr] = []) {
        self.posonly = posonly
        self.args = args
        self.vararg = vararg
        self.kwonly = kwonly
        self.kwDefaults = kwDefaults
        self.kwarg = kwarg
        self.defaults = defaults
    }
}

/// One parameter.
public struct Arg: Sendable {
    public let name: String
    public let annotation: Expr?
    public let location: SourceLocation

    public init(name: String, annotation: Expr?, location: SourceLocation) {
        self.name = name
        self.annotation = annotation
        self.location = location
    }
}

/// A statement node.
public final class Stmt: Sendable {
    public let kind: StmtKind
    public let location: SourceLocation

    public init(_ kind: StmtKind, _ location: SourceLocation) {
        self.kind = kind
        self.location = location
    }
}

public enum StmtKind: Sendable {
    case functionDef(name: String, args: Arguments, body: [Stmt], decorators: [Expr], returns: Expr?)
    case classDef(name: String, bases: [Expr], keywords: [Keyword], body: [Stmt], decorators: [Expr])
    case `return`(Expr?)
    case delete([Expr])
    /// `a = b = value` has two targets.
    case assign(targets: [Expr], value: Expr)
    case augAssign(Expr, Operator, Expr)
    case annAssign(target: Expr, annotation: Expr, value: Expr?)
    case `for`(target: Expr, iter: Expr, body: [Stmt], orelse: [Stmt])
    case `while`(test: Expr, body: [Stmt], orelse: [Stmt])
    /// `elif` is an `if` alone in `orelse`.
    case `if`(test: Expr, body: [Stmt], orelse: [Stmt])
    case with([WithItem], body: [Stmt])
    case raise(exc: Expr?, cause: Expr?)
    case `try`(body: [Stmt], handlers: [ExceptHandler], orelse: [Stmt], finalbody: [Stmt])
    /// `try` with `except*` clauses (PEP 654).
    case tryStar(body: [Stmt], handlers: [ExceptHandler], orelse: [Stmt], finalbody: [Stmt])
    case match(subject: Expr, cases: [MatchCase])
    case assert(test: Expr, msg: Expr?)
    case `import`([Alias])
    /// `from ..a.b import c` has module "a.b" and level 2; `from . import x` has a nil module.
    case importFrom(module: String?, names: [Alias], level: Int)
    case global([String])
    case nonlocal([String])
    case expr(Expr)
    case pass
    case `break`
    case `continue`
    /// An IPython line (`%pip install x`, `%%time`, `!ls`) as written, trimmed. Never executed.
    case magic(String)
}

/// One `context as target` item of a `with` statement.
public struct WithItem: Sendable {
    public let contextExpr: Expr
    public let optionalVars: Expr?

    public init(contextExpr: Expr, optionalVars: Expr?) {
        self.contextExpr = contextExpr
        self.optionalVars = optionalVars
    }
}

/// One `except Type as name:` clause.
public struct ExceptHandler: Sendable {
    public let type: Expr?
    public let name: String?
    public let body: [Stmt]
    public let location: SourceLocation

    public init(type: Expr?, name: String?, body: [Stmt], location: SourceLocation) {
        self.type = type
        self.name = name
        self.body = body
        self.location = location
    }
}

/// One `name as asname` of an import; `name` may be dotted (`a.b`) or `*`.
public struct Alias: Sendable {
    public let name: String
    public let asname: String?

    public init(name: String, asname: String?) {
        self.name = name
        self.asname = asname
    }
}
