extension Compiler {
    func compileLoad(_ name: String, _ location: SourceLocation) -> Eval {
        switch resolve(name) {
        case .local(let i):
            return { f in
                if let v = f.slots[i] { return v }
                let e = PyException(.unboundLocalError, "cannot access local variable '\(name)' where it is not associated with a value")
                e.note(location)
                throw e
            }
        case .cell(let i, let isFree):
            return { f in
                if let v = f.cells[i].value { return v }
                let e = isFree
                    ? PyException(.nameError, "cannot access free variable '\(name)' where it is not associated with a value in enclosing scope")
                    : PyException(.unboundLocalError, "cannot access local variable '\(name)' where it is not associated with a value")
                e.note(location)
                throw e
            }
        case .global(let g):
            return globalLoad(g, location)
        case .classNamespace(let fallback):
            let other: Eval
            if case .global(let g) = fallback.ref { other = globalLoad(g, location) } else {
                other = { f in
                    guard case .cell(let i, _) = fallback.ref, let v = f.cells[i].value else { throw PyException.nameError("name '\(name)' is not defined") }
                    return v
                }
            }
            return { f in
                if let v = f.classNamespace?[name] { return v }
                return try other(f)
            }
        }
    }

    private func globalLoad(_ g: GlobalVar, _ location: SourceLocation) -> Eval {
        let builtin = interp.builtins[g.name]
        let globals = interp.globals
        return { [self] f in
            if let v = g.value {
                // A read counts for data flow only before this execution binds the name: a
                // cell that assigns `config` and then uses it does not depend on the old value.
                if g.bindEpoch != globals.epoch { g.readEpoch = globals.epoch }
                return v
            }
            if let b = builtin { return b }
            let e = nameError(g.name, f)
            e.note(location)
            throw e
        }
    }

    func compileStoreName(_ name: String) -> Store {
        switch resolve(name) {
        case .local(let i): return { f, v in f.slots[i] = v }
        case .cell(let i, _): return { f, v in f.cells[i].value = v }
        case .global(let g): return { _, v in g.value = v }
        case .classNamespace:
            return { f, v in
                if let filter = f.classNamespaceFilter { f.classNamespace?[name] = try filter(name, v) } else { f.classNamespace?[name] = v }
            }
        }
    }

    func compileDeleteName(_ name: String, _ location: SourceLocation) -> Exec {
        let isLocal = resolveKindIsLocal(name)
        let unbound: (Frame) -> PyException = { _ in
            let e = isLocal
                ? PyException(.unboundLocalError, "cannot access local variable '\(name)' where it is not associated with a value")
                : PyException(.nameError, "name '\(name)' is not defined")
            e.note(location)
            return e
        }
        switch resolve(name) {
        case .local(let i):
            return { f in
                if f.slots[i] == nil { throw unbound(f) }
                f.slots[i] = nil
                return .normal
            }
        case .cell(let i, _):
            return { f in
                if f.cells[i].value == nil { throw unbound(f) }
                f.cells[i].value = nil
                return .normal
            }
        case .global(let g):
            return { f in
                if g.value == nil { throw unbound(f) }
                g.value = nil
                return .normal
            }
        case .classNamespace:
            return { f in
                if f.classNamespace?.removeValue(forKey: name) == nil { throw unbound(f) }
                return .normal
            }
        }
    }

    private func resolveKindIsLocal(_ name: String) -> Bool {
        if case .local = resolve(name) { return true }
        if case .cell(_, let free) = resolve(name) { return !free }
        return false
    }

    /// Compiles an assignment target.
    func compileStore(_ target: Expr) -> Store {
        let location = target.location
        switch target.kind {
        case .name(let n): return compileStoreName(n)
        case .attribute(let objExpr, let rawName):
            let site = AttributeSite(mangled(rawName))
            let obj = compileExpr(objExpr)
            return { [interp] f, v in
                let o = try obj(f)
                do { try interp.setAttribute(o, at: site, v) } catch let e as PyException { e.note(location); throw e }
            }
        case .subscript(let objExpr, let indexExpr):
            let obj = compileExpr(objExpr), index = compileExpr(indexExpr)
            return { [interp] f, v in
                let o = try obj(f), i = try index(f)
                do { try interp.setItem(o, i, v) } catch let e as PyException { e.note(location); throw e }
            }
        case .tuple(let items), .list(let items):
            return compileUnpack(items, location)
        case .starred:
            return { _, _ in
                let e = PyException(.syntaxError, "starred assignment target must be in a list or tuple")
                e.note(location)
                throw e
            }
        default:
            return { _, _ in
                let e = PyException(.syntaxError, "cannot assign to expression")
                e.note(location)
                throw e
            }
        }
    }

    private func compileUnpack(_ items: [Expr], _ location: SourceLocation) -> Store {
        let starIndex = items.firstIndex { if case .starred = $0.kind { return true } else { return false } }
        let stores = items.map { item -> Store in
            if case .starred(let inner) = item.kind { return compileStore(inner) }
            return compileStore(item)
        }
        let count = items.count
        return { [interp] f, v in
            let values: [Value]
            do {
                values = try interp.unpack(v, count: count, starIndex: starIndex)
            } catch let e as PyException {
                e.note(location)
                throw e
            }
            for i in 0..<count { try stores[i](f, values[i]) }
        }
    }
}

extension Interpreter {
    /// Unpacks an iterable into exactly `count` values (the starred one collects a list).
    func unpack(_ v: Value, count: Int, starIndex: Int?) throws -> [Value] {
        let items: [Value]
        if case .tuple(let t) = v { items = t } else if case .list(let l) = v { items = l.items } else {
            do { items = try iterateToArray(v) } catch let e as PyException where e.cls === PyType.typeError {
                throw PyException.typeError("cannot unpack non-iterable \(v.typeName) object")
            }
        }
        if let s = starIndex {
            let minimum = count - 1
            if items.count < minimum {
                throw PyException.valueError("not enough values to unpack (expected at least \(minimum), got \(items.count))")
            }
            let after = count - s - 1
            return Array(items[..<s]) + [.list(PyList(Array(items[s..<(items.count - after)])))] + Array(items[(items.count - after)...])
        }
        if items.count < count { throw PyException.valueError("not enough values to unpack (expected \(count), got \(items.count))") }
        if items.count > count { throw PyException.valueError("too many values to unpack (expected \(count))") }
        return items
    }
}
