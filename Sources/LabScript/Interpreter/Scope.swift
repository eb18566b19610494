/// The lexical scopes of a module, computed before code generation: which names each function
/// binds, which it reads from enclosing functions (free variables), and which of its own
/// variables inner functions capture (cell variables). Mirrors CPython's symtable.
final class Scope {
    enum Kind { case module, function, classBody, comprehension }
    let kind: Kind
    weak var parent: Scope?
    var bound: Set<String> = []
    var boundOrder: [String] = []
    var used: Set<String> = []
    var declaredGlobal: Set<String> = []
    var declaredNonlocal: Set<String> = []
    var children: [Scope] = []
    var isGenerator = false
    /// Variables captured by inner scopes.
    var cellNames: [String] = []
    /// Variables this scope reads from enclosing function scopes.
    var freeNames: [String] = []

    init(_ kind: Kind, parent: Scope?) {
        self.kind = kind
        self.parent = parent
    }

    func bind(_ name: String) {
        if bound.insert(name).inserted { boundOrder.append(name) }
    }

    /// True when `name` is a local (or cell) variable of this function-like scope.
    func isLocal(_ name: String) -> Bool {
        kind != .module && kind != .classBody && bound.contains(name) && !declaredGlobal.contains(name) && !declaredNonlocal.contains(name)
    }
}

/// Builds the scope tree for a module, keyed by the AST nodes that open scopes.
struct ScopeAnalyzer {
    private(set) var scopes: [ObjectIdentifier: Scope] = [:]
    private var current: Scope

    init(module stmts: [Stmt], existing: Scope? = nil) {
        current = Scope(.module, parent: nil)
        scopes[ObjectIdentifier(StmtKey.module)] = current
        visit(stmts)
        resolveFree(current)
    }

    var module: Scope { scopes[ObjectIdentifier(StmtKey.module)]! }

    private mutating func push(_ kind: Scope.Kind, _ key: AnyObject) -> Scope {
        let s = Scope(kind, parent: current)
        current.children.append(s)
        scopes[ObjectIdentifier(key)] = s
        current = s
        return s
    }

    private mutating func pop(_ previous: Scope) { current = previous }

    private mutating func visit(_ stmts: [Stmt]) { for s in stmts { visit(s) } }

    private mutating func visitArguments(_ args: Arguments) {
        for d in args.defaults { visit(d) }
        for d in args.kwDefaults { if let d = d { visit(d) } }
    }

    /// A `def`'s annotations in the order CPython evaluates them: parameters, then `return`.
    static func annotations(_ args: Arguments, returns: Expr?) -> [(name: String, expr: Expr)] {
        let parameters = args.posonly + args.args + (args.vararg.map { [$0] } ?? []) + args.kwonly + (args.kwarg.map { [$0] } ?? [])
        return parameters.compactMap { arg in arg.annotation.map { (arg.name, $0) } } + (returns.map { [("return", $0)] } ?? [])
    }

    private mutating func bindArguments(_ args: Arguments) {
        for a in args.posonly + args.args { current.bind(a.name) }
        if let v = args.vararg { current.bind(v.name) }
        for a in args.kwonly { current.bind(a.name) }
        if let k = args.kwarg { current.bind(k.name) }
    }

