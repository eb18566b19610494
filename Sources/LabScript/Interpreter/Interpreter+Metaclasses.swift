/// Metaclasses a lab defines (`class Meta(type)`), as CPython's `__build_class__`, `type.__new__`,
/// `type.__init__` and `type.__call__` use them. Native metaclasses (`abc.ABCMeta`,
/// `enum.EnumType`, typing's) keep their own class builders (`createClass`).
extension Interpreter {
    /// The metaclass of a `class` statement when it is a lab's own (a subclass of `type`, the
    /// most derived of `metaclass=` and the bases' metaclasses) or any other callable given as
    /// `metaclass=`, which is then taken out of `keywords`; nil when `type` or a native metaclass
    /// builds the class.
    func userMetaclass(bases: [PyType], keywords: inout [(String, Value)]) throws -> Value? {
        let index = keywords.firstIndex { $0.0 == "metaclass" }
        var winner = PyType.type
        if let index {
            guard case .type(let explicit) = keywords[index].1 else { return keywords.remove(at: index).1 }
            winner = explicit
        }
        winner = try mostDerivedMetaclass(winner, bases)
        guard winner.isUserDefined else { return nil }
        if let native = winner.mro.first(where: { !$0.isUserDefined && $0 !== PyType.type && $0 !== PyType.object }) {
            throw PyException.typeError("a metaclass deriving from '\(native.name)' is not supported yet")
        }
        if let index { keywords.remove(at: index) }
        return .type(winner)
    }

    /// CPython's `_PyType_CalculateMetaclass`: the metaclass that is a subclass of `meta` and of
    /// every base's metaclass.
    func mostDerivedMetaclass(_ meta: PyType, _ bases: [PyType]) throws -> PyType {
        var winner = meta
        for base in bases {
            let other = base.metaclass ?? .type
            if winner.isSubclass(of: other) { continue }
            if other.isSubclass(of: winner) {
                winner = other
                continue
            }
            throw PyException.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
        }
        return winner
    }

    /// The namespace a class body fills: `meta.__prepare__(name, bases, **keywords)`, or a dict.
    func prepareNamespace(_ meta: Value, name: String, bases: [PyType], keywords: [(String, Value)]) throws -> Value {
        guard let prepare = try lookupAttribute(meta, "__prepare__") else { return .dict(PyDict()) }
        let namespace = try call(prepare, [.str(name), .tuple(bases.map { .type($0) })], keywords)
        switch namespace {
        case .dict: return namespace
        default:
            guard try lookupAttribute(namespace, "__getitem__") != nil else {
                let owner: String
                if case .type(let t) = meta { owner = t.name } else { owner = "<metaclass>" }
                throw PyException.typeError("\(owner).__prepare__() must return a mapping, not \(namespace.typeName)")
            }
            return namespace
        }
    }

    /// `type.__new__(meta, name, bases, namespace, **keywords)`: a class whose metaclass is `meta`.
    func typeNew(_ meta: PyType, _ args: [Value], _ keywords: [(String, Value)]) throws -> Value {
        guard args.count == 3 else { throw PyException.typeError("type.__new__() takes exactly 3 arguments (\(args.count) given)") }
        guard case .str(let name) = args[0] else {
            throw PyException.typeError("type.__new__() argument 1 must be str, not \(args[0].typeName)")
        }
        guard case .tuple(let items) = args[1] else {
            throw PyException.typeError("type.__new__() argument 2 must be tuple, not \(args[1].typeName)")
        }
        var bases: [PyType] = []
        for item in items {
            guard case .type(let t) = item else { throw PyException.typeError("bases must be types") }
            bases.append(t)
        }
        var entries: [(String, Value)] = []
        for key in try iterateToArray(args[2]) {
            guard case .str(let k) = key else { throw PyException.typeError("type.__new__() namespace keys must be str") }
            entries.append((k, try getItem(args[2], key)))
        }
        if !entries.contains(where: { $0.0 == "__module__" }) { entries.insert(("__module__", .str("__main__")), at: 0) }
        let winner = try mostDerivedMetaclass(meta, bases)
        return .type(try makeUserClass(name: name, bases: bases, namespace: entries, keywords: keywords,
                                       metaclass: winner === PyType.type ? nil : winner))
    }

    /// `Meta(name, bases, namespace, **keywords)` for a lab's metaclass: its `__new__` (or
    /// `type.__new__`), then its `__init__` when the result is an instance of it.
    func instantiateMetaclass(_ meta: PyType, _ args: [Value], _ keywords: [(String, Value)]) throws -> Value {
        let created = try callUserNew(meta, args, keywords) ?? typeNew(meta, args, keywords)
        guard created.pyType.isSubclass(of: meta) else { return created }
        if let initializer = meta.specialMethods.initializer {
            let r = try call(bindAttribute(initializer, to: created, cls: meta), args, keywords)
            if !r.isNone { throw PyException.typeError("__init__() should return None, not '\(r.typeName)'") }
        }
        return created
    }

    /// `type.__new__`, `type.__init__` and `type.__call__` as `super()` in a metaclass reaches
    /// them (or `type.__new__(...)` spelled out), bound to `receiver` where given.
    func typeSlotMethod(_ name: String, receiver: Value?) -> Value? {
        switch name {
        case "__new__":
            return .builtin(PyBuiltin(name: name, qualname: "type.__new__") { i, args, keywords in
                guard case .type(let meta)? = args.first, meta.isSubclass(of: .type) else {
                    throw PyException.typeError("type.__new__(X): X is not a type object (\(args.first?.typeName ?? "NoneType"))")
                }
                return try i.typeNew(meta, Array(args.dropFirst()), keywords)
            })
        case "__init__":
            return .builtin(PyBuiltin(name: name, qualname: "type.__init__") { _, args, _ in
                let count = args.count + (receiver == nil ? -1 : 0)
                guard count == 1 || count == 3 else { throw PyException.typeError("type.__init__() takes 1 or 3 arguments") }
                return .none
            })
        case "__call__":
            return .builtin(PyBuiltin(name: name, qualname: "type.__call__") { i, args, keywords in
                let all = (receiver.map { [$0] } ?? []) + args
                guard case .type(let cls)? = all.first else {
                    throw PyException.typeError("descriptor '__call__' requires a 'type' object")
                }
                return try i.instantiate(cls, Array(all.dropFirst()), keywords)
            })
        default:
            return nil
        }
    }
}
