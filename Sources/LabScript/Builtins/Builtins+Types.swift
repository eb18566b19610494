import Foundation

extension Interpreter {
    func installTypeConstructors() {
        PyType.str.constructor = { i, args, kw in
            let (sig, defaults) = Signature.parse(["object=''", "encoding=None", "errors=None"])
            let b = try sig.bind(args, kw, defaults: defaults, function: "str")
            if case .object(let bytes as PyBytes) = b.values[0], b.wasPassed(1) || b.wasPassed(2) {
                let encoding = b.wasPassed(1) ? try b.values[1].string("str() argument 'encoding'") : "utf-8"
                let errors = b.wasPassed(2) ? try b.values[2].string("str() argument 'errors'") : "strict"
                return .str(try Codec(name: encoding).decode(bytes.bytes, errors: errors))
            }
            return .str(try i.strOf(b.values[0]))
        }
        PyType.list.constructor = { i, args, _ in
            guard args.count <= 1 else { throw PyException.typeError("list expected at most 1 argument, got \(args.count)") }
            return .list(PyList(try args.first.map { try i.iterateToArray($0) } ?? []))
        }
        PyType.tuple.constructor = { i, args, _ in
            guard args.count <= 1 else { throw PyException.typeError("tuple expected at most 1 argument, got \(args.count)") }
            return .tuple(try args.first.map { try i.iterateToArray($0) } ?? [])
        }
        PyType.set.constructor = { i, args, _ in
            guard args.count <= 1 else { throw PyException.typeError("set expected at most 1 argument, got \(args.count)") }
            return .set(try i.makeSet(args.first, frozen: false))
        }
        PyType.frozenset.constructor = { i, args, _ in
            guard args.count <= 1 else { throw PyException.typeError("frozenset expected at most 1 argument, got \(args.count)") }
            return .set(try i.makeSet(args.first, frozen: true))
        }
        PyType.dict.constructor = { i, args, kw in
            guard args.count <= 1 else { throw PyException.typeError("dict expected at most 1 argument, got \(args.count)") }
            let d = PyDict()
            if let source = args.first { try i.updateDict(d, source) }
            for (k, v) in kw { d[string: k] = v }
            return .dict(d)
        }
        PyType.slice.constructor = { _, args, _ in
            switch args.count {
            case 1: return .object(PySlice(.none, args[0], .none))
            case 2: return .object(PySlice(args[0], args[1], .none))
            case 3: return .object(PySlice(args[0], args[1], args[2]))
            default: throw PyException.typeError("slice expected at least 1 argument, got 0")
            }
        }
        PyType.type.constructor = { i, args, _ in
            if args.count == 3 { return try i.makeClass(args[0], args[1], args[2]) }
            guard args.count == 1 else { throw PyException.typeError("type() takes 1 or 3 arguments") }
            return .type(args[0].pyType)
        }
        PyType.object.constructor = { _, args, _ in
            guard args.isEmpty else { throw PyException.typeError("object() takes no arguments") }
            return .object(PyInstance(cls: .object))
        }
        PyType.staticmethod.constructor = { _, args, _ in .object(PyDescriptor(.staticMethod, args.first ?? .none)) }
        PyType.classmethod.constructor = { _, args, _ in .object(PyDescriptor(.classMethod, args.first ?? .none)) }
        PyType.property.constructor = { _, args, kw in
            let getter = args.first ?? kw.first { $0.0 == "fget" }?.1 ?? .none
            let setter = args.count > 1 ? args[1] : kw.first { $0.0 == "fset" }?.1
            let deleter = args.count > 2 ? args[2] : kw.first { $0.0 == "fdel" }?.1
            return .object(PyDescriptor(.property, getter, setter: setter, deleter: deleter))
        }
        PyType.superType.constructor = { _, args, _ in
            guard args.count == 2, case .type(let t) = args[0] else { throw PyException.runtimeError("super(): no arguments") }
            return .object(PySuper(cls: t, receiver: args[1]))
        }
        Builtins.method(.property, "setter", ["fset"]) { _, a in
            guard case .object(let d as PyDescriptor) = a.values[0] else { return .none }
            return .object(PyDescriptor(.property, d.function, setter: a.values[1], deleter: d.deleter))
        }
        Builtins.method(.property, "getter", ["fget"]) { _, a in
            guard case .object(let d as PyDescriptor) = a.values[0] else { return .none }
            return .object(PyDescriptor(.property, a.values[1], setter: d.setter, deleter: d.deleter))
        }
        Builtins.method(.property, "deleter", ["fdel"]) { _, a in
            guard case .object(let d as PyDescriptor) = a.values[0] else { return .none }
            return .object(PyDescriptor(.property, d.function, setter: d.setter, deleter: a.values[1]))
        }
    }

