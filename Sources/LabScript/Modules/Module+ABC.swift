/// Abstract base classes: `abc.ABCMeta` and its `register`, the ABCs of `collections.abc` and
/// `numbers`, and `isinstance`/`issubclass` through them. An ABC accepts its real subclasses,
/// classes registered with it or with one of its subclasses, and, for the one-method ABCs
/// (`Iterable`, `Sized`, `Hashable`, ...), any class that defines the methods it names.
extension Interpreter {
    /// The metaclass of every ABC, shared by `abc`, `collections.abc`, `numbers` and lab classes.
    static let abcMeta: PyType = {
        let meta = PyType(name: "ABCMeta", bases: [.type], module: "abc")
        meta.classBuilder = { i, name, bases, namespace, keywords in
            let t = try i.makeUserClass(name: name, bases: bases, namespace: namespace, keywords: keywords, metaclass: meta)
            AbstractClasses.all.removeAll { $0.type == nil }
            AbstractClasses.all.append(t.link)
            return t
        }
        Builtins.method(meta, "register", ["subclass"]) { i, a in
            guard case .type(let abc) = a.values[0] else { return .none }
            guard case .type(let t) = a.values[1] else { throw PyException.typeError("Can only register classes") }
            if try i.abstractSubclassCheck(abc, t) { return a.values[1] }
            if try i.classMatches(abc, a.values[1], "issubclass") {
                throw PyException.runtimeError("Refusing to create an inheritance cycle")
            }
            abc.registeredSubclasses.append(t)
            return a.values[1]
        }
        Builtins.method(meta, "__subclasscheck__", ["subclass"]) { i, a in
            guard case .type(let abc) = a.values[0] else { return .bool(false) }
            guard case .type(let t) = a.values[1] else { throw PyException.typeError("issubclass() arg 1 must be a class") }
            return .bool(try i.abstractSubclassCheck(abc, t))
        }
        Builtins.method(meta, "__instancecheck__", ["instance"]) { i, a in
            guard case .type(let abc) = a.values[0] else { return .bool(false) }
            let t = a.values[1].isBool ? PyType.bool : a.values[1].pyType
            return .bool(try i.abstractSubclassCheck(abc, t))
        }
        return meta
    }()

    /// `issubclass(t, abc)` for an ABC.
    func abstractSubclassCheck(_ abc: PyType, _ t: PyType) throws -> Bool {
        if t.isSubclass(of: abc) { return true }
        if abc.isUserDefined, abc.lookup("__subclasshook__") != nil {
            if case .bool(let b) = try call(try getAttribute(.type(abc), "__subclasshook__"), [.type(t)]) { return b }
        }
        if let required = abc.requiredMethods, required.allSatisfy({ AbstractClasses.defines(t, $0) }) { return true }
        for r in abc.registeredSubclasses {
            if t.isSubclass(of: r) { return true }
            if r !== abc, r.metaclass === Interpreter.abcMeta || !r.registeredSubclasses.isEmpty, try abstractSubclassCheck(r, t) { return true }
        }
        for link in AbstractClasses.all {
            guard let sub = link.type, sub !== abc, sub.bases.contains(where: { $0 === abc }) else { continue }
            if try abstractSubclassCheck(sub, t) { return true }
        }
        return false
    }

    /// `abc`: `ABC`, `ABCMeta` and `abstractmethod`.
    func abcModule() -> [(String, Value)] {
        [
            ("ABC", .type(AbstractClasses.abc)), ("ABCMeta", .type(Interpreter.abcMeta)),
            ("abstractmethod", Builtins.function("abstractmethod", ["funcobj", "/"]) { i, a in
                try? i.setAttribute(a.values[0], "__isabstractmethod__", .bool(true))
                return a.values[0]
            }),
        ]
    }

    /// `collections.abc`.
    func collectionsABCModule() -> [(String, Value)] {
        AbstractClasses.collections.map { ($0.name, .type($0)) }
    }

