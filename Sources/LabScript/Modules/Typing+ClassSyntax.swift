/// `typing.NamedTuple` and `typing.TypedDict` in class syntax and functional form. Both are
/// classes with a native metaclass whose class builder turns the body's annotations into fields:
/// a NamedTuple class is a `collections.namedtuple` class with the body's methods; calling a
/// TypedDict class makes a plain dict.
enum TypingClasses {
    /// `Generic` and `Protocol`: base classes whose subscript (`Generic[T]`) stands for the class
    /// as a base and keeps its type variables for the subclass's `__parameters__`. A subclass's
    /// subscript (`Box[int]`) is an alias of that subclass, printed as CPython prints it.
    static let generic = subscriptableBase("Generic", base: .object)
    static let protocolBase = subscriptableBase("Protocol", base: generic)

    private static func subscriptableBase(_ name: String, base: PyType) -> PyType {
        let t = PyType(name: name, bases: [base], module: "typing")
        t.dict["__class_getitem__"] = Builtins.function("__class_getitem__", ["cls", "params"]) { _, a in
            guard case .type(let cls) = a.values[0] else { return .type(t) }
            return .native(GenericAlias(origin: cls, item: a.values[1]))
        }
        return t
    }

    static let namedTupleMeta: PyType = {
        let t = PyType(name: "NamedTupleMeta", bases: [.type], module: "typing")
        t.classBuilder = { i, name, bases, namespace, keywords in try i.namedTupleClass(name, bases, namespace, keywords) }
        Builtins.rawMethod(t, "__call__") { i, args, keywords in
            guard args.count >= 2, args.count <= 3 else { throw PyException.typeError("NamedTuple() takes a name and a list of fields") }
            var fields: [(String, Value)] = []
            if args.count == 3, !args[2].isNone {
                for item in try i.iterateToArray(args[2]) {
                    let pair = try i.iterateToArray(item)
                    guard pair.count == 2 else { throw PyException.typeError("NamedTuple fields must be (name, type) pairs") }
                    fields.append((try pair[0].string("field name"), pair[1]))
                }
            }
            fields += keywords
            let annotations = PyDict()
            for (k, v) in fields { annotations[string: k] = v }
            return .type(try i.namedTupleClass(try args[1].string("typename"), [namedTuple], [("__annotations__", .dict(annotations))], []))
        }
        return t
    }()

    static let namedTuple: PyType = {
        let t = PyType(name: "NamedTuple", bases: [.object], module: "typing")
        t.metaclass = namedTupleMeta
        return t
    }()

    static let typedDictMeta: PyType = {
        let t = PyType(name: "_TypedDictMeta", bases: [.type], module: "typing")
        t.classBuilder = { i, name, bases, namespace, keywords in try i.typedDictClass(name, bases, namespace, keywords) }
        Builtins.rawMethod(t, "__call__") { i, args, keywords in
            guard case .type(let cls)? = args.first else { return .none }
            if cls === typedDict {
                guard args.count >= 2 else { throw PyException.typeError("TypedDict() missing 1 required positional argument: 'typename'") }
                let fields = args.count > 2 ? args[2] : Value.dict(PyDict())
                let annotations = PyDict()
                if case .dict(let d) = fields { annotations.storage = d.storage }
                return .type(try i.typedDictClass(try args[1].string("typename"), [typedDict],
                                                  [("__annotations__", .dict(annotations))], keywords))
            }
            return try i.call(.type(.dict), Array(args.dropFirst()), keywords)
        }
        Builtins.method(t, "__subclasscheck__", ["cls"]) { _, _ in
            throw PyException.typeError("TypedDict does not support instance and class checks")
        }
        return t
    }()

    static let typedDict: PyType = {
        let t = PyType(name: "TypedDict", bases: [.object], module: "typing")
        t.metaclass = typedDictMeta
        return t
    }()

    static let reservedNamedTupleNames: Set<String> = [
        "__new__", "__init__", "__slots__", "__getnewargs__", "_fields", "_field_defaults", "_make", "_replace", "_asdict", "_source",
    ]
}

