/// The checks CPython's symbol table makes once a module has parsed: `global` and `nonlocal`
/// must come before any use of their names in the scope, `nonlocal` needs a binding in an
/// enclosing function, `yield` belongs in a function, and parameter names are unique. It also
/// makes two checks of CPython's compiler that need the same walk: `__debug__` cannot be bound,
/// and `from __future__` imports name known features, at the top of the module only.
///
/// Scopes are the module, function and lambda bodies, class bodies and comprehensions, as in
/// Python 3. The first error in source order wins, then those found when resolving `nonlocal`.
struct ScopeChecker {
    private struct Flags: OptionSet {
        let rawValue: Int
        static let parameter = Flags(rawValue: 1)
        static let assigned = Flags(rawValue: 2)
        static let used = Flags(rawValue: 4)
        static let annotated = Flags(rawValue: 8)
        static let global = Flags(rawValue: 16)
        static let nonlocal = Flags(rawValue: 32)
    }

    private final class Scope {
        enum Kind: Equatable {
            case module, function, classBody
            /// "list comprehension", "generator expression"...
            case comprehension(String)
        }
        let kind: Kind
        let parent: Scope?
        var flags: [String: Flags] = [:]
        /// The `global`/`nonlocal` statement that declared each name, in declaration order.
        var declarations: [(name: String, location: SourceLocation)] = []
        var children: [Scope] = []
        /// A comprehension's iteration variables (the names its `for` targets bind).
        var iterationNames: Set<String> = []

        init(_ kind: Kind, parent: Scope?) {
            self.kind = kind
            self.parent = parent
            parent?.children.append(self)
        }

        var isFunctionLike: Bool { kind != .module && kind != .classBody }
    }

    let filename: String
    private var scope: Scope
    /// How many comprehension iterables enclose the expression being visited (a scope nested in
    /// one, such as a lambda, is still inside it, as in CPython's symbol table).
    private var iterableDepth = 0
    private let module: Scope
    /// The `from __future__` imports at the top of the module, where they are allowed.
    private var leadingFutureImports: Set<ObjectIdentifier> = []

    /// The features `from __future__ import` accepts.
    private static let futureFeatures: Set<String> = [
        "nested_scopes", "generators", "division", "absolute_import", "with_statement", "print_function",
        "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations",
    ]

    /// Checks `module`, throwing the first error CPython's symbol table reports.
    static func check(_ module: [Stmt], filename: String) throws {
        var checker = ScopeChecker(filename: filename)
        for (i, statement) in module.enumerated() {
            if i == 0, case .expr(let e) = statement.kind, case .constant(.str) = e.kind { continue }  // docstring
            guard case .importFrom("__future__", _, 0) = statement.kind else { break }
            checker.leadingFutureImports.insert(ObjectIdentifier(statement))
        }
        try checker.visit(module)
        try checker.resolveNonlocals(in: checker.module, bound: [])
    }

    private init(filename: String) {
        self.filename = filename
        module = Scope(.module, parent: nil)
        scope = module
    }

    private func error(_ message: String, at location: SourceLocation) -> SyntaxError {
        SyntaxError(message: message, filename: filename, location: location)
    }

    // MARK: - Names

    private mutating func mark(_ name: String, _ flag: Flags, in target: Scope? = nil) {
        (target ?? scope).flags[name, default: []].insert(flag)
    }

    /// Marks a binding of `name` by the code at `location`; `__debug__` cannot be bound.
    private mutating func bind(_ name: String, _ flag: Flags = .assigned, at location: SourceLocation,
                               in target: Scope? = nil) throws {
        try checkNotDebug(name, at: location)
        mark(name, flag, in: target)
    }

    private func checkNotDebug(_ name: String, at location: SourceLocation, deleting: Bool = false) throws {
        if name == "__debug__" { throw error("cannot \(deleting ? "delete" : "assign to") __debug__", at: location) }
    }

