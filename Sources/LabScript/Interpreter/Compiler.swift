import Collections

/// Turns the AST into a tree of Swift closures, once, before running it. Names are resolved
/// here: locals become frame slots, captured variables become cells, globals become direct
/// references to their `GlobalVar`, so running code never looks a name up in a dictionary.
///
/// The closures capture the interpreter strongly: calling through a strong capture costs nothing,
/// while an `unowned` one is retained and released on every use (on the runtime's slow path,
/// since the bridge's callbacks hold the interpreter weakly and so give it a side table).
final class Compiler {
    unowned let interp: Interpreter
    let filename: String
    let scopes: [ObjectIdentifier: Scope]
    var unit: Unit
    /// The innermost class whose body (or a function in it) is being compiled: its private
    /// names (`__x`) are mangled to `_Class__x`.
    var privateClass: String?
    /// Whether annotations are kept as source text instead of evaluated (PEP 563): the module
    /// starts with `from __future__ import annotations`, or an earlier cell of the session did
    /// (the feature stays on, as it does in Jupyter).
    let postponesAnnotations: Bool

    /// The code unit being compiled (module, function, class body or comprehension).
    final class Unit {
        let scope: Scope
        let parent: Unit?
        var slotIndex: [String: Int] = [:]
        var slotNames: [String] = []
        var cellIndex: [String: Int] = [:]
        let qualname: String

        init(scope: Scope, parent: Unit?, qualname: String) {
            self.scope = scope
            self.parent = parent
            self.qualname = qualname
            for (i, name) in scope.cellNames.enumerated() { cellIndex[name] = i }
            for (i, name) in scope.freeNames.enumerated() { cellIndex[name] = scope.cellNames.count + i }
        }

        @discardableResult
        func addSlot(_ name: String) -> Int {
            if let i = slotIndex[name] { return i }
            slotNames.append(name)
            slotIndex[name] = slotNames.count - 1
            return slotNames.count - 1
        }

        /// Prefix for the qualnames of functions defined inside this unit.
        var childPrefix: String {
            switch scope.kind {
            case .module: return ""
            case .classBody: return qualname + "."
            default: return qualname + ".<locals>."
            }
        }
    }

    /// How a name is accessed from the current unit.
    enum NameRef {
        case local(Int)
        case cell(Int, isFree: Bool)
        case global(GlobalVar)
        case classNamespace(fallback: Box)
        final class Box { let ref: NameRef; init(_ r: NameRef) { ref = r } }
    }

    init(interpreter: Interpreter, module: [Stmt], filename: String) {
        self.interp = interpreter
        self.filename = filename
        let analyzer = ScopeAnalyzer(module: module)
        scopes = analyzer.scopes
        unit = Unit(scope: analyzer.module, parent: nil, qualname: "")
        postponesAnnotations = Compiler.importsFutureAnnotations(module)
            || interpreter.globals.variable("annotations").value?.isFutureFeature == true
    }

    /// Whether the module's leading `from __future__` imports include `annotations`.
    static func importsFutureAnnotations(_ module: [Stmt]) -> Bool {
        for (i, statement) in module.enumerated() {
            if i == 0, case .expr(let e) = statement.kind, case .constant(.str) = e.kind { continue }
            guard case .importFrom("__future__", let names, 0) = statement.kind else { return false }
            if names.contains(where: { $0.name == "annotations" }) { return true }
        }
        return false
    }

    /// An annotation's value when the `def` or class body runs: the expression, or its source
    /// text under postponed evaluation.
    func compileAnnotation(_ annotation: Expr) -> (Frame) throws -> Value {
        if postponesAnnotations {
            let text = Value.str(annotation.unparsed)
            return { _ in text }
        }
        return compileExpr(annotation)
    }

    func scope(for node: AnyObject) -> Scope { scopes[ObjectIdentifier(node)]! }

    /// Compiles top-level statements into the module's code object.
    func compileModule(_ body: [Stmt]) -> CodeObject {
        let exec = compileBlock(body)
        let location = body.first?.location ?? SourceLocation(line: 1, column: 0, endLine: 1, endColumn: 0)
        let code = CodeObject(name: "<module>", qualname: "<module>", filename: filename, location: location,
                              signature: Signature(names: [], positionalCount: 0), slotNames: unit.slotNames,
                              cellNames: [], freeNames: [], cellParameters: [], isGenerator: false)
        code.body = exec
        return code
    }

    func resolve(_ name: String) -> NameRef {
        let scope = unit.scope
        switch scope.kind {
        case .module:
            return .global(interp.globals.variable(name))
        case .classBody:
            if scope.declaredGlobal.contains(name) { return .global(interp.globals.variable(name)) }
            if let c = unit.cellIndex[name], !scope.bound.contains(name) || scope.declaredNonlocal.contains(name) {
                return .cell(c, isFree: true)
            }
            let fallback: NameRef = unit.cellIndex[name].map { .cell($0, isFree: true) } ?? .global(interp.globals.variable(name))
            return .classNamespace(fallback: NameRef.Box(fallback))
        case .function, .comprehension:
            if scope.declaredGlobal.contains(name) { return .global(interp.globals.variable(name)) }
            if let c = unit.cellIndex[name] { return .cell(c, isFree: c >= scope.cellNames.count) }
            if scope.isLocal(name) { return .local(unit.addSlot(name)) }
            return .global(interp.globals.variable(name))
        }
    }

