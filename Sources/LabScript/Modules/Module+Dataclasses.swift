/// A `dataclasses.field(...)` marker left in a class body.
final class DataclassField: PyObject {
    let defaultValue: Value?
    let defaultFactory: Value?
    let initialize: Bool
    let includeInRepr: Bool
    init(defaultValue: Value?, defaultFactory: Value?, initialize: Bool, includeInRepr: Bool) {
        self.defaultValue = defaultValue
        self.defaultFactory = defaultFactory
        self.initialize = initialize
        self.includeInRepr = includeInRepr
    }
    static let type = PyType(name: "Field", bases: [.object], module: "dataclasses")
    override var pyType: PyType { DataclassField.type }
}

extension Interpreter {
    /// `dataclasses`: `@dataclass` (with or without options) and `field()`.
    func dataclassesModule() -> [(String, Value)] {
        [
            ("dataclass", Builtins.function("dataclass", ["cls=None", "/", "*", "init=True", "repr=True", "eq=True", "order=False", "frozen=False"]) { i, a in
                let order = try i.truthy(a.values[4]), frozen = try i.truthy(a.values[5])
                if case .type(let t) = a.values[0] { return .type(try i.makeDataclass(t, order: order, frozen: frozen)) }
                return .builtin(PyBuiltin(name: "wrap") { i, args, _ in
                    guard case .type(let t)? = args.first else { throw PyException.typeError("dataclass() should be called on a class") }
                    return .type(try i.makeDataclass(t, order: order, frozen: frozen))
                })
            }),
            ("FrozenInstanceError", .type(Interpreter.frozenInstanceError)),
            ("field", Builtins.function("field", ["*", "default=None", "default_factory=None", "init=True", "repr=True", "compare=True"]) { i, a in
                .object(DataclassField(defaultValue: a.wasPassed(0) ? a.values[0] : nil,
                                       defaultFactory: a.values[1].isNone ? nil : a.values[1],
                                       initialize: try i.truthy(a.values[2]), includeInRepr: try i.truthy(a.values[3])))
            }),
            ("asdict", Builtins.function("asdict", ["obj", "/"]) { i, a in
                try i.dataclassFields(a.values[0], "asdict")
                return try i.plainValue(a.values[0], asTuple: false)
            }),
            ("astuple", Builtins.function("astuple", ["obj", "/"]) { i, a in
                try i.dataclassFields(a.values[0], "astuple")
                return try i.plainValue(a.values[0], asTuple: true)
            }),
        ]
    }

    /// The field names of a dataclass instance; a TypeError naming `caller` for anything else.
    @discardableResult
    func dataclassFields(_ v: Value, _ caller: String) throws -> [String] {
        guard case .object(let inst as PyInstance) = v, case .dict(let specs)? = inst.cls.lookup("__dataclass_fields__") else {
            throw PyException.typeError("\(caller)() should be called on dataclass instances")
        }
        return specs.storage.keys.compactMap { if case .str(let n) = $0.value { return n } else { return nil } }
    }

    /// `asdict`/`astuple`: dataclass instances, also nested in lists, tuples and dicts, become
    /// dicts (or tuples) of their fields; every other value is deep-copied.
    func plainValue(_ v: Value, asTuple: Bool) throws -> Value {
        switch v {
        case .object(let inst as PyInstance):
            guard let names = try? dataclassFields(v, "asdict") else { return DeepCopier().copy(v) }
            let values = try names.map { try plainValue(inst.dict[$0] ?? .none, asTuple: asTuple) }
            if asTuple { return .tuple(values) }
            let d = PyDict()
            for (n, value) in zip(names, values) { d[string: n] = value }
            return .dict(d)
        case .list(let l): return .list(PyList(try l.items.map { try plainValue($0, asTuple: asTuple) }))
        case .tuple(let t): return .tuple(try t.map { try plainValue($0, asTuple: asTuple) })
        case .dict(let d) where d.subtype == nil:
            let out = PyDict()
            for (k, value) in d.storage { try out.set(try plainValue(k.value, asTuple: asTuple), try plainValue(value, asTuple: asTuple)) }
            return .dict(out)
        default: return DeepCopier().copy(v)
        }
    }

    /// Adds `__init__`, `__repr__`, `__eq__` (and ordering) generated from the annotations.
    static let frozenInstanceError = PyType(name: "FrozenInstanceError", bases: [.attributeError], module: "dataclasses")

