import BigInt

extension Value {
    /// The value of a literal in the source.
    init(_ c: Constant) {
        switch c {
        case .none: self = .none
        case .bool(let b): self = .bool(b)
        case .int(let i): self = .int(i)
        case .bigInt(let b): self = Value(b)
        case .float(let d): self = .float(d)
        case .str(let s): self = .str(s)
        case .bytes(let b): self = .object(PyBytes(b))
        case .ellipsis: self = .object(PySingleton.ellipsis)
        case .imaginary(let d): self = .native(ComplexValue(0, d))
        }
    }
}

extension Compiler {
    /// The text of an f-string part made only of literal text (a format spec with no fields).
    static func literalText(_ expr: Expr) -> String? {
        guard case .joinedStr(let parts) = expr.kind else { return nil }
        var text = ""
        for part in parts {
            guard case .constant(.str(let s)) = part.kind else { return nil }
            text += s
        }
        return text
    }

    static func binaryOp(_ op: Operator) -> BinaryOp {
        switch op {
        case .add: return .add
        case .sub: return .sub
        case .mult: return .mul
        case .matMult: return .matmul
        case .div: return .truediv
        case .mod: return .mod
        case .pow: return .pow
        case .lShift: return .lshift
        case .rShift: return .rshift
        case .bitOr: return .bitor
        case .bitXor: return .bitxor
        case .bitAnd: return .bitand
        case .floorDiv: return .floordiv
        }
    }

    /// Wraps an expression's or a simple statement's code so that an error with no more precise
    /// location records this one.
    @inline(__always)
    func located<Result>(_ location: SourceLocation, _ body: @escaping (Frame) throws -> Result) -> (Frame) throws -> Result {
        return { f in
            do { return try body(f) } catch let e as PyException {
                e.note(location)
                throw e
            }
        }
    }

