extension Interpreter {
    /// `object`'s own `__repr__`, `__str__`, `__eq__`, `__ne__`, the ordering comparisons,
    /// `__hash__`, `__init__` and `__format__`, as a class reaches them explicitly
    /// (`object.__repr__(self)`) or through `super()` (bound to `receiver`).
    func objectProtocolMethod(_ name: String, receiver: Value?) -> Value? {
        let arity: Int
        switch name {
        case "__repr__", "__str__", "__hash__": arity = 1
        case "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__format__": arity = 2
        case "__init__": arity = -1
        default: return nil
        }
        // Unbound, it is a method descriptor: `__hash__ = object.__hash__` in a class body binds.
        return .builtin(PyBuiltin(name: name, qualname: "object.\(name)", isMethod: receiver == nil) { i, args, keywords in
            let all = (receiver.map { [$0] } ?? []) + args
            guard let this = all.first else {
                throw PyException.typeError("descriptor '\(name)' of 'object' object needs an argument")
            }
            if name == "__init__" { return try i.objectInit(this, Array(all.dropFirst()), keywords) }
            guard keywords.isEmpty else { throw PyException.typeError("object.\(name)() takes no keyword arguments") }
            guard all.count == arity else {
                throw PyException.typeError("expected \(arity - 1) argument\(arity == 2 ? "" : "s"), got \(all.count - 1)")
            }
            switch name {
            case "__repr__": return .str(i.defaultRepr(this))
            case "__str__": return .str(try i.reprOf(this))
            case "__hash__": return .int((this.identity?.hashValue ?? 0) >> 4)
            case "__eq__": return this.isIdentical(to: all[1]) ? .bool(true) : .object(PySingleton.notImplemented)
            case "__ne__":
                // CPython's object.__ne__ inverts the type's own __eq__ unless it is NotImplemented.
                guard let eq = try i.lookupAttribute(this, "__eq__") else {
                    return this.isIdentical(to: all[1]) ? .bool(false) : .object(PySingleton.notImplemented)
                }
                let r = try i.call(eq, [all[1]])
                if case .object(let s as PySingleton) = r, s === PySingleton.notImplemented { return r }
                return .bool(!(try i.truthy(r)))
            case "__format__":
                guard case .str(let spec) = all[1] else {
                    throw PyException.typeError("__format__() argument must be str, not \(all[1].typeName)")
                }
                guard spec.isEmpty else { throw PyException.typeError("unsupported format string passed to \(this.typeName).__format__") }
                return .str(try i.strOf(this))
            default: return .object(PySingleton.notImplemented)
            }
        })
    }

    /// `<module.Qualname object at 0x…>`: what `object.__repr__` shows (no module for builtins).
    func defaultRepr(_ v: Value) -> String {
        let t = v.pyType
        var name = t.name
        if case .str(let q)? = t.dict["__qualname__"] { name = q }
        let module = t.module == "builtins" ? "" : t.module + "."
        return "<\(module)\(name) object at \(addressOf(v))>"
    }

    /// `object.__init__(self, *args)`: extra arguments are an error, with CPython's two messages.
    private func objectInit(_ this: Value, _ args: [Value], _ keywords: [(String, Value)]) throws -> Value {
        guard !args.isEmpty || !keywords.isEmpty else { return .none }
        let t = this.pyType
        if t.specialMethods.initializer != nil {
            throw PyException.typeError("object.__init__() takes exactly one argument (the instance to initialize)")
        }
        if t.specialMethods.userNew == nil {
            throw PyException.typeError("\(t.name).__init__() takes exactly one argument (the instance to initialize)")
        }
        return .none
    }
}