    /// Records `global`/`nonlocal` names, rejecting names already used or bound in this scope.
    private mutating func declare(_ names: [String], nonlocal: Bool, at location: SourceLocation) throws {
        let kind = nonlocal ? "nonlocal" : "global"
        if nonlocal && scope.kind == .module {
            throw error("nonlocal declaration not allowed at module level", at: location)
        }
        for name in names {
            let flags = scope.flags[name] ?? []
            if flags.contains(.parameter) { throw error("name '\(name)' is parameter and \(kind)", at: location) }
            if flags.contains(.used) { throw error("name '\(name)' is used prior to \(kind) declaration", at: location) }
            if flags.contains(.annotated) { throw error("annotated name '\(name)' can't be \(kind)", at: location) }
            if flags.contains(.assigned) {
                throw error("name '\(name)' is assigned to before \(kind) declaration", at: location)
            }
            mark(name, nonlocal ? .nonlocal : .global)
            scope.declarations.append((name, location))
        }
    }

    /// Checks that every `nonlocal` name is bound in an enclosing function (`bound`).
    private func resolveNonlocals(in scope: Scope, bound: Set<String>) throws {
        for (name, location) in scope.declarations {
            let flags = scope.flags[name] ?? []
            if flags.contains(.global) && flags.contains(.nonlocal) {
                throw error("name '\(name)' is nonlocal and global", at: location)
            }
            if flags.contains(.nonlocal) && !bound.contains(name) {
                throw error("no binding for nonlocal '\(name)' found", at: location)
            }
        }
        var inner = bound
        if scope.kind == .classBody { inner.insert("__class__") }  // the implicit cell methods may use
        if scope.isFunctionLike {
            for (name, flags) in scope.flags where !flags.contains(.global)
                && !flags.isDisjoint(with: [.parameter, .assigned, .nonlocal]) {
                inner.insert(name)
            }
        }
        for child in scope.children {
            try resolveNonlocals(in: child, bound: inner)
        }
    }

    // MARK: - Statements

    private mutating func visit(_ body: [Stmt]) throws {
        for statement in body { try visit(statement) }
    }

    private mutating func visit(_ s: Stmt) throws {
        switch s.kind {
        case .functionDef(let name, let args, let body, let decorators, let returns):
            try bind(name, at: s.location)
            try visitDefaults(args)
            try visitAnnotations(args)
            try visit(returns)
            try decorators.forEach { try visit($0) }
            try inScope(.function) {
                try $0.bindParameters(args, at: s.location)
                try $0.visit(body)
            }
        case .classDef(let name, let bases, let keywords, let body, let decorators):
            try bind(name, at: s.location)
            try bases.forEach { try visit($0) }
            try keywords.forEach { try visit($0.value) }
            try decorators.forEach { try visit($0) }
            try inScope(.classBody) { try $0.visit(body) }
        case .return(let value):
            try visit(value)
        case .delete(let targets):
            try targets.forEach { try visitTarget($0, deleting: true) }
        case .assign(let targets, let value):
            try targets.forEach { try visitTarget($0) }
            try visit(value)
        case .augAssign(let target, _, let value):
            try visitTarget(target)
            try visit(value)
        case .annAssign(let target, let annotation, let value):
            if case .name(let name) = target.kind {
                try bind(name, .annotated, at: target.location)
                if value != nil { mark(name, .assigned) }
            } else {
                try visit(target)
            }
            try visit(annotation)
            try visit(value)
        case .for(let target, let iter, let body, let orelse):
            try visitTarget(target)
            try visit(iter)
            try visit(body)
            try visit(orelse)
        case .while(let test, let body, let orelse), .if(let test, let body, let orelse):
            try visit(test)
            try visit(body)
            try visit(orelse)
        case .with(let items, let body):
            for item in items {
                try visit(item.contextExpr)
                if let vars = item.optionalVars { try visitTarget(vars) }
            }
            try visit(body)
        case .raise(let exc, let cause):
            try visit(exc)
            try visit(cause)
        case .try(let body, let handlers, let orelse, let finalbody),
             .tryStar(let body, let handlers, let orelse, let finalbody):
            try visit(body)
            for handler in handlers {
                try visit(handler.type)
                if let name = handler.name { try bind(name, at: handler.location) }
                try visit(handler.body)
            }
            try visit(orelse)
            try visit(finalbody)
        case .assert(let test, let msg):
            try visit(test)
            try visit(msg)
        case .match(let subject, let cases):
            try visit(subject)
            for c in cases {
                try visitPattern(c.pattern)
                try visit(c.guardExpr)
                try visit(c.body)
            }
        case .import(let names):
            for alias in names {
                try bind(alias.asname ?? String(alias.name.prefix { $0 != "." }), at: s.location)
            }
        case .importFrom(let module, let names, let level):
            if module == "__future__" && level == 0 { try checkFutureImport(s, names) }
            for alias in names where alias.name != "*" { try bind(alias.asname ?? alias.name, at: s.location) }
        case .global(let names):
            try declare(names, nonlocal: false, at: s.location)
        case .nonlocal(let names):
            try declare(names, nonlocal: true, at: s.location)
        case .expr(let value):
            try visit(value)
        case .pass, .break, .continue, .magic:
            break
        }
    }