    func compileExpr(_ expr: Expr) -> Eval {
        let loc = expr.location
        let interp = self.interp
        switch expr.kind {
        case .constant(.imaginary(let d)):
            return { _ in .native(ComplexValue(0, d)) }
        case .constant(let c):
            let v = Value(c)
            return { _ in v }
        case .name(let n):
            return compileLoad(n, loc)
        case .binOp(let l, let op, let r):
            let left = compileExpr(l), right = compileExpr(r)
            let bop = Compiler.binaryOp(op)
            switch bop {
            case .add:
                return { f in
                    let a = try left(f), b = try right(f)
                    if case .int(let x) = a, case .int(let y) = b {
                        let (s, o) = x.addingReportingOverflow(y)
                        if !o { return .int(s) }
                    }
                    do { return try interp.binary(.add, a, b) } catch let e as PyException { e.note(loc); throw e }
                }
            default:
                return { f in
                    let a = try left(f), b = try right(f)
                    do { return try interp.binary(bop, a, b) } catch let e as PyException { e.note(loc); throw e }
                }
            }
        case .unaryOp(let op, let operand):
            let v = compileExpr(operand)
            switch op {
            case .not: return located(loc) { f in .bool(!(try interp.truthy(v(f)))) }
            case .uSub: return located(loc) { f in try interp.unary(.neg, v(f)) }
            case .uAdd: return located(loc) { f in try interp.unary(.pos, v(f)) }
            case .invert: return located(loc) { f in try interp.unary(.invert, v(f)) }
            }
        case .boolOp(let op, let values):
            let parts = values.map { compileExpr($0) }
            let isAnd = op == .and
            return located(loc) { f in
                var result = Value.none
                for (i, p) in parts.enumerated() {
                    result = try p(f)
                    if i == parts.count - 1 { break }
                    if try interp.truthy(result) != isAnd { return result }
                }
                return result
            }
        case .compare(let first, let ops, let rest):
            return compileCompare(first, ops, rest, loc)
        case .ifExp(let test, let body, let orelse):
            let t = compileExpr(test), b = compileExpr(body), o = compileExpr(orelse)
            return located(loc) { f in try interp.truthy(t(f)) ? try b(f) : try o(f) }
        case .attribute(let objExpr, let rawName):
            let site = AttributeSite(mangled(rawName))
            let obj = compileExpr(objExpr)
            return { f in
                let o = try obj(f)
                do { return try interp.getAttribute(o, at: site) } catch let e as PyException { e.note(loc); throw e }
            }
        case .subscript(let objExpr, let indexExpr):
            let obj = compileExpr(objExpr), index = compileExpr(indexExpr)
            return { f in
                let o = try obj(f), i = try index(f)
                do { return try interp.getItem(o, i) } catch let e as PyException { e.note(loc); throw e }
            }
        case .slice(let lower, let upper, let step):
            let parts = [lower, upper, step].map { $0.map { compileExpr($0) } }
            return { f in
                .object(PySlice(try parts[0]?(f) ?? .none, try parts[1]?(f) ?? .none, try parts[2]?(f) ?? .none))
            }
        case .call(let funcExpr, let args, let keywords):
            return compileCall(funcExpr, args, keywords, loc)
        case .tuple(let items):
            let elements = compileElements(items)
            return located(loc) { f in .tuple(try elements(f)) }
        case .list(let items):
            let elements = compileElements(items)
            return located(loc) { f in .list(PyList(try elements(f))) }
        case .set(let items):
            let elements = compileElements(items)
            let allConstant = items.count > 2 && items.allSatisfy(\.isFoldedConstant)
            if allConstant {
                // CPython folds an all-constant display into a frozenset constant, which its
                // compiler rebuilds once more from its own order when merging constants, and merges
                // that into the new set: the three steps decide the printed order when hashes collide.
                return located(loc) { f in
                    let folded = try PySet(elements(f), frozen: true)
                    let s = PySet()
                    s.merge(try PySet(folded.items, frozen: true))
                    return .set(s)
                }
            }
            return located(loc) { f in .set(try PySet(elements(f))) }
        case .dict(let keys, let values):
            return compileDict(keys, values, loc)
        case .joinedStr(let parts):
            let compiled = parts.map { compileExpr($0) }
            return { f in
                var s = ""
                for p in compiled {
                    guard case .str(let piece) = try p(f) else { continue }
                    s += piece
                }
                return .str(s)
            }
        case .formattedValue(let valueExpr, let conversion, let specExpr):
            let value = compileExpr(valueExpr)
            let spec = specExpr.map { compileExpr($0) }
            // A spec written out in full (`{x:.4f}`) is parsed once, here.
            let literalSpec = specExpr.flatMap(Compiler.literalText)
            let parsedSpec = literalSpec.flatMap { try? FormatSpec($0, typeName: "") }
            return located(loc) { f in
                var v = try value(f)
                switch conversion {
                case "r": v = .str(try interp.reprOf(v))
                case "s": v = .str(try interp.strOf(v))
                case "a": v = .str(Format.asciiEscaped(try interp.reprOf(v)))
                default: break
                }
                if let literalSpec, let parsedSpec { return .str(try interp.format(v, literalSpec, parsed: parsedSpec)) }
                var specText = ""
                if let s = spec, case .str(let t) = try s(f) { specText = t }
                if specText.isEmpty, case .str = v { return v }
                return .str(try interp.format(v, specText))
            }
        case .lambda(let args, let body):
            let code = compileFunction(name: "<lambda>", args: args, body: [Stmt(.expr(body), body.location)],
                                       location: loc, node: expr, isLambda: true)
            let build = makeFunctionBuilder(code, args, scope: scope(for: expr))
            return { f in .function(try build(f)) }
        case .listComp(let element, let generators):
            let run = compileComprehension(expr, generators) { [unowned self] in
                let e = self.compileExpr(element)
                return { f, out in
                    guard case .list(let l) = out else { return }
                    l.items.append(try e(f))
                }
            }
            return located(loc) { f in
                let out = Value.list(PyList())
                try run(f, out)
                return out
            }
        case .setComp(let element, let generators):
            let run = compileComprehension(expr, generators) { [unowned self] in
                let e = self.compileExpr(element)
                return { f, out in
                    guard case .set(let s) = out else { return }
                    try s.add(try e(f))
                }
            }
            return located(loc) { f in
                let out = Value.set(PySet())
                try run(f, out)
                return out
            }
        case .dictComp(let key, let value, let generators):
            let run = compileComprehension(expr, generators) { [unowned self] in
                let k = self.compileExpr(key), v = self.compileExpr(value)
                return { f, out in
                    guard case .dict(let d) = out else { return }
                    let kv = try k(f)
                    try d.set(kv, try v(f))
                }
            }
            return located(loc) { f in
                let out = Value.dict(PyDict())
                try run(f, out)
                return out
            }
        case .generatorExp(let element, let generators):
            return compileGeneratorExpression(expr, element, generators, loc)
        case .yield(let valueExpr):
            let value = valueExpr.map { compileExpr($0) }
            return located(loc) { f in
                guard let ch = f.generator else { throw PyException(.syntaxError, "'yield' outside function") }
                return try ch.yield(try value?(f) ?? .none, line: loc.line)
            }
        case .yieldFrom(let source):
            let src = compileExpr(source)
            return located(loc) { f in
                guard let ch = f.generator else { throw PyException(.syntaxError, "'yield' outside function") }
                let s = try src(f)
                defer { ch.delegate = nil }
                if case .object(let g as PyGenerator) = s {
                    ch.delegate = s
                    // send() and throw() reach the inner generator; close() closes it too.
                    var sent = Value.none
                    var thrown: PyException?
                    while true {
                        let out: Value?
                        if let e = thrown {
                            thrown = nil
                            out = try g.throwIn(e)
                        } else {
                            out = try g.send(sent)
                        }
                        guard let v = out else { return g.returnValue }
                        do {
                            sent = try ch.yield(v, line: loc.line)
                        } catch let e as PyException {
                            if e.cls === PyType.generatorExit {
                                g.channel.close()
                                throw e
                            }
                            thrown = e
                        }
                    }
                }
                let iterator = try interp.iteratorObject(s)
                ch.delegate = iterator
                let next = try interp.makeIterator(iterator)
                while let v = try next() { _ = try ch.yield(v, line: loc.line) }
                return .none
            }
        case .starred:
            return { _ in
                let e = PyException(.syntaxError, "can't use starred expression here")
                e.note(loc)
                throw e
            }
        case .namedExpr(let target, let value):
            let v = compileExpr(value)
            let store = compileStore(target)
            return { f in
                let x = try v(f)
                try store(f, x)
                return x
            }
        }
    }

