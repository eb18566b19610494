import Collections

extension Compiler {
    func compileBlock(_ stmts: [Stmt]) -> Exec {
        let compiled = stmts.map { compileStmt($0) }
        switch compiled.count {
        case 0: return { _ in .normal }
        case 1: return compiled[0]
        case 2:
            let a = compiled[0], b = compiled[1]
            return { f in
                let r = try a(f)
                if r != .normal { return r }
                return try b(f)
            }
        default:
            return { f in
                for s in compiled {
                    let r = try s(f)
                    if r != .normal { return r }
                }
                return .normal
            }
        }
    }

    func compileStmt(_ stmt: Stmt) -> Exec {
        let loc = stmt.location
        let interp = self.interp
        switch stmt.kind {
        case .expr(let e):
            let v = compileExpr(e)
            return { f in
                _ = try v(f)
                return .normal
            }
        case .assign(let targets, let valueExpr):
            let value = compileExpr(valueExpr)
            let stores = targets.map { compileStore($0) }
            if stores.count == 1 {
                let store = stores[0]
                return { f in
                    try store(f, try value(f))
                    return .normal
                }
            }
            return { f in
                let v = try value(f)
                for s in stores { try s(f, v) }
                return .normal
            }
        case .augAssign(let target, let op, let valueExpr):
            return compileAugAssign(target, Compiler.binaryOp(op), valueExpr, loc)
        case .annAssign(let target, let annotation, let valueExpr):
            let value = valueExpr.map { compileExpr($0) }, store = compileStore(target)
            if unit.scope.kind == .classBody, case .name(let name) = target.kind {
                // Class bodies keep their annotations (dataclasses read them).
                let annotationValue = compileAnnotation(annotation)
                return located(loc) { f in
                    var annotations = PyDict()
                    if case .dict(let d)? = f.classNamespace?["__annotations__"] { annotations = d } else {
                        f.classNamespace?["__annotations__"] = .dict(annotations)
                    }
                    annotations[string: name] = try annotationValue(f)
                    if let value = value { try store(f, try value(f)) }
                    return .normal
                }
            }
            guard let value = value else { return { _ in .normal } }
            return { f in
                try store(f, try value(f))
                return .normal
            }
        case .pass: return { _ in .normal }
        case .break: return { _ in .breakLoop }
        case .continue: return { _ in .continueLoop }
        case .return(let valueExpr):
            let value = valueExpr.map { compileExpr($0) }
            return { f in
                f.returnValue = try value?(f) ?? .none
                return .returned
            }
        case .if(let test, let body, let orelse):
            let t = compileExpr(test), b = compileBlock(body), o = compileBlock(orelse)
            return { f in try interp.truthy(t(f)) ? try b(f) : try o(f) }
        case .while(let test, let body, let orelse):
            let t = compileExpr(test), b = compileBlock(body), o = compileBlock(orelse)
            let flag = interp.interruptFlag
            let backEdge = body.last?.location
            return { f in
                while try interp.truthy(t(f)) {
                    if flag.pointee { try interp.checkInterrupt(at: backEdge) }
                    switch try b(f) {
                    case .breakLoop: return .normal
                    case .returned: return .returned
                    default: continue
                    }
                }
                return try o(f)
            }
        case .for(let target, let iter, let body, let orelse):
            return compileFor(target, iter, body, orelse)
        case .functionDef(let name, let args, let body, let decorators, let returns):
            let code = compileFunction(name: name, args: args, body: body, location: loc, node: stmt, isLambda: false)
            if let first = decorators.first { code.firstLineNumber = first.location.line }
            let build = makeFunctionBuilder(code, args, scope: scope(for: stmt))
            let decos = decorators.map { compileExpr($0) }
            let annotations = ScopeAnalyzer.annotations(args, returns: returns).map { ($0.name, compileAnnotation($0.expr)) }
            let store = compileStoreName(name)
            return located(loc) { f in
                let decoratorValues = try decos.map { try $0(f) }
                let function = try build(f)
                if !annotations.isEmpty {
                    // Evaluated when the def runs, after the defaults, as CPython 3.11 does.
                    let dict = PyDict()
                    for (parameter, expr) in annotations { try dict.set(.str(parameter), try expr(f)) }
                    function.attributes["__annotations__"] = .dict(dict)
                }
                var fn = Value.function(function)
                for d in decoratorValues.reversed() { fn = try interp.call(d, [fn]) }
                try store(f, fn)
                return .normal
            }
        case .classDef(let name, let bases, let keywords, let body, let decorators):
            return compileClass(stmt, name, bases, keywords, body, decorators)
        case .delete(let targets):
            let parts = targets.map { compileDelete($0) }
            return located(loc) { f in
                for p in parts { _ = try p(f) }
                return .normal
            }
        case .with(let items, let body):
            return compileWith(items, compileBlock(body))
        case .raise(let excExpr, let causeExpr):
            return located(loc, compileRaise(excExpr, causeExpr))
        case .try(let body, let handlers, let orelse, let finalbody):
            return compileTry(body, handlers, orelse, finalbody)
        case .tryStar(let body, let handlers, let orelse, let finalbody):
            return compileTryStar(body, handlers, orelse, finalbody)
        case .match(let subject, let cases):
            return compileMatch(subject, cases, loc)
        case .assert(let test, let msgExpr):
            let t = compileExpr(test)
            let m = msgExpr.map { compileExpr($0) }
            return located(loc) { f in
                if try interp.truthy(t(f)) { return .normal }
                throw PyException(.assertionError, args: try m.map { [try $0(f)] } ?? [])
            }
        case .import(let aliases):
            let parts: [(String, String?, Store)] = aliases.map { a in
                let bound = a.asname ?? String(a.name.split(separator: ".")[0])
                return (a.name, a.asname, compileStoreName(bound))
            }
            return located(loc) { f in
                for (name, asname, store) in parts {
                    let module = try interp.importModule(name)
                    if asname != nil { try store(f, .object(module)) } else {
                        try store(f, .object(try interp.importModule(String(name.split(separator: ".")[0]))))
                    }
                }
                return .normal
            }
        case .importFrom(let moduleName, let names, let level):
            return located(loc, compileImportFrom(moduleName ?? "", names, level))
        case .global, .nonlocal:
            return { _ in .normal }
        case .magic(let text):
            return { _ in
                interp.configuration.magicHandler(text)
                return .normal
            }
        }
    }