    func makeDataclass(_ t: PyType, order: Bool, frozen: Bool) throws -> PyType {
        var names: [String] = []
        var inherited: [String: DataclassField] = [:]
        for base in t.mro.reversed() where base !== t {
            guard case .dict(let specs)? = base.dict["__dataclass_fields__"] else { continue }
            for (key, spec) in specs.storage {
                guard case .str(let n) = key.value, case .object(let f as DataclassField) = spec else { continue }
                if !names.contains(n) { names.append(n) }
                inherited[n] = f
            }
        }
        var annotated: Set<String> = []
        if case .dict(let annotations)? = t.dict["__annotations__"] {
            for case .str(let n) in annotations.keys {
                annotated.insert(n)
                if !names.contains(n) { names.append(n) }
            }
        }
        var defaults: [Value?] = [], factories: [Value?] = [], shown: [Bool] = []
        let specs = PyDict()
        for n in names {
            let declared = annotated.contains(n) || inherited[n] == nil ? t.lookup(n) : Value.object(inherited[n]!)
            let spec: DataclassField
            if case .object(let f as DataclassField)? = declared { spec = f } else {
                spec = DataclassField(defaultValue: declared, defaultFactory: nil, initialize: true, includeInRepr: true)
            }
            specs[string: n] = .object(spec)
            if case .object(let f as DataclassField)? = declared {
                defaults.append(f.defaultValue)
                factories.append(f.defaultFactory)
                shown.append(f.includeInRepr)
                if let d = f.defaultValue { t.dict[n] = d } else { t.dict.removeValue(forKey: n) }
            } else {
                defaults.append(declared)
                factories.append(nil)
                shown.append(true)
            }
        }
        if let firstDefault = defaults.indices.first(where: { defaults[$0] != nil || factories[$0] != nil }),
           let bad = defaults.indices.first(where: { $0 > firstDefault && defaults[$0] == nil && factories[$0] == nil }) {
            throw PyException.typeError("non-default argument '\(names[bad])' follows default argument")
        }
        t.dict["__dataclass_fields__"] = .dict(specs)
        let sig = Signature(names: names, positionalCount: names.count)
        let initDefaults = zip(defaults, factories).map { d, f in f != nil ? Value.object(DataclassField.marker) : d }
        let qualname = "\(t.name).__init__"
        t.dict["__init__"] = .builtin(PyBuiltin(name: "__init__", qualname: qualname, isMethod: true) { i, args, kw in
            guard case .object(let inst as PyInstance)? = args.first else { return .none }
            let bound = try sig.bind(Array(args.dropFirst()), kw, defaults: initDefaults, function: qualname)
            for (k, n) in names.enumerated() {
                var v = bound.values[k]
                if case .object(let m) = v, m === DataclassField.marker, let factory = factories[k] { v = try i.call(factory, []) }
                inst.dict[n] = v
            }
            if let post = inst.cls.lookup("__post_init__") { _ = try i.callMethodValue(post, receiver: args[0], []) }
            return .none
        })
        func fields(_ v: Value) -> [Value] {
            guard case .object(let inst as PyInstance) = v else { return [] }
            return names.map { inst.dict[$0] ?? .none }
        }
        if t.dict["__repr__"] == nil {
            Builtins.method(t, "__repr__", []) { i, a in
                let parts = try zip(names, fields(a.values[0])).enumerated().filter { shown[$0.offset] }
                    .map { "\($0.element.0)=\(try i.reprOf($0.element.1))" }
                return .str("\(t.name)(\(parts.joined(separator: ", ")))")
            }
        }
        if t.dict["__eq__"] == nil {
            Builtins.method(t, "__eq__", ["other"]) { i, a in
                guard case .object(let o as PyInstance) = a.values[1], o.cls === t else { return .object(PySingleton.notImplemented) }
                return .bool(try i.equals(.tuple(fields(a.values[0])), .tuple(fields(a.values[1]))))
            }
            t.dict["__hash__"] = Value.none
        }
        if frozen { makeFrozen(t, fields) }
        if order {
            for op in [CompareOp.lt, .le, .gt, .ge] {
                Builtins.method(t, op.dunder, ["other"]) { i, a in
                    guard case .object(let o as PyInstance) = a.values[1], o.cls === t else { return .object(PySingleton.notImplemented) }
                    return try i.compare(op, .tuple(fields(a.values[0])), .tuple(fields(a.values[1])))
                }
            }
        }
        return t
    }

    /// `@dataclass(frozen=True)`: assigning or deleting attributes raises FrozenInstanceError, and
    /// instances hash by their fields.
    private func makeFrozen(_ t: PyType, _ fields: @escaping (Value) -> [Value]) {
        Builtins.method(t, "__setattr__", ["name", "value"]) { _, a in
            throw PyException(Interpreter.frozenInstanceError, "cannot assign to field \(try reprOfName(a.values[1]))")
        }
        Builtins.method(t, "__delattr__", ["name"]) { _, a in
            throw PyException(Interpreter.frozenInstanceError, "cannot delete field \(try reprOfName(a.values[1]))")
        }
        Builtins.method(t, "__hash__", []) { _, a in .int(try Hashing.hash(.tuple(fields(a.values[0])))) }
        func reprOfName(_ v: Value) throws -> String { "'\(try v.string("attribute name"))'" }
    }

    /// `abc`: ABC as a base class and `abstractmethod`, which marks methods subclasses must override.
    func abcModule() -> [(String, Value)] {
        let abc = PyType(name: "ABC", bases: [.object], module: "abc")
        return [
            ("ABC", .type(abc)),
            ("abstractmethod", Builtins.function("abstractmethod", ["funcobj", "/"]) { i, a in
                try? i.setAttribute(a.values[0], "__isabstractmethod__", .bool(true))
                return a.values[0]
            }),
        ]
    }
}

extension DataclassField {
    /// Stands in an `__init__` default for fields built by a default factory.
    static let marker = DataclassField(defaultValue: nil, defaultFactory: nil, initialize: true, includeInRepr: true)
}