    /// Elements of a display, expanding `*iterable`.
    func compileElements(_ items: [Expr]) -> (Frame) throws -> [Value] {
        let hasStar = items.contains { if case .starred = $0.kind { return true } else { return false } }
        if !hasStar {
            let compiled = items.map { compileExpr($0) }
            return { f in
                var out: [Value] = []
                out.reserveCapacity(compiled.count)
                for c in compiled { out.append(try c(f)) }
                return out
            }
        }
        let parts: [(Bool, Eval)] = items.map { item in
            if case .starred(let inner) = item.kind { return (true, compileExpr(inner)) }
            return (false, compileExpr(item))
        }
        return { [interp] f in
            var out: [Value] = []
            for (star, c) in parts {
                if star { out.append(contentsOf: try interp.iterateToArray(c(f))) } else { out.append(try c(f)) }
            }
            return out
        }
    }

    /// Positional arguments of a call that has `*iterable`s. A non-iterable is reported as Python
    /// does: with the callee's name when it is the only positional argument, else as a "Value".
    private func compileCallArguments(_ items: [Expr]) -> (Frame, Value) throws -> [Value] {
        let alone = items.count == 1
        let parts: [(Bool, Eval)] = items.map { item in
            if case .starred(let inner) = item.kind { return (true, compileExpr(inner)) }
            return (false, compileExpr(item))
        }
        return { [interp] f, callee in
            var out: [Value] = []
            for (star, c) in parts {
                let v = try c(f)
                guard star else {
                    out.append(v)
                    continue
                }
                let next: () throws -> Value?
                do { next = try interp.makeIterator(v) } catch let e as PyException where e.cls === PyType.typeError {
                    guard case .str(let message)? = e.args.first, message == "'\(v.typeName)' object is not iterable" else { throw e }
                    let what = alone ? "\(interp.calleeName(callee)) argument" : "Value"
                    throw PyException.typeError("\(what) after * must be an iterable, not \(v.typeName)")
                }
                while let item = try next() { out.append(item) }
            }
            return out
        }
    }

    private func compileDict(_ keys: [Expr?], _ values: [Expr], _ loc: SourceLocation) -> Eval {
        let parts: [(Eval?, Eval)] = zip(keys, values).map { (k, v) in (k.map { compileExpr($0) }, compileExpr(v)) }
        let interp = self.interp
        return located(loc) { f in
            let d = PyDict()
            for (k, v) in parts {
                if let k = k {
                    let key = try k(f)
                    d.storage[try HashKey(key)] = try v(f)
                } else {
                    try interp.mergeMapping(into: d, try v(f))
                }
            }
            return .dict(d)
        }
    }