    private func compileAugAssign(_ target: Expr, _ op: BinaryOp, _ valueExpr: Expr, _ loc: SourceLocation) -> Exec {
        let value = compileExpr(valueExpr)
        let interp = self.interp
        let targetLoc = target.location
        let opLoc = targetLoc.through(valueExpr.location)
        switch target.kind {
        case .name(let n):
            let load = compileLoad(n, targetLoc), store = compileStoreName(n)
            return { f in
                let current = try load(f)
                let v = try value(f)
                if case .int(let x) = current, case .int(let y) = v, op == .add {
                    let (s, o) = x.addingReportingOverflow(y)
                    if !o {
                        try store(f, .int(s))
                        return .normal
                    }
                }
                do { try store(f, try interp.inplace(op, current, v)) } catch let e as PyException { e.note(opLoc); throw e }
                return .normal
            }
        case .attribute(let objExpr, let rawName):
            let name = mangled(rawName)
            let obj = compileExpr(objExpr)
            return located(opLoc) { f in
                let o = try obj(f)
                let current = try interp.getAttribute(o, name)
                try interp.setAttribute(o, name, try interp.inplace(op, current, try value(f)))
                return .normal
            }
        case .subscript(let objExpr, let indexExpr):
            let obj = compileExpr(objExpr), index = compileExpr(indexExpr)
            return located(opLoc) { f in
                let o = try obj(f), i = try index(f)
                let current = try interp.getItem(o, i)
                try interp.setItem(o, i, try interp.inplace(op, current, try value(f)))
                return .normal
            }
        default:
            return { _ in
                let e = PyException(.syntaxError, "'\(target)' is an illegal expression for augmented assignment")
                e.note(loc)
                throw e
            }
        }
    }