    private func checkFutureImport(_ s: Stmt, _ names: [Alias]) throws {
        guard leadingFutureImports.contains(ObjectIdentifier(s)) else {
            throw error("from __future__ imports must occur at the beginning of the file", at: s.location)
        }
        for alias in names where !ScopeChecker.futureFeatures.contains(alias.name) {
            throw error(alias.name == "braces" ? "not a chance" : "future feature \(alias.name) is not defined", at: s.location)
        }
    }

    /// Runs `body` in a new child scope of `kind`.
    private mutating func inScope(_ kind: Scope.Kind, _ body: (inout ScopeChecker) throws -> Void) throws {
        let outer = scope
        scope = Scope(kind, parent: outer)
        defer { scope = outer }
        try body(&self)
    }

    /// Binds the parameters of the function or lambda at `location`.
    private mutating func bindParameters(_ args: Arguments, at location: SourceLocation) throws {
        let all = args.posonly + args.args + [args.vararg].compactMap { $0 } + args.kwonly + [args.kwarg].compactMap { $0 }
        for arg in all {
            if scope.flags[arg.name]?.contains(.parameter) == true {
                throw error("duplicate argument '\(arg.name)' in function definition", at: arg.location)
            }
            try bind(arg.name, .parameter, at: location)
        }
    }

    private mutating func visitDefaults(_ args: Arguments) throws {
        try args.defaults.forEach { try visit($0) }
        try args.kwDefaults.forEach { try visit($0) }
    }

    private mutating func visitAnnotations(_ args: Arguments) throws {
        let all = args.posonly + args.args + [args.vararg].compactMap { $0 } + args.kwonly + [args.kwarg].compactMap { $0 }
        try all.forEach { try visit($0.annotation) }
    }

    // MARK: - Expressions

    /// A pattern's captures are bindings; its values, keys and classes are uses.
    private mutating func visitPattern(_ p: Pattern) throws {
        switch p.kind {
        case .matchValue(let value): try visit(value)
        case .matchSingleton: break
        case .matchSequence(let items), .matchOr(let items): try items.forEach { try visitPattern($0) }
        case .matchMapping(let keys, let patterns, let rest):
            try keys.forEach { try visit($0) }
            try patterns.forEach { try visitPattern($0) }
            if let rest { try bind(rest, at: p.location) }
        case .matchClass(let cls, let patterns, _, let kwdPatterns):
            try visit(cls)
            try (patterns + kwdPatterns).forEach { try visitPattern($0) }
        case .matchStar(let name): if let name { try bind(name, at: p.location) }
        case .matchAs(let inner, let name):
            if let inner { try visitPattern(inner) }
            if let name { try bind(name, at: p.location) }
        }
    }

    /// A name bound by assignment, `for`, `with`, `del`...; other targets are visited as uses.
    private mutating func visitTarget(_ e: Expr, deleting: Bool = false) throws {
        switch e.kind {
        case .name(let name):
            try checkNotDebug(name, at: e.location, deleting: deleting)
            mark(name, .assigned)
        case .tuple(let elements), .list(let elements): try elements.forEach { try visitTarget($0, deleting: deleting) }
        case .starred(let inner): try visitTarget(inner, deleting: deleting)
        case .attribute(_, let name):
            try checkNotDebug(name, at: e.location, deleting: deleting)
            try visit(e)
        default: try visit(e)
        }
    }