    func makeSet(_ source: Value?, frozen: Bool) throws -> PySet {
        guard let source = source else { return PySet(frozen: frozen) }
        if case .set(let s) = source { return s.copy(frozen: frozen) }
        return try PySet(iterateToArray(source), frozen: frozen)
    }

    /// `dict.update(source)`: a mapping or an iterable of pairs.
    func updateDict(_ d: PyDict, _ source: Value) throws {
        switch source {
        case .dict(let other):
            for (k, v) in other.storage { d.storage[k] = v }
        default:
            if case .object(let inst as PyInstance) = source, inst.cls.lookup("keys") != nil {
                try mergeMapping(into: d, source)
                return
            }
            if case .native = source, try lookupAttribute(source, "keys") != nil {
                try mergeMapping(into: d, source)
                return
            }
            let next = try makeIterator(source)
            var n = 0
            while let item = try next() {
                let pair: [Value]
                do { pair = try iterateToArray(item) } catch {
                    throw PyException.typeError("cannot convert dictionary update sequence element #\(n) to a sequence")
                }
                guard pair.count == 2 else {
                    throw PyException.valueError("dictionary update sequence element #\(n) has length \(pair.count); 2 is required")
                }
                try d.set(pair[0], pair[1])
                n += 1
            }
        }
    }
}

extension Interpreter {
    /// PySuper attribute lookup: the MRO after `cls`, bound to the receiver.
    func superAttribute(_ s: PySuper, _ name: String) throws -> Value {
        // As CPython's super(): a class receiver that is a subclass of `cls` (a classmethod's or
        // `__new__`'s) walks its own MRO; any other receiver, its type's (a metaclass method's class).
        let receiverType: PyType
        if case .type(let t) = s.receiver, t.isSubclass(of: s.cls) { receiverType = t } else { receiverType = s.receiver.pyType }
        let mro = receiverType.mro
        let start = (mro.firstIndex { $0 === s.cls } ?? -1) + 1
        for t in mro[start...] {
            guard let v = t.dict[name] else { continue }
            if name == "__new__", case .function = v { return v }  // implicitly a staticmethod
            // A property reached through super() on an instance runs its getter on the receiver.
            if case .object(let d as PyDescriptor) = v, d.kind == .property {
                if case .type = s.receiver { return v }
                return try propertyValue(d, of: s.receiver)
            }
            if case .object(let d as PyInstance) = v, d.cls.isUserDefined {
                if case .type(let owner) = s.receiver, let got = try descriptorClassRead(v, owner: owner) { return got }
                if let got = try descriptorRead(v, of: s.receiver, owner: receiverType, instanceHas: false) { return got }
            }
            if !t.isUserDefined, let payload = s.receiver.builtinPayload { return bindAttribute(v, to: payload, cls: t) }
            return bindAttribute(v, to: s.receiver, cls: receiverType)
        }
        if mro[start...].contains(where: { $0 === PyType.type }), let method = typeSlotMethod(name, receiver: s.receiver) {
            return method
        }
        if let base = mro[start...].first(where: { $0.isValueBase }) {
            if name == "__new__", let new = valueBaseOperation(base, name) { return new }
            if let payload = s.receiver.builtinPayload, let special = specialMethod(payload, name) { return special }
        }
        if name == "__init__" {
            return .builtin(PyBuiltin(name: "__init__") { interp, args, kw in
                if s.receiver.builtinPayload != nil, !args.isEmpty || !kw.isEmpty {
                    throw PyException.typeError("object.__init__() takes exactly one argument (the instance to initialize)")
                }
                if case .object(let e as PyException) = s.receiver { e.args = args }
                try interp.initializeContainer(s.receiver, args, kw)
                return .none
            })
        }
        if Interpreter.containerOperations.contains(name), mro[start...].contains(where: { $0 === PyType.list || $0 === PyType.dict || $0 === PyType.set || $0 === PyType.frozenset }),
           let builtin = specialMethod(s.receiver, name) {
            return builtin
        }
        if let raw = objectSlotMethod(name, receiver: s.receiver) { return raw }
        throw PyException.attributeError("'super' object has no attribute '\(name)'")
    }
}