    private func compileFor(_ target: Expr, _ iterExpr: Expr, _ body: [Stmt], _ orelse: [Stmt]) -> Exec {
        let iter = compileExpr(iterExpr)
        let store = compileStore(target)
        let b = compileBlock(body), o = compileBlock(orelse)
        let interp = self.interp
        let flag = interp.interruptFlag
        let iterLoc = iterExpr.location
        let backEdge = body.last?.location
        var fastSlot: Int? = nil
        if case .name(let n) = target.kind, case .local(let i) = resolve(n) { fastSlot = i }
        let slot = fastSlot
        return { f in
            let iterable = try iter(f)
            if case .object(let r as PyRange) = iterable {
                var i = r.start
                let step = r.step, stop = r.stop
                while step > 0 ? i < stop : i > stop {
                    if flag.pointee { try interp.checkInterrupt(at: backEdge) }
                    if let s = slot { f.slots[s] = .int(i) } else { try store(f, .int(i)) }
                    i += step
                    switch try b(f) {
                    case .breakLoop: return .normal
                    case .returned: return .returned
                    default: continue
                    }
                }
                return try o(f)
            }
            let next: () throws -> Value?
            do { next = try interp.makeIterator(iterable) } catch let e as PyException { e.note(iterLoc); throw e }
            while let x = try next() {
                if flag.pointee { try interp.checkInterrupt(at: backEdge) }
                try store(f, x)
                switch try b(f) {
                case .breakLoop: return .normal
                case .returned: return .returned
                default: continue
                }
            }
            return try o(f)
        }
    }

    private func compileDelete(_ target: Expr) -> Exec {
        let interp = self.interp
        let loc = target.location
        switch target.kind {
        case .name(let n): return compileDeleteName(n, loc)
        case .subscript(let objExpr, let indexExpr):
            let obj = compileExpr(objExpr), index = compileExpr(indexExpr)
            return located(loc) { f in
                try interp.deleteItem(try obj(f), try index(f))
                return .normal
            }
        case .attribute(let objExpr, let rawName):
            let name = mangled(rawName)
            let obj = compileExpr(objExpr)
            return located(loc) { f in
                try interp.deleteAttribute(try obj(f), name)
                return .normal
            }
        case .tuple(let items), .list(let items):
            let parts = items.map { compileDelete($0) }
            return { f in
                for p in parts { _ = try p(f) }
                return .normal
            }
        default:
            return { _ in throw PyException(.syntaxError, "cannot delete expression") }
        }
    }

    private func compileWith(_ items: [WithItem], _ body: @escaping Exec) -> Exec {
        guard let item = items.first else { return body }
        let inner = items.count > 1 ? compileWith(Array(items.dropFirst()), body) : body
        let context = compileExpr(item.contextExpr)
        let store = item.optionalVars.map { compileStore($0) }
        let interp = self.interp
        let loc = item.contextExpr.location
        return { f in
            let manager = try context(f)
            let entered: Value
            do { entered = try interp.enterContext(manager) } catch let e as PyException { e.note(loc); throw e }
            let flow: Flow
            do {
                try store?(f, entered)
                flow = try inner(f)
            } catch let e as PyException {
                let suppress: Bool
                do { suppress = try interp.exitContext(manager, e) } catch let exitError as PyException {
                    if exitError !== e && exitError.context == nil { exitError.context = e }
                    exitError.note(loc)
                    throw exitError
                }
                if suppress { return .normal }
                throw e
            }
            _ = try interp.exitContext(manager, nil)
            return flow
        }
    }

    private func compileRaise(_ excExpr: Expr?, _ causeExpr: Expr?) -> Exec {
        let interp = self.interp
        guard let excExpr = excExpr else {
            return { _ in
                guard let active = interp.handledExceptions.last else { throw PyException.runtimeError("No active exception to reraise") }
                throw active
            }
        }
        let exc = compileExpr(excExpr)
        let cause = causeExpr.map { compileExpr($0) }
        return { f in
            let e = try interp.makeException(try exc(f))
            if let cause = cause {
                let c = try cause(f)
                if c.isNone { e.cause = nil } else { e.cause = try interp.makeException(c) }
                e.suppressContext = true
            }
            if let active = interp.handledExceptions.last, active !== e { e.context = active }
            e.pendingLocation = nil
            e.startsTracebackInCaller = false
            throw e
        }
    }