    private mutating func visit(_ stmt: Stmt) {
        switch stmt.kind {
        case .functionDef(let name, let args, let body, let decorators, let returns):
            for d in decorators { visit(d) }
            visitArguments(args)
            for annotation in Self.annotations(args, returns: returns) { visit(annotation.expr) }
            current.bind(name)
            let saved = current
            _ = push(.function, stmt)
            bindArguments(args)
            visit(body)
            pop(saved)
        case .classDef(let name, let bases, let keywords, let body, let decorators):
            for d in decorators { visit(d) }
            for b in bases { visit(b) }
            for k in keywords { visit(k.value) }
            current.bind(name)
            let saved = current
            _ = push(.classBody, stmt)
            visit(body)
            pop(saved)
        case .return(let e): if let e = e { visit(e) }
        case .delete(let targets): for t in targets { visitTarget(t) }
        case .assign(let targets, let value):
            visit(value)
            for t in targets { visitTarget(t) }
        case .augAssign(let target, _, let value):
            visit(value)
            visitTarget(target)
            if case .name(let n) = target.kind { current.used.insert(n) } else { visit(target) }
        case .annAssign(let target, let annotation, let value):
            if let v = value { visit(v) }
            if case .name = target.kind {} else { visit(annotation) }
            if value != nil { visitTarget(target) } else if case .name(let n) = target.kind, current.kind != .module { current.bind(n) }
        case .for(let target, let iter, let body, let orelse):
            visit(iter)
            visitTarget(target)
            visit(body)
            visit(orelse)
        case .while(let test, let body, let orelse):
            visit(test)
            visit(body)
            visit(orelse)
        case .if(let test, let body, let orelse):
            visit(test)
            visit(body)
            visit(orelse)
        case .with(let items, let body):
            for item in items {
                visit(item.contextExpr)
                if let v = item.optionalVars { visitTarget(v) }
            }
            visit(body)
        case .raise(let exc, let cause):
            if let e = exc { visit(e) }
            if let c = cause { visit(c) }
        case .try(let body, let handlers, let orelse, let finalbody),
             .tryStar(let body, let handlers, let orelse, let finalbody):
            visit(body)
            for h in handlers {
                if let t = h.type { visit(t) }
                if let n = h.name { current.bind(n) }
                visit(h.body)
            }
            visit(orelse)
            visit(finalbody)
        case .assert(let test, let msg):
            visit(test)
            if let m = msg { visit(m) }
        case .match(let subject, let cases):
            visit(subject)
            for c in cases {
                visitPattern(c.pattern)
                for n in c.pattern.boundNames { current.bind(n) }
                if let g = c.guardExpr { visit(g) }
                visit(c.body)
            }
        case .import(let names):
            for a in names { current.bind(a.asname ?? String(a.name.split(separator: ".")[0])) }
        case .importFrom(_, let names, _):
            for a in names where a.name != "*" { current.bind(a.asname ?? a.name) }
        case .global(let names):
            for n in names { current.declaredGlobal.insert(n) }
        case .nonlocal(let names):
            for n in names { current.declaredNonlocal.insert(n) }
        case .expr(let e): visit(e)
        case .pass, .break, .continue, .magic: break
        }
    }

    /// Visits the expressions inside a pattern (values, keys, classes); its captures are bound by the caller.
    private mutating func visitPattern(_ pattern: Pattern) {
        switch pattern.kind {
        case .matchValue(let value): visit(value)
        case .matchSingleton, .matchStar: break
        case .matchSequence(let items), .matchOr(let items): for p in items { visitPattern(p) }
        case .matchMapping(let keys, let patterns, _):
            for k in keys { visit(k) }
            for p in patterns { visitPattern(p) }
        case .matchClass(let cls, let patterns, _, let kwdPatterns):
            visit(cls)
            for p in patterns + kwdPatterns { visitPattern(p) }
        case .matchAs(let inner, _): if let inner { visitPattern(inner) }
        }
    }

    private mutating func visitTarget(_ target: Expr) {
        switch target.kind {
        case .name(let n): current.bind(n)
        case .tuple(let items), .list(let items): for i in items { visitTarget(i) }
        case .starred(let e): visitTarget(e)
        case .attribute(let obj, _): visit(obj)
        case .subscript(let obj, let index):
            visit(obj)
            visit(index)
        default: visit(target)
        }
    }

    private mutating func visitComprehension(_ key: Expr, _ generators: [Comprehension], _ elements: [Expr]) {
        guard let first = generators.first else { return }
        visit(first.iter)
        let saved = current
        _ = push(.comprehension, key)
        for (i, g) in generators.enumerated() {
            if i > 0 { visit(g.iter) }
            visitTarget(g.target)
            for cond in g.ifs { visit(cond) }
        }
        for e in elements { visit(e) }
        pop(saved)
    }