    /// `numbers`: the numeric tower.
    func numbersModule() -> [(String, Value)] {
        AbstractClasses.numbers.map { ($0.name, .type($0)) }
    }
}

/// The native ABCs and what the one-method ABCs look for in a class.
enum AbstractClasses {
    /// Every ABC made so far, for the check through an ABC's subclasses.
    nonisolated(unsafe) static var all: [TypeLink] = []

    static let abc: PyType = make("ABC", [.object], module: "abc")

    private static func make(_ name: String, _ bases: [PyType], module: String = "collections.abc",
                             requires: [String]? = nil, abstract: [String] = []) -> PyType {
        let t = PyType(name: name, bases: bases, module: module)
        t.metaclass = Interpreter.abcMeta
        t.requiredMethods = requires
        t.nativeAbstractMethods = Set(abstract)
        for m in abstract {
            t.dict[m] = .builtin(PyBuiltin(name: m, qualname: "\(name).\(m)", isMethod: true) { _, _, _ in
                throw PyException(.notImplementedError, "")
            })
        }
        all.append(t.link)
        return t
    }

    static let collections: [PyType] = {
        let container = make("Container", [.object], requires: ["__contains__"], abstract: ["__contains__"])
        let hashable = make("Hashable", [.object], requires: ["__hash__"], abstract: ["__hash__"])
        let iterable = make("Iterable", [.object], requires: ["__iter__"], abstract: ["__iter__"])
        let iterator = make("Iterator", [iterable], requires: ["__iter__", "__next__"], abstract: ["__next__"])
        let reversible = make("Reversible", [iterable], requires: ["__reversed__", "__iter__"], abstract: ["__reversed__"])
        let generator = make("Generator", [iterator], requires: ["__iter__", "__next__", "send", "throw", "close"],
                             abstract: ["send", "throw"])
        let sized = make("Sized", [.object], requires: ["__len__"], abstract: ["__len__"])
        let callable = make("Callable", [.object], requires: ["__call__"], abstract: ["__call__"])
        let collection = make("Collection", [sized, iterable, container], requires: ["__len__", "__iter__", "__contains__"])
        let sequence = make("Sequence", [reversible, collection], abstract: ["__getitem__", "__len__"])
        let mutableSequence = make("MutableSequence", [sequence], abstract: ["__setitem__", "__delitem__", "insert"])
        let byteString = make("ByteString", [sequence])
        let set = make("Set", [collection])
        let mutableSet = make("MutableSet", [set], abstract: ["add", "discard"])
        let mapping = make("Mapping", [collection], abstract: ["__getitem__", "__iter__", "__len__"])
        let mutableMapping = make("MutableMapping", [mapping], abstract: ["__setitem__", "__delitem__"])
        let mappingView = make("MappingView", [sized])
        let awaitable = make("Awaitable", [.object], requires: ["__await__"], abstract: ["__await__"])
        let coroutine = make("Coroutine", [awaitable], requires: ["__await__", "send", "throw", "close"], abstract: ["send", "throw"])
        let asyncIterable = make("AsyncIterable", [.object], requires: ["__aiter__"], abstract: ["__aiter__"])
        let asyncIterator = make("AsyncIterator", [asyncIterable], requires: ["__aiter__", "__anext__"], abstract: ["__anext__"])
        let keysView = MappingView.types[.keys]!, valuesView = MappingView.types[.values]!, itemsView = MappingView.types[.items]!
        for (view, abc) in [(keysView, set), (itemsView, set), (valuesView, collection)] {
            abc.registeredSubclasses.append(view)
            mappingView.registeredSubclasses.append(view)
        }
        keysView.registeredSubclasses.append(.dictKeys)
        itemsView.registeredSubclasses.append(.dictItems)
        valuesView.registeredSubclasses.append(.dictValues)
        sequence.registeredSubclasses += [.tuple, .str, .range]
        mutableSequence.registeredSubclasses += [.list, .bytearray, Interpreter.dequeType]
        byteString.registeredSubclasses += [.bytes, .bytearray]
        set.registeredSubclasses += [.frozenset]
        mutableSet.registeredSubclasses += [.set]
        mutableMapping.registeredSubclasses += [.dict]
        let types = [awaitable, coroutine, asyncIterable, asyncIterator, hashable, iterable, iterator, reversible, generator,
                sized, container, callable, collection, set, mutableSet, mapping, mutableMapping, mappingView,
                keysView, itemsView, valuesView, sequence, mutableSequence, byteString]
        installMixins(types)
        return types
    }()