    private func compileCompare(_ first: Expr, _ ops: [CmpOp], _ rest: [Expr], _ loc: SourceLocation) -> Eval {
        let head = compileExpr(first)
        let others = rest.map { compileExpr($0) }
        let interp = self.interp
        if ops.count == 1 {
            let op = ops[0], right = others[0]
            if op == .lt {
                return { f in
                    let a = try head(f), b = try right(f)
                    if case .int(let x) = a, case .int(let y) = b { return .bool(x < y) }
                    do { return try interp.compareOp(op, a, b) } catch let e as PyException { e.note(loc); throw e }
                }
            }
            return { f in
                let a = try head(f), b = try right(f)
                do { return try interp.compareOp(op, a, b) } catch let e as PyException { e.note(loc); throw e }
            }
        }
        return { f in
            var left = try head(f)
            var result = Value.bool(true)
            for (i, op) in ops.enumerated() {
                let right = try others[i](f)
                do { result = try interp.compareOp(op, left, right) } catch let e as PyException { e.note(loc); throw e }
                if i < ops.count - 1 {
                    if !(try interp.truthy(result)) { return result }
                }
                left = right
            }
            return result
        }
    }

    private func compileCall(_ funcExpr: Expr, _ args: [Expr], _ keywords: [Keyword], _ loc: SourceLocation) -> Eval {
        let interp = self.interp
        let simple = !args.contains { if case .starred = $0.kind { return true } else { return false } } && !keywords.contains { $0.arg == nil }
        if case .name("super") = funcExpr.kind, args.isEmpty, keywords.isEmpty, unit.scope.kind == .function {
            return compileZeroArgSuper(loc)
        }
        if case .name("locals") = funcExpr.kind, args.isEmpty, keywords.isEmpty,
           unit.scope.kind == .function || unit.scope.kind == .comprehension, case .global(let variable) = resolve("locals") {
            return compileLocals(variable, loc)
        }
        if simple {
            let argEvals = args.map { compileExpr($0) }
            let kwNames = keywords.map { $0.arg! }
            let kwEvals = keywords.map { compileExpr($0.value) }
            func evalArgs(_ f: Frame) throws -> ([Value], [(String, Value)]) {
                var a: [Value] = []
                a.reserveCapacity(argEvals.count)
                for e in argEvals { a.append(try e(f)) }
                var kw: [(String, Value)] = []
                for (i, e) in kwEvals.enumerated() { kw.append((kwNames[i], try e(f))) }
                return (a, kw)
            }
            if case .attribute(let objExpr, let rawName) = funcExpr.kind {
                let site = AttributeSite(mangled(rawName))
                let obj = compileExpr(objExpr)
                let count = argEvals.count
                return { f in
                    let o = try obj(f)
                    // A plain function found on the class is called with its arguments evaluated
                    // straight into its frame, looked up first as CPython's LOAD_METHOD does.
                    if kwEvals.isEmpty, case .object(let inst as PyInstance) = o, inst.cls.userGetattribute == nil,
                       case .function(let fn)? = site.classAttribute(inst.cls), fn.code.positionalArity == count + 1,
                       inst.dict.isEmpty || inst.dict[site.name] == nil {
                        return try interp.callFunctionDirect(fn, count: count + 1, note: { $0.note(loc) }) { slots, i in
                            slots[i] = i == 0 ? o : try argEvals[i - 1](f)
                        }
                    }
                    var a: [Value] = []
                    a.reserveCapacity(argEvals.count + 1)
                    a.append(o)
                    for e in argEvals { a.append(try e(f)) }
                    var kw: [(String, Value)] = []
                    for (i, e) in kwEvals.enumerated() { kw.append((kwNames[i], try e(f))) }
                    do { return try interp.callMethod(o, at: site, withSelf: a, kw) } catch let e as PyException { e.note(loc); throw e }
                }
            }
            let callee = compileExpr(funcExpr)
            let count = argEvals.count
            return { f in
                let c = try callee(f)
                if kwEvals.isEmpty, case .function(let fn) = c, fn.code.positionalArity == count {
                    return try interp.callFunctionDirect(fn, count: count, note: { $0.note(loc) }) { slots, i in
                        slots[i] = try argEvals[i](f)
                    }
                }
                if kwEvals.isEmpty, case .type(let t) = c, t.metaclass == nil, let initializer = t.specialMethods.plainInitializer,
                   initializer.code.positionalArity == count + 1 {
                    let obj = Value.object(PyInstance(cls: t))
                    let r = try interp.callFunctionDirect(initializer, count: count + 1, note: { $0.note(loc) }) { slots, i in
                        slots[i] = i == 0 ? obj : try argEvals[i - 1](f)
                    }
                    if r.isNone { return obj }
                    let e = PyException.typeError("__init__() should return None, not '\(r.typeName)'")
                    e.note(loc)
                    throw e
                }
                let (a, kw) = try evalArgs(f)
                do { return try interp.call(c, a, kw) } catch let e as PyException { e.note(loc); throw e }
            }
        }
        let callee = compileExpr(funcExpr)
        let positional = compileCallArguments(args)
        let kwParts: [(String?, Eval)] = keywords.map { ($0.arg, compileExpr($0.value)) }
        return { f in
            let c = try callee(f)
            let a: [Value]
            var kw: [(String, Value)] = []
            do {
                a = try positional(f, c)
                for (name, e) in kwParts {
                    let v = try e(f)
                    if let name = name { kw.append((name, v)); continue }
                    let d = PyDict()
                    do { try interp.mergeMapping(into: d, v) } catch let err as PyException where err.cls === PyType.typeError {
                        throw PyException.typeError("\(interp.calleeName(c)) argument after ** must be a mapping, not \(v.typeName)")
                    }
                    for (k, value) in d.storage {
                        guard case .str(let s) = k.value.unwrappingSubclass else { throw PyException.typeError("keywords must be strings") }
                        if kw.contains(where: { $0.0 == s }) {
                            throw PyException.typeError("\(interp.calleeName(c)) got multiple values for keyword argument '\(s)'")
                        }
                        kw.append((s, value))
                    }
                }
            } catch let e as PyException {
                e.note(loc)
                throw e
            }
            do { return try interp.call(c, a, kw) } catch let e as PyException { e.note(loc); throw e }
        }
    }