    private mutating func visit(_ expr: Expr) {
        switch expr.kind {
        case .boolOp(_, let values): for v in values { visit(v) }
        case .binOp(let l, _, let r):
            visit(l)
            visit(r)
        case .unaryOp(_, let e): visit(e)
        case .lambda(let args, let body):
            visitArguments(args)
            let saved = current
            _ = push(.function, expr)
            bindArguments(args)
            visit(body)
            pop(saved)
        case .ifExp(let t, let b, let o):
            visit(t)
            visit(b)
            visit(o)
        case .dict(let keys, let values):
            for k in keys { if let k = k { visit(k) } }
            for v in values { visit(v) }
        case .set(let items), .list(let items), .tuple(let items), .joinedStr(let items):
            for i in items { visit(i) }
        case .listComp(let e, let gens), .setComp(let e, let gens), .generatorExp(let e, let gens):
            visitComprehension(expr, gens, [e])
        case .dictComp(let k, let v, let gens):
            visitComprehension(expr, gens, [k, v])
        case .yield(let e):
            current.isGenerator = true
            if let e = e { visit(e) }
        case .yieldFrom(let e):
            current.isGenerator = true
            visit(e)
        case .compare(let l, _, let rs):
            visit(l)
            for r in rs { visit(r) }
        case .call(let f, let args, let keywords):
            visit(f)
            for a in args { visit(a) }
            for k in keywords { visit(k.value) }
        case .formattedValue(let v, _, let spec):
            visit(v)
            if let s = spec { visit(s) }
        case .constant: break
        case .attribute(let e, _): visit(e)
        case .subscript(let e, let i):
            visit(e)
            visit(i)
        case .starred(let e): visit(e)
        case .name(let n):
            current.used.insert(n)
        case .slice(let a, let b, let c):
            if let a = a { visit(a) }
            if let b = b { visit(b) }
            if let c = c { visit(c) }
        case .namedExpr(let target, let value):
            visit(value)
            if case .name(let n) = target.kind {
                var s = current
                while s.kind == .comprehension, let p = s.parent { s = p }
                s.bind(n)
                current.used.insert(n)
            }
        }
    }

    /// Decides free and cell variables bottom-up: a name used (or nonlocal) in a function-like
    /// scope and not local there is free if some enclosing function scope binds it.
    private func resolveFree(_ scope: Scope) {
        for child in scope.children { resolveFree(child) }
        guard scope.kind != .module else { return }
        var candidates = scope.used.union(scope.declaredNonlocal)
        for child in scope.children { candidates.formUnion(child.freeNames) }
        for name in candidates.sorted() {
            if scope.kind != .classBody && scope.isLocal(name) {
                if scope.children.contains(where: { $0.freeNames.contains(name) }) && !scope.cellNames.contains(name) {
                    scope.cellNames.append(name)
                }
                continue
            }
            if scope.declaredGlobal.contains(name) { continue }
            if scope.kind == .classBody && scope.bound.contains(name) && !scope.declaredNonlocal.contains(name) {
                continue
            }
            if enclosingFunctionBinds(scope, name) && !scope.freeNames.contains(name) { scope.freeNames.append(name) }
        }
    }

    private func enclosingFunctionBinds(_ scope: Scope, _ name: String) -> Bool {
        var s = scope.parent
        while let p = s {
            if p.kind == .module { return false }
            if p.kind != .classBody && (p.isLocal(name) || p.declaredNonlocal.contains(name)) { return true }
            s = p.parent
        }
        return false
    }
}

/// A key object standing for the module scope in the scope table.
enum StmtKey {
    static let module = Stmt(.pass, SourceLocation(line: 0, column: 0, endLine: 0, endColumn: 0))
}