    private func compileTry(_ body: [Stmt], _ handlers: [ExceptHandler], _ orelse: [Stmt], _ finalbody: [Stmt]) -> Exec {
        let b = compileBlock(body), o = compileBlock(orelse)
        let interp = self.interp
        let compiledHandlers: [(Eval?, Store?, Exec?, Exec, SourceLocation)] = handlers.map { h in
            (h.type.map { compileExpr($0) }, h.name.map { compileStoreName($0) },
             h.name.map { compileDeleteName($0, h.location) }, compileBlock(h.body), h.location)
        }
        let tryExcept: Exec = { f in
            let flow: Flow
            do {
                flow = try b(f)
            } catch let caught {
                let e = interp.asPyException(caught)
                e.noteCaught(in: f.code)
                interp.noteRaisedWhileHandling(e)
                for (type, store, unbind, handler, _) in compiledHandlers {
                    if let type = type, !(try interp.exceptionMatches(e, try type(f))) { continue }
                    try store?(f, .object(e))
                    interp.handledExceptions.append(e)
                    defer { interp.handledExceptions.removeLast() }
                    let r: Flow
                    do { r = try handler(f) } catch let inner as PyException {
                        if inner !== e && inner.context == nil { inner.context = e }
                        if let unbind = unbind { _ = try? unbind(f) }
                        throw inner
                    }
                    if let unbind = unbind { _ = try? unbind(f) }
                    return r
                }
                throw e
            }
            if flow != .normal { return flow }
            return try o(f)
        }
        return withFinally(tryExcept, finalbody)
    }

    /// `body` followed by the `finally` block, which runs however `body` ends; while it runs after
    /// an exception, that exception is the one being handled (for bare `raise` and `__context__`).
    func withFinally(_ body: @escaping Exec, _ finalbody: [Stmt]) -> Exec {
        guard !finalbody.isEmpty else { return body }
        let fin = compileBlock(finalbody)
        let interp = self.interp
        return { f in
            let flow: Flow
            do {
                flow = try body(f)
            } catch {
                let pending = interp.asPyException(error)
                interp.handledExceptions.append(pending)
                defer { interp.handledExceptions.removeLast() }
                let r: Flow
                do { r = try fin(f) } catch let inner as PyException {
                    if inner !== pending && inner.context == nil { inner.context = pending }
                    throw inner
                }
                if r != .normal { return r }
                throw pending
            }
            let savedReturn = f.returnValue
            let r = try fin(f)
            if r != .normal { return r }
            f.returnValue = savedReturn
            return flow
        }
    }

    private func compileImportFrom(_ moduleName: String, _ names: [Alias], _ level: Int) -> Exec {
        let interp = self.interp
        if names.count == 1 && names[0].name == "*" {
            return { _ in
                let module = try interp.importModule(moduleName)
                for (k, v) in module.dict where !k.hasPrefix("_") { interp.globals.set(k, v) }
                return .normal
            }
        }
        let parts = names.map { ($0.name, compileStoreName($0.asname ?? $0.name)) }
        return { f in
            let module = try interp.importModule(moduleName)
            for (name, store) in parts {
                if let v = module.dict[name] {
                    try store(f, v)
                } else if let sub = try? interp.importModule(moduleName + "." + name) {
                    try store(f, .object(sub))
                } else {
                    throw PyException(.importError, "cannot import name '\(name)' from '\(moduleName)' (unknown location)")
                }
            }
            return .normal
        }
    }