    static let numbers: [PyType] = {
        let number = make("Number", [.object], module: "numbers")
        let complex = make("Complex", [number], module: "numbers")
        let real = make("Real", [complex], module: "numbers")
        let rational = make("Rational", [real], module: "numbers")
        let integral = make("Integral", [rational], module: "numbers")
        complex.registeredSubclasses.append(ComplexValue.type)
        real.registeredSubclasses.append(.float)
        rational.registeredSubclasses.append(FractionValue.type)
        integral.registeredSubclasses.append(.int)
        return [number, complex, real, rational, integral]
    }()

    /// Whether class `t` defines `name` as CPython's one-method ABCs test it: found along the
    /// MRO and not None. A lab's class that defines `__eq__` without `__hash__` is unhashable.
    static func defines(_ t: PyType, _ name: String) -> Bool {
        for c in t.mro {
            if c.isUserDefined || c.metaclass === Interpreter.abcMeta {
                if let v = c.dict[name] { return !v.isNone }
                if name == "__hash__", c.isUserDefined, c.dict["__eq__"] != nil { return false }
                continue
            }
            if let known = builtinMethods(c) { return known.contains(name) }
            if c.lookup(name) != nil { return true }
        }
        return false
    }

    /// The ABC-relevant methods a built-in class defines; nil for classes not listed here.
    private static func builtinMethods(_ t: PyType) -> Set<String>? {
        let sequence: Set<String> = ["__iter__", "__len__", "__contains__", "__getitem__"]
        let iterator: Set<String> = ["__iter__", "__next__", "__hash__"]
        if t.module == "itertools" || t.name.hasSuffix("iterator") { return iterator }
        switch (t.module, t.name) {
        case ("builtins", "list"), ("builtins", "bytearray"), ("collections", "deque"):
            return sequence.union(["__reversed__", "__setitem__", "__delitem__"])
        case ("builtins", "tuple"), ("builtins", "str"), ("builtins", "bytes"): return sequence.union(["__hash__"])
        case ("builtins", "range"): return sequence.union(["__hash__", "__reversed__"])
        case ("builtins", "dict"): return ["__iter__", "__len__", "__contains__", "__getitem__", "__reversed__", "__setitem__", "__delitem__"]
        case ("builtins", "set"): return ["__iter__", "__len__", "__contains__"]
        case ("builtins", "frozenset"): return ["__iter__", "__len__", "__contains__", "__hash__"]
        case ("builtins", "dict_keys"), ("builtins", "dict_items"): return ["__iter__", "__len__", "__contains__", "__reversed__"]
        case ("builtins", "dict_values"): return ["__iter__", "__len__", "__reversed__", "__hash__"]
        case ("builtins", "generator"): return iterator.union(["send", "throw", "close"])
        case ("builtins", "enumerate"), ("builtins", "zip"), ("builtins", "map"), ("builtins", "filter"), ("builtins", "reversed"):
            return iterator
        case ("builtins", "function"), ("builtins", "builtin_function_or_method"), ("builtins", "method"), ("builtins", "type"),
             ("functools", "partial"):
            return ["__call__", "__hash__"]
        case ("builtins", "object"), ("builtins", "int"), ("builtins", "float"), ("builtins", "complex"), ("builtins", "bool"),
             ("builtins", "NoneType"):
            return ["__hash__"]
        default: return nil
        }
    }
}