    /// Python's private-name mangling: `__x` written inside class `C` means `_C__x`.
    func mangled(_ name: String) -> String {
        guard let cls = privateClass else { return name }
        return Compiler.mangle(name, inClass: cls)
    }

    static func mangle(_ name: String, inClass cls: String) -> String {
        let stem = cls.drop { $0 == "_" }
        guard name.hasPrefix("__"), !name.hasSuffix("__"), !stem.isEmpty else { return name }
        return "_\(stem)\(name)"
    }

    /// Runs a unit's compilation with `unit` switched, restoring it afterwards.
    func within<T>(_ newUnit: Unit, _ body: () -> T) -> T {
        let saved = unit
        unit = newUnit
        defer { unit = saved }
        return body()
    }

    /// The indices, in the current unit's cells, of the free variables a child unit captures.
    func closureSources(for child: Scope) -> [Int] {
        child.freeNames.map { name in
            guard let i = unit.cellIndex[name] else { preconditionFailure("free variable \(name) not found in enclosing scope") }
            return i
        }
    }

    /// Compiles a function or lambda body into a code object (defaults are evaluated at runtime).
    func compileFunction(name: String, args: Arguments, body: [Stmt], location: SourceLocation, node: AnyObject, isLambda: Bool) -> CodeObject {
        let scope = self.scope(for: node)
        let qualname = unit.childPrefix + name
        let child = Unit(scope: scope, parent: unit, qualname: qualname)
        let positional = args.posonly + args.args
        let names = (positional + args.kwonly).map { $0.name }
        for n in names { child.addSlot(n) }
        if let v = args.vararg { child.addSlot(v.name) }
        if let k = args.kwarg { child.addSlot(k.name) }
        let signature = Signature(names: names, positionalCount: positional.count, positionalOnlyCount: args.posonly.count,
                                  varargs: args.vararg?.name, kwargs: args.kwarg?.name)
        var cellParameters: [(Int, Int)] = []
        for (name, slot) in child.slotIndex { if let c = child.cellIndex[name], c < scope.cellNames.count { cellParameters.append((slot, c)) } }
        let exec: Exec = within(child) {
            if isLambda, case .expr(let e) = body[0].kind {
                let value = compileExpr(e)
                return { f in
                    f.returnValue = try value(f)
                    return .returned
                }
            }
            return compileBlock(body)
        }
        let code = CodeObject(name: name, qualname: qualname, filename: filename, location: location, signature: signature,
                              slotNames: child.slotNames, cellNames: scope.cellNames, freeNames: scope.freeNames,
                              cellParameters: cellParameters, isGenerator: scope.isGenerator)
        code.body = exec
        if !isLambda, let first = body.first, case .expr(let e) = first.kind, case .constant(.str(let doc)) = e.kind {
            code.docstring = .str(doc)
        }
        return code
    }

    /// Builds the runtime closure that creates a function object (evaluating defaults now).
    func makeFunctionBuilder(_ code: CodeObject, _ args: Arguments, scope: Scope) -> (Frame) throws -> PyFunction {
        let positionalCount = args.posonly.count + args.args.count
        let defaultExprs = args.defaults.map { compileExpr($0) }
        let kwDefaultExprs = args.kwDefaults.map { $0.map { compileExpr($0) } }
        let sources = closureSources(for: scope)
        return { f in
            var defaults = [Value?](repeating: nil, count: code.signature.names.count)
            let firstDefault = positionalCount - defaultExprs.count
            for (i, d) in defaultExprs.enumerated() { defaults[firstDefault + i] = try d(f) }
            for (i, d) in kwDefaultExprs.enumerated() { if let d = d { defaults[positionalCount + i] = try d(f) } }
            let closure = sources.map { f.cells[$0] }
            return PyFunction(code: code, defaults: defaults, closure: closure)
        }
    }

    /// The NameError for an unbound global, with CPython's suggestion.
    func nameError(_ name: String, _ frame: Frame) -> PyException {
        let message = "name '\(name)' is not defined"
        let localNames = frame.code.slotNames.enumerated().filter { frame.slots[$0.offset] != nil }.map { $0.element }
        let suggestion = Suggestions.closest(to: name, in: localNames)
            ?? Suggestions.closest(to: name, in: interp.globalNames)
            ?? Suggestions.closest(to: name, in: Array(interp.builtins.keys).sorted())
        let e = PyException(.nameError, message)
        e.suggestion = suggestion
        e.attributes["name"] = .str(name)
        return e
    }
}