    private func compileClass(_ stmt: Stmt, _ name: String, _ bases: [Expr], _ keywords: [Keyword], _ body: [Stmt], _ decorators: [Expr]) -> Exec {
        let scope = self.scope(for: stmt)
        let qualname = unit.childPrefix + name
        let child = Unit(scope: scope, parent: unit, qualname: qualname)
        let sources = closureSources(for: scope)
        let savedClass = privateClass
        privateClass = name
        let exec = within(child) { compileBlock(body) }
        privateClass = savedClass
        let code = CodeObject(name: name, qualname: qualname, filename: filename, location: stmt.location,
                              signature: Signature(names: [], positionalCount: 0), slotNames: child.slotNames,
                              cellNames: scope.cellNames, freeNames: scope.freeNames, cellParameters: [], isGenerator: false)
        code.body = exec
        let baseEvals = bases.map { compileExpr($0) }
        let keywordEvals = keywords.map { ($0.arg, compileExpr($0.value)) }
        let decos = decorators.map { compileExpr($0) }
        let store = compileStoreName(name)
        let interp = self.interp
        var doc: Value = .none
        if let first = body.first, case .expr(let e) = first.kind, case .constant(.str(let s)) = e.kind { doc = .str(s) }
        let docstring = doc
        return located(stmt.location) { f in
            let decoratorValues = try decos.map { try $0(f) }
            var baseTypes: [PyType] = [], baseValues: [Value] = []
            for b in baseEvals {
                let value = try b(f)
                guard let t = interp.baseClass(value) else { throw PyException.typeError("bases must be types") }
                baseTypes.append(t)
                baseValues.append(value)
            }
            var classKeywords: [(String, Value)] = []
            for (arg, value) in keywordEvals {
                guard let arg else { throw PyException.typeError("class keyword arguments from ** are not supported yet") }
                classKeywords.append((arg, try value(f)))
            }
            let metaclass = try interp.userMetaclass(bases: baseTypes, keywords: &classKeywords)
            let frame = Frame.make(code: code, closure: sources.map { f.cells[$0] })
            frame.classNamespace = ["__module__": .str("__main__"), "__qualname__": .str(qualname), "__doc__": docstring]
            var prepared: Value?
            if let metaclass {
                // The body's names also go, in order, into the namespace the metaclass prepared.
                let mapping = try interp.prepareNamespace(metaclass, name: name, bases: baseTypes, keywords: classKeywords)
                for (key, value) in [("__module__", Value.str("__main__")), ("__qualname__", .str(qualname)), ("__doc__", docstring)]
                where key != "__doc__" || !docstring.isNone {
                    try interp.setItem(mapping, .str(key), value)
                }
                frame.classNamespaceFilter = { key, value in
                    try interp.setItem(mapping, .str(Compiler.mangle(key, inClass: name)), value)
                    return value
                }
                prepared = mapping
            } else {
                frame.classNamespaceFilter = interp.namespaceFilter(bases: baseTypes)
            }
            _ = try exec(frame)
            var result: Value
            if let metaclass, let prepared {
                result = try interp.call(metaclass, [.str(name), .tuple(baseTypes.map { .type($0) }), prepared], classKeywords)
            } else {
                let namespace = (frame.classNamespace ?? [:]).map { (Compiler.mangle($0.key, inClass: name), $0.value) }
                result = .type(try interp.createClass(name: name, bases: baseTypes, namespace: namespace, keywords: classKeywords))
            }
            if case .type(let cls) = result, let parameters = interp.genericParameters(baseValues) {
                cls.dict["__parameters__"] = parameters
            }
            for d in decoratorValues.reversed() { result = try interp.call(d, [result]) }
            try store(f, result)
            return .normal
        }
    }
}

extension Interpreter {
    /// Marks functions defined in a class body as belonging to it (for `super()`).
    func adopt(_ v: Value, into cls: PyType) {
        switch v {
        case .function(let fn): fn.definingClass = cls
        case .object(let d as PyDescriptor):
            adopt(d.function, into: cls)
            if let s = d.setter { adopt(s, into: cls) }
        default: break
        }
    }

    /// Any Swift error as a Python exception.
    func asPyException(_ error: Error) -> PyException {
        if let e = error as? PyException { return e }
        if let s = error as? ScriptException { return s.exception }
        return PyException.runtimeError("\(error)")
    }

    /// An exception raised inside an `except` or `finally` block and caught there has the one that
    /// block handles as its `__context__`, as CPython sets it when raising.
    func noteRaisedWhileHandling(_ e: PyException) {
        if e.context == nil, let active = handledExceptions.last, active !== e { e.context = active }
    }

    /// The exception object for `raise X`: an instance, or a class to instantiate.
    func makeException(_ v: Value) throws -> PyException {
        switch v {
        case .object(let e as PyException): return e
        case .type(let t) where t.isException:
            guard case .object(let e as PyException) = try instantiate(t, [], []) else { throw PyException.typeError("exceptions must derive from BaseException") }
            return e
        default:
            throw PyException.typeError("exceptions must derive from BaseException")
        }
    }

    /// `except T:` matching, where T is a class or a tuple of classes.
    func exceptionMatches(_ e: PyException, _ spec: Value) throws -> Bool {
        switch spec {
        case .type(let t):
            guard t.isException else { throw PyException.typeError("catching classes that do not inherit from BaseException is not allowed") }
            return e.cls.isSubclass(of: t)
        case .tuple(let items):
            for item in items where try exceptionMatches(e, item) { return true }
            return false
        default:
            throw PyException.typeError("catching classes that do not inherit from BaseException is not allowed")
        }
    }
}
