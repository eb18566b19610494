extension Interpreter {
    /// Makes a class from a `class` statement's parts or from `type(name, bases, dict)`: adopts its
    /// functions (for `super()`), records `__slots__`, then runs the bases' `__init_subclass__`
    /// with the class keywords.
    /// A base's native metaclass (enum's `EnumType`) builds the class instead.
    func createClass(name: String, bases: [PyType], namespace: [(String, Value)],
                     keywords: [(String, Value)] = []) throws -> PyType {
        var keywords = keywords
        var metaclass = bases.lazy.compactMap { $0.metaclass }.first
        if let i = keywords.firstIndex(where: { $0.0 == "metaclass" }) {
            guard case .type(let meta) = keywords[i].1,
                  meta === (metaclass ?? PyType.type) || metaclass == nil && meta.classBuilder != nil else {
                throw PyException.typeError("metaclass= is not supported yet (only metaclass=type, abc.ABCMeta and enum.EnumType)")
            }
            if meta !== PyType.type { metaclass = meta }
            keywords.remove(at: i)
        }
        if let build = metaclass?.classBuilder { return try build(self, name, bases, namespace, keywords) }
        return try makeUserClass(name: name, bases: bases, namespace: namespace, keywords: keywords)
    }

    /// What `type.__new__` does for a `class` statement.
    func makeUserClass(name: String, bases: [PyType], namespace: [(String, Value)], keywords: [(String, Value)],
                       metaclass: PyType? = nil) throws -> PyType {
        if let final = bases.first(where: { b in Interpreter.finalTypes.contains { $0 === b } }) {
            throw PyException.typeError("type '\(final.name)' is not an acceptable base type")
        }
        let cls = PyType(name: name, bases: bases.isEmpty ? [.object] : bases, module: "__main__", isUserDefined: true)
        cls.metaclass = metaclass
        for (k, v) in namespace {
            cls.dict[k] = v
            adopt(v, into: cls)
        }
        cls.slots = try declaredSlots(cls)
        if let base = cls.valueBase, base === PyType.int || base === PyType.tuple || base === PyType.bytes, cls.slots?.isEmpty == false {
            throw PyException.typeError("nonempty __slots__ not supported for subtype of '\(base.name)'")
        }
        try setNames(cls, namespace)
        try initSubclass(cls, keywords)
        return cls
    }

    /// The filter a native metaclass of `bases` applies to a class body's names, if any.
    func namespaceFilter(bases: [PyType]) -> ((String, Value) throws -> Value)? {
        guard let meta = bases.lazy.compactMap({ $0.metaclass }).first else { return nil }
        return meta.namespaceFilter?(self, bases)
    }

    /// Built-in types that CPython does not let a class derive from.
    static let finalTypes: [PyType] = [.bool, .range, .slice, .noneType, .function, .builtinFunction]

    /// `type(name, bases, dict)`.
    func makeClass(_ name: Value, _ bases: Value, _ namespace: Value) throws -> Value {
        guard case .str(let className) = name else {
            throw PyException.typeError("type.__new__() argument 1 must be str, not \(name.typeName)")
        }
        guard case .tuple(let items) = bases else {
            throw PyException.typeError("type.__new__() argument 2 must be tuple, not \(bases.typeName)")
        }
        guard case .dict(let d) = namespace else {
            throw PyException.typeError("type.__new__() argument 3 must be dict, not \(namespace.typeName)")
        }
        var baseTypes: [PyType] = []
        for b in items {
            guard let t = baseClass(b) else { throw PyException.typeError("bases must be types") }
            baseTypes.append(t)
        }
        let metaclass = try mostDerivedMetaclass(.type, baseTypes)
        if metaclass.isUserDefined { return try instantiateMetaclass(metaclass, [name, bases, namespace], []) }
        var entries: [(String, Value)] = d.storage[HashKey(string: "__module__")] == nil ? [("__module__", .str("__main__"))] : []
        for (k, v) in d.storage {
            guard case .str(let key) = k.value else { throw PyException.typeError("type() namespace keys must be str") }
            entries.append((key, v))
        }
        return .type(try createClass(name: className, bases: baseTypes, namespace: entries))
    }

    /// The operations of list and dict that a subclass may override (its `d[k]`, `len(d)`, `k in d`,
    /// iteration and truth then call the override), and that `super()` reaches as the built-in's own.
    static let containerOperations: Set<String> = [
        "__getitem__", "__setitem__", "__delitem__", "__len__", "__contains__", "__iter__",
    ]

    /// The attribute names allowed by `__slots__` when every class in the MRO declares them.
    private func declaredSlots(_ cls: PyType) throws -> Set<String>? {
        var names = Set<String>()
        for t in cls.mro where t !== PyType.object && !t.isValueBase {
            guard t.isUserDefined, let declared = t.dict["__slots__"] else { return nil }
            let items: [Value]
            if case .str = declared { items = [declared] } else { items = try iterateToArray(declared) }
            for item in items {
                let slot = Compiler.mangle(try item.string("__slots__ items"), inClass: t.name)
                if slot == "__dict__" { return nil }
                names.insert(slot)
            }
        }
        return names
    }

    /// Runs the nearest base's `__init_subclass__` (implicitly a classmethod) with the class keywords.
    private func initSubclass(_ cls: PyType, _ keywords: [(String, Value)]) throws {
        for t in cls.mro.dropFirst() {
            guard let hook = t.dict["__init_subclass__"] else { continue }
            let function: Value
            if case .object(let d as PyDescriptor) = hook, d.kind == .classMethod { function = d.function } else { function = hook }
            _ = try call(function, [.type(cls)], keywords)
            return
        }
        if !keywords.isEmpty { throw PyException.typeError("\(cls.name).__init_subclass__() takes no keyword arguments") }
    }

    /// `cls.__new__(cls, *args, **kwargs)` for a class that defines `__new__`, or nil when none does.
    func callUserNew(_ t: PyType, _ args: [Value], _ keywords: [(String, Value)]) throws -> Value? {
        guard let method = t.specialMethods.userNew else { return nil }
        let function: Value
        if case .object(let d as PyDescriptor) = method, d.kind == .staticMethod { function = d.function } else { function = method }
        return try call(function, [.type(t)] + args, keywords)
    }

    /// `object.__new__(cls)`: a bare instance of a class defined by a `class` statement.
    func objectNew(_ args: [Value]) throws -> Value {
        guard case .type(let t)? = args.first else {
            throw PyException.typeError("object.__new__(X): X is not a type object (\(args.first?.typeName ?? "NoneType"))")
        }
        guard t.isUserDefined else { throw PyException.typeError("object.__new__(\(t.name)) is not safe, use \(t.name).__new__()") }
        if t.isException { return .object(PyException(t, args: Array(args.dropFirst()))) }
        if t.valueBase != nil {
            throw PyException.typeError("object.__new__(\(t.name)) is not safe, use \(t.staticBase.name).__new__()")
        }
        if let base = t.mro.first(where: { !$0.isUserDefined && $0 !== PyType.object }), base.constructor != nil {
            throw PyException.typeError("__new__ in a subclass of built-in type '\(base.name)' is not supported yet")
        }
        try checkInstantiable(t)
        return .object(PyInstance(cls: t))
    }
}