    /// `locals()` inside a function: its bound local variables, then its cell and free variables
    /// (unless the name `locals` has been rebound globally).
    private func compileLocals(_ variable: GlobalVar, _ loc: SourceLocation) -> Eval {
        let interp = self.interp
        return { f in
            if let rebound = variable.value {
                do { return try interp.call(rebound, [], []) } catch let e as PyException { e.note(loc); throw e }
            }
            return .dict(f.localsDict())
        }
    }

    /// `super()` inside a method: the defining class and the method's first argument.
    private func compileZeroArgSuper(_ loc: SourceLocation) -> Eval {
        let firstParam = unit.slotNames.first
        let load = firstParam.map { compileLoad($0, loc) }
        return { f in
            guard let cls = f.function?.definingClass, let load = load else {
                let e = PyException.runtimeError("super(): no arguments")
                e.note(loc)
                throw e
            }
            return .object(PySuper(cls: cls, receiver: try load(f)))
        }
    }
}

extension Interpreter {
    /// Applies a comparison operator from the AST.
    func compareOp(_ op: CmpOp, _ a: Value, _ b: Value) throws -> Value {
        switch op {
        case .eq: return try compare(.eq, a, b)
        case .notEq: return try compare(.ne, a, b)
        case .lt: return try compare(.lt, a, b)
        case .ltE: return try compare(.le, a, b)
        case .gt: return try compare(.gt, a, b)
        case .gtE: return try compare(.ge, a, b)
        case .is: return .bool(a.isIdentical(to: b))
        case .isNot: return .bool(!a.isIdentical(to: b))
        case .in: return .bool(try contains(b, a))
        case .notIn: return .bool(!(try contains(b, a)))
        }
    }

    /// Copies `{**mapping}` entries into `d`.
    func mergeMapping(into d: PyDict, _ mapping: Value) throws {
        switch mapping {
        case .dict(let other):
            for (k, v) in other.storage { d.storage[k] = v }
        default:
            guard let keysMethod = try lookupAttribute(mapping, "keys") else {
                throw PyException.typeError("'\(mapping.typeName)' object is not a mapping")
            }
            for k in try iterateToArray(call(keysMethod, [])) {
                d.storage[try HashKey(k)] = try getItem(mapping, k)
            }
        }
    }

    /// The name CPython uses for a callable in argument errors (`f()`).
    func calleeName(_ c: Value) -> String {
        switch c {
        case .function(let f): return "__main__." + f.qualname + "()"
        case .object(let m as PyBoundMethod): return calleeName(m.function)
        case .builtin(let b): return b.qualname + "()"
        case .type(let t): return (t.isUserDefined ? "__main__." : "") + t.name + "()"
        default: return c.typeName + " object"
        }
    }
}

extension Expr {
    /// A constant after CPython's AST optimizer: a literal, a signed number literal (`-1`), or a
    /// tuple of such.
    fileprivate var isFoldedConstant: Bool {
        switch kind {
        case .constant: return true
        case .unaryOp(.uSub, let operand), .unaryOp(.uAdd, let operand):
            if case .constant(let c) = operand.kind {
                switch c { case .bool, .int, .bigInt, .float, .imaginary: return true; default: return false }
            }
            return false
        case .tuple(let items): return items.allSatisfy(\.isFoldedConstant)
        default: return false
        }
    }
}