    private mutating func visit(_ e: Expr?) throws {
        guard let e else { return }
        switch e.kind {
        case .name(let name):
            mark(name, .used)
        case .namedExpr(let target, let value):
            try visit(value)
            if case .name(let name) = target.kind {
                try checkWalrusTarget(name, at: target.location)
                try bind(name, at: target.location, in: walrusScope())
            }
        case .lambda(let args, let body):
            try visitDefaults(args)
            try inScope(.function) {
                try $0.bindParameters(args, at: e.location)
                try $0.visit(body)
            }
        case .listComp(let element, let clauses):
            try visitComprehension(clauses, "list comprehension") { try $0.visit(element) }
        case .setComp(let element, let clauses):
            try visitComprehension(clauses, "set comprehension") { try $0.visit(element) }
        case .generatorExp(let element, let clauses):
            try visitComprehension(clauses, "generator expression") { try $0.visit(element) }
        case .dictComp(let key, let value, let clauses):
            try visitComprehension(clauses, "dict comprehension") {
                try $0.visit(key)
                try $0.visit(value)
            }
        case .yield, .yieldFrom:
            if case .comprehension(let name) = scope.kind { throw error("'yield' inside \(name)", at: e.location) }
            guard scope.isFunctionLike else { throw error("'yield' outside function", at: e.location) }
            if case .yield(let value) = e.kind { try visit(value) }
            if case .yieldFrom(let value) = e.kind { try visit(value) }
        default:
            if case .call(_, _, let keywords) = e.kind {
                for keyword in keywords { try checkNotDebug(keyword.arg ?? "", at: e.location) }
            }
            try children(of: e).forEach { try visit($0) }
        }
    }

    /// The first iterable is evaluated in the enclosing scope; the rest in the comprehension's own.
    private mutating func visitComprehension(_ clauses: [Comprehension], _ name: String,
                                             _ element: (inout ScopeChecker) throws -> Void) throws {
        try visitIterable(clauses.first?.iter)
        try inScope(.comprehension(name)) { checker in
            for (i, clause) in clauses.enumerated() {
                try checker.visitTarget(clause.target)
                checker.scope.iterationNames.formUnion(ScopeChecker.names(in: clause.target))
                if i > 0 { try checker.visitIterable(clause.iter) }
                try clause.ifs.forEach { try checker.visit($0) }
            }
            try element(&checker)
        }
    }

    private mutating func visitIterable(_ e: Expr?) throws {
        iterableDepth += 1
        defer { iterableDepth -= 1 }
        try visit(e)
    }

    /// The names a `for` target binds.
    private static func names(in target: Expr) -> [String] {
        switch target.kind {
        case .name(let name): return [name]
        case .tuple(let elements), .list(let elements): return elements.flatMap(names)
        case .starred(let inner): return names(in: inner)
        default: return []
        }
    }

    /// CPython's limits on `:=` in comprehensions: not in an iterable, not over an iteration
    /// variable of an enclosing comprehension, and not in a comprehension in a class body.
    private func checkWalrusTarget(_ name: String, at location: SourceLocation) throws {
        if iterableDepth > 0 {
            throw error("assignment expression cannot be used in a comprehension iterable expression", at: location)
        }
        var current = scope
        while case .comprehension = current.kind {
            if current.iterationNames.contains(name) {
                throw error("assignment expression cannot rebind comprehension iteration variable '\(name)'", at: location)
            }
            guard let parent = current.parent else { break }
            current = parent
        }
        if current !== scope, current.kind == .classBody {
            throw error("assignment expression within a comprehension cannot be used in a class body", at: location)
        }
    }

    /// Where `:=` binds: the nearest scope that is not a comprehension.
    private func walrusScope() -> Scope {
        var target = scope
        while case .comprehension = target.kind, let parent = target.parent { target = parent }
        return target
    }

    /// The subexpressions of the expression kinds without scoping rules of their own.
    private func children(of e: Expr) -> [Expr] {
        switch e.kind {
        case .boolOp(_, let values): return values
        case .binOp(let l, _, let r): return [l, r]
        case .unaryOp(_, let operand), .attribute(let operand, _), .starred(let operand): return [operand]
        case .ifExp(let test, let body, let orelse): return [test, body, orelse]
        case .dict(let keys, let values): return keys.compactMap { $0 } + values
        case .set(let elements), .list(let elements), .tuple(let elements), .joinedStr(let elements): return elements
        case .compare(let left, _, let rest): return [left] + rest
        case .call(let function, let args, let keywords): return [function] + args + keywords.map(\.value)
        case .formattedValue(let value, _, let spec): return [value] + (spec.map { [$0] } ?? [])
        case .subscript(let value, let index): return [value, index]
        case .slice(let lower, let upper, let step): return [lower, upper, step].compactMap { $0 }
        case .constant, .name, .namedExpr, .lambda, .listComp, .setComp, .dictComp, .generatorExp, .yield, .yieldFrom:
            return []
        }
    }
}