extension Interpreter {
    /// `class P(NamedTuple)`: fields from the annotations in order, defaults from their values,
    /// the body's other names (methods, properties, docstring) added to the class.
    func namedTupleClass(_ name: String, _ bases: [PyType], _ namespace: [(String, Value)], _ keywords: [(String, Value)]) throws -> PyType {
        guard bases.allSatisfy({ $0 === TypingClasses.namedTuple }) else {
            throw PyException.typeError("can only inherit from a NamedTuple type and Generic")
        }
        if let (key, _) = keywords.first { throw PyException.typeError("NamedTuple class keyword '\(key)' is not supported yet") }
        let body = Dictionary(namespace, uniquingKeysWith: { _, b in b })
        var fields: [String] = []
        var defaults: [Value] = []
        let annotations: PyDict
        if case .dict(let d)? = body["__annotations__"] { annotations = d } else { annotations = PyDict() }
        for key in annotations.storage.keys {
            let field = try key.value.string("field name")
            if let value = body[field] {
                defaults.append(value)
            } else if !defaults.isEmpty {
                throw PyException.typeError("Non-default namedtuple field \(field) cannot follow default field \(fields[fields.count - defaults.count])")
            }
            fields.append(field)
        }
        guard case .type(let cls) = try makeNamedTuple(name, .list(PyList(fields.map { .str($0) })),
                                                       defaults: defaults.isEmpty ? .none : .list(PyList(defaults))) else {
            throw PyException.typeError("NamedTuple class could not be made")
        }
        for (key, value) in namespace where !fields.contains(key) {
            if TypingClasses.reservedNamedTupleNames.contains(key) {
                throw PyException.attributeError("Cannot overwrite NamedTuple attribute \(key)")
            }
            cls.dict[key] = value
            adopt(value, into: cls)
        }
        cls.dict["__annotations__"] = .dict(annotations.forwardReferences(module: .none))
        return cls
    }

    /// `class Movie(TypedDict, total=False)`: a subclass of dict whose annotations (its bases'
    /// first) are the keys; calling it makes a plain dict.
    func typedDictClass(_ name: String, _ bases: [PyType], _ namespace: [(String, Value)], _ keywords: [(String, Value)]) throws -> PyType {
        guard bases.allSatisfy({ $0.metaclass === TypingClasses.typedDictMeta }) else {
            throw PyException.typeError("cannot inherit from both a TypedDict type and a non-TypedDict base class")
        }
        var total = true
        for (key, value) in keywords {
            guard key == "total" else { throw PyException.typeError("TypedDict class keyword '\(key)' is not supported yet") }
            total = try truthy(value)
        }
        let annotations = PyDict()
        var required: [Value] = [], optional: [Value] = []
        for base in bases where base !== TypingClasses.typedDict {
            if case .dict(let d)? = base.dict["__annotations__"] { for (k, v) in d.storage { annotations.storage[k] = v } }
            if case .set(let s)? = base.dict["__required_keys__"] { required += s.items }
            if case .set(let s)? = base.dict["__optional_keys__"] { optional += s.items }
        }
        var own = namespace.filter { $0.0 != "__annotations__" }
        if case .dict(let d)? = namespace.first(where: { $0.0 == "__annotations__" })?.1 {
            for (k, v) in d.storage {
                annotations.storage[k] = v
                if total { required.append(k.value) } else { optional.append(k.value) }
            }
        }
        own += [("__annotations__", .dict(annotations.forwardReferences(module: .str("__main__")))), ("__total__", .bool(total)),
                ("__required_keys__", .set(try PySet(required, frozen: true))), ("__optional_keys__", .set(try PySet(optional, frozen: true)))]
        return try makeUserClass(name: name, bases: [.dict], namespace: own, keywords: [], metaclass: TypingClasses.typedDictMeta)
    }
}

extension PyDict {
    /// The annotations with each string made a `ForwardRef` (CPython's `_type_check`, as
    /// `NamedTuple` and `TypedDict` apply it; TypedDict names the class's module).
    func forwardReferences(module: Value) -> PyDict {
        let d = PyDict()
        for (k, v) in storage {
            if case .str(let text) = v { d.storage[k] = .native(ForwardReference(text, module: module)) } else { d.storage[k] = v }
        }
        return d
    }
}
