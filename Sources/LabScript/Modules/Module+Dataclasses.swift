/// A `dataclasses.field(...)`: left in a class body by `field()`, then one per field in
/// `__dataclass_fields__` and in what `fields()` returns.
final class DataclassField: NativeObject {
    var name = ""
    var annotation: Value = .none
    let defaultValue: Value?
    let defaultFactory: Value?
    let initialize: Bool
    let includeInRepr: Bool
    let compare: Bool
    /// nil: the class's `kw_only` (or a preceding `KW_ONLY`) decides.
    var kwOnly: Bool?
    init(defaultValue: Value?, defaultFactory: Value?, initialize: Bool = true, includeInRepr: Bool = true,
         compare: Bool = true, kwOnly: Bool? = nil) {
        self.defaultValue = defaultValue
        self.defaultFactory = defaultFactory
        self.initialize = initialize
        self.includeInRepr = includeInRepr
        self.compare = compare
        self.kwOnly = kwOnly
    }
    static let type = NativeClass("Field", module: "dataclasses").type
    /// `dataclasses.MISSING`: no default was given.
    static let missing = NativeClass("_MISSING_TYPE", module: "dataclasses").type
    static let missingValue = Value.object(PyInstance(cls: missing))
    /// `dataclasses.KW_ONLY`: fields annotated after `_: KW_ONLY` are keyword-only.
    static let kwOnlyType = NativeClass("KW_ONLY", module: "dataclasses").type
    var pyClass: PyType { DataclassField.type }

    var hasDefault: Bool { defaultValue != nil || defaultFactory != nil }

    func getAttribute(_ name: String, _ interpreter: Interpreter) throws -> Value? {
        switch name {
        case "name": return .str(self.name)
        case "type": return annotation
        case "default": return defaultValue ?? DataclassField.missingValue
        case "default_factory": return defaultFactory ?? DataclassField.missingValue
        case "init": return .bool(initialize)
        case "repr": return .bool(includeInRepr)
        case "compare": return .bool(compare)
        case "kw_only": return kwOnly.map { .bool($0) } ?? DataclassField.missingValue
        default: return nil
        }
    }

    /// The same field under a name, as a class declares it.
    func named(_ name: String, _ annotation: Value, kwOnly: Bool) -> DataclassField {
        let f = DataclassField(defaultValue: defaultValue, defaultFactory: defaultFactory, initialize: initialize,
                               includeInRepr: includeInRepr, compare: compare, kwOnly: self.kwOnly ?? kwOnly)
        f.name = name
        f.annotation = annotation
        return f
    }
}

/// What `@dataclass(...)` was asked to generate.
struct DataclassOptions {
    var initialize = true, repr = true, eq = true, order = false, frozen = false, unsafeHash = false, kwOnly = false
}

extension Interpreter {
    /// `dataclasses`: `@dataclass`, `field`, `fields`, `replace`, `asdict`, `astuple`, `is_dataclass`,
    /// `KW_ONLY`, `MISSING` and `FrozenInstanceError`.
    func dataclassesModule() -> [(String, Value)] {
        [
            ("dataclass", Builtins.function("dataclass", ["cls=None", "/", "*", "init=True", "repr=True", "eq=True", "order=False",
                                                          "unsafe_hash=False", "frozen=False", "match_args=True", "kw_only=False",
                                                          "slots=False"]) { i, a in
                if try i.truthy(a.values[9]) { throw PyException(.notImplementedError, "dataclass(slots=True) is not supported by labrun") }
                let options = DataclassOptions(initialize: try i.truthy(a.values[1]), repr: try i.truthy(a.values[2]),
                                               eq: try i.truthy(a.values[3]), order: try i.truthy(a.values[4]),
                                               frozen: try i.truthy(a.values[6]), unsafeHash: try i.truthy(a.values[5]),
                                               kwOnly: try i.truthy(a.values[8]))
                if case .type(let t) = a.values[0] { return .type(try i.makeDataclass(t, options)) }
                return .builtin(PyBuiltin(name: "wrap") { i, args, _ in
                    guard case .type(let t)? = args.first else { throw PyException.typeError("dataclass() should be called on a class") }
                    return .type(try i.makeDataclass(t, options))
                })
            }),
            ("FrozenInstanceError", .type(Interpreter.frozenInstanceError)),
            ("MISSING", DataclassField.missingValue),
            ("KW_ONLY", .type(DataclassField.kwOnlyType)),
            ("field", Builtins.function("field", ["*", "default=None", "default_factory=None", "init=True", "repr=True",
                                                  "hash=None", "compare=True", "metadata=None", "kw_only=None"]) { i, a in
                if a.wasPassed(0) && a.wasPassed(1) { throw PyException.valueError("cannot specify both default and default_factory") }
                return .native(DataclassField(defaultValue: a.wasPassed(0) ? a.values[0] : nil,
                                              defaultFactory: a.wasPassed(1) ? a.values[1] : nil,
                                              initialize: try i.truthy(a.values[2]), includeInRepr: try i.truthy(a.values[3]),
                                              compare: try i.truthy(a.values[5]),
                                              kwOnly: a.wasPassed(7) ? try i.truthy(a.values[7]) : nil))
            }),
            ("fields", Builtins.function("fields", ["class_or_instance", "/"]) { i, a in
                .tuple(try i.dataclassFieldList(a.values[0], "fields").map { .native($0) })
            }),
            ("is_dataclass", Builtins.function("is_dataclass", ["obj", "/"]) { i, a in
                let t: PyType
                if case .type(let c) = a.values[0] { t = c } else { t = a.values[0].pyType }
                if case .dict? = t.lookup("__dataclass_fields__") { return .bool(true) }
                return .bool(false)
            }),
            ("replace", .builtin(PyBuiltin(name: "replace") { i, args, kw in
                guard args.count == 1 else { throw PyException.typeError("replace() takes 1 positional argument but \(args.count) were given") }
                let obj = args[0]
                let fields = try i.dataclassFieldList(obj, "replace")
                var changes = kw
                for f in fields where !changes.contains(where: { $0.0 == f.name }) {
                    if !f.initialize { continue }
                    changes.append((f.name, try i.getAttribute(obj, f.name)))
                }
                for f in fields where !f.initialize && kw.contains(where: { $0.0 == f.name }) {
                    throw PyException.valueError("field \(f.name) is declared with init=False, it cannot be specified with replace()")
                }
                return try i.call(.type(obj.pyType), [], changes)
            })),
            ("asdict", Builtins.function("asdict", ["obj", "/", "*", "dict_factory=None"]) { i, a in
                try i.dataclassFieldList(a.values[0], "asdict", instancesOnly: true)
                return try i.plainValue(a.values[0], asTuple: false)
            }),
            ("astuple", Builtins.function("astuple", ["obj", "/", "*", "tuple_factory=None"]) { i, a in
                try i.dataclassFieldList(a.values[0], "astuple", instancesOnly: true)
                return try i.plainValue(a.values[0], asTuple: true)
            }),
        ]
    }

    /// The fields of a dataclass or dataclass instance; a TypeError naming `caller` for anything else.
    @discardableResult
    func dataclassFieldList(_ v: Value, _ caller: String, instancesOnly: Bool = false) throws -> [DataclassField] {
        let t: PyType
        if case .type(let c) = v, !instancesOnly { t = c } else { t = v.pyType }
        guard case .dict(let specs)? = t.lookup("__dataclass_fields__") else {
            if caller == "fields" { throw PyException.typeError("must be called with a dataclass type or instance") }
            throw PyException.typeError("\(caller)() should be called on dataclass instances")
        }
        return specs.storage.values.compactMap { if case .native(let f as DataclassField) = $0 { return f } else { return nil } }
    }

    /// `asdict`/`astuple`: dataclass instances, also nested in lists, tuples and dicts, become
    /// dicts (or tuples) of their fields; every other value is deep-copied.
    func plainValue(_ v: Value, asTuple: Bool) throws -> Value {
        switch v {
        case .object(let inst as PyInstance):
            guard let fields = try? dataclassFieldList(v, "asdict", instancesOnly: true) else { return DeepCopier().copy(v) }
            let values = try fields.map { try plainValue(inst.dict[$0.name] ?? .none, asTuple: asTuple) }
            if asTuple { return .tuple(values) }
            let d = PyDict()
            for (f, value) in zip(fields, values) { d[string: f.name] = value }
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

    static let frozenInstanceError = PyType(name: "FrozenInstanceError", bases: [.attributeError], module: "dataclasses")

    /// The class's fields in definition order: inherited ones first (a redefinition keeps its
    /// place), then this class's annotations, skipping `ClassVar`s and the `KW_ONLY` marker.
    private func collectFields(_ t: PyType, _ options: DataclassOptions) throws -> [DataclassField] {
        var fields: [DataclassField] = []
        func put(_ f: DataclassField) {
            if let k = fields.firstIndex(where: { $0.name == f.name }) { fields[k] = f } else { fields.append(f) }
        }
        for base in t.mro.reversed() where base !== t {
            guard case .dict(let specs)? = base.dict["__dataclass_fields__"] else { continue }
            for case .native(let f as DataclassField) in specs.storage.values { put(f) }
        }
        guard case .dict(let annotations)? = t.dict["__annotations__"] else { return fields }
        var kwOnly = options.kwOnly
        for (key, annotation) in annotations.storage {
            guard case .str(let name) = key.value else { continue }
            if isAnnotation(annotation, named: "KW_ONLY", type: DataclassField.kwOnlyType) {
                kwOnly = true
                continue
            }
            if isAnnotation(annotation, named: "ClassVar", type: nil) { continue }
            let declared = t.dict[name]
            let field: DataclassField
            if case .native(let f as DataclassField)? = declared {
                field = f.named(name, annotation, kwOnly: kwOnly)
                if let d = f.defaultValue { t.dict[name] = d } else { t.dict.removeValue(forKey: name) }
            } else {
                field = DataclassField(defaultValue: declared, defaultFactory: nil).named(name, annotation, kwOnly: kwOnly)
            }
            if let d = field.defaultValue, [PyType.list, .dict, .set].contains(where: { $0 === d.pyType }) {
                throw PyException.valueError("mutable default <class '\(d.typeName)'> for field \(name) is not allowed: use default_factory")
            }
            put(field)
        }
        return fields
    }

    private func isAnnotation(_ v: Value, named name: String, type: PyType?) -> Bool {
        switch v {
        case .type(let t): return t === type || (t.name == name && (t.module == "typing" || t.module == "dataclasses"))
        case .native(let alias as GenericAlias): return alias.typingName == name
        case .str(let s): return s == name || s.hasPrefix(name + "[") || s == "dataclasses." + name || s.hasPrefix("typing." + name)
        default: return false
        }
    }

    /// Adds `__init__`, `__repr__`, `__eq__`, ordering, hashing and `__match_args__` from the fields.
    func makeDataclass(_ t: PyType, _ options: DataclassOptions) throws -> PyType {
        let fields = try collectFields(t, options)
        let specs = PyDict()
        for f in fields { specs[string: f.name] = .native(f) }
        t.dict["__dataclass_fields__"] = .dict(specs)
        let positional = fields.filter { $0.initialize && $0.kwOnly != true }
        let keywordOnly = fields.filter { $0.initialize && $0.kwOnly == true }
        if let firstDefault = positional.firstIndex(where: { $0.hasDefault }),
           let bad = positional[firstDefault...].first(where: { !$0.hasDefault }) {
            throw PyException.typeError("non-default argument '\(bad.name)' follows default argument")
        }
        if options.initialize && t.dict["__init__"] == nil { installDataclassInit(t, fields, positional + keywordOnly, positionalCount: positional.count) }
        func values(_ v: Value, _ which: [DataclassField]) -> [Value] {
            guard case .object(let inst as PyInstance) = v else { return [] }
            return which.map { inst.dict[$0.name] ?? .none }
        }
        let shown = fields.filter { $0.includeInRepr }, compared = fields.filter { $0.compare }
        if options.repr && t.dict["__repr__"] == nil {
            Builtins.method(t, "__repr__", []) { i, a in
                let parts = try zip(shown, values(a.values[0], shown)).map { "\($0.name)=\(try i.reprOf($1))" }
                return .str("\(a.values[0].pyType.name)(\(parts.joined(separator: ", ")))")
            }
        }
        func sameClass(_ a: Signature.Bound) -> Bool { a.values[1].pyType === a.values[0].pyType }
        if options.eq && t.dict["__eq__"] == nil {
            Builtins.method(t, "__eq__", ["other"]) { i, a in
                guard sameClass(a) else { return .object(PySingleton.notImplemented) }
                return .bool(try i.equals(.tuple(values(a.values[0], compared)), .tuple(values(a.values[1], compared))))
            }
        }
        if options.order {
            for op in [CompareOp.lt, .le, .gt, .ge] {
                if t.dict[op.dunder] != nil {
                    throw PyException.typeError("Cannot overwrite attribute \(op.dunder) in class \(t.name). Consider using functools.total_ordering")
                }
                Builtins.method(t, op.dunder, ["other"]) { i, a in
                    guard sameClass(a) else { return .object(PySingleton.notImplemented) }
                    return try i.compare(op, .tuple(values(a.values[0], compared)), .tuple(values(a.values[1], compared)))
                }
            }
        }
        if options.frozen { makeFrozen(t, fields.map { $0.name }) }
        let ownHash = t.dict["__hash__"] != nil
        if options.unsafeHash || (options.eq && options.frozen && !ownHash) {
            Builtins.method(t, "__hash__", []) { _, a in .int(try Hashing.hash(.tuple(values(a.values[0], compared)))) }
        } else if options.eq && !ownHash {
            t.dict["__hash__"] = Value.none
        }
        if t.dict["__match_args__"] == nil { t.dict["__match_args__"] = .tuple(positional.map { .str($0.name) }) }
        return t
    }

    private func installDataclassInit(_ t: PyType, _ fields: [DataclassField], _ parameters: [DataclassField], positionalCount: Int) {
        // `self` is bound too, so arity errors count it as CPython's do.
        let sig = Signature(names: ["self"] + parameters.map { $0.name }, positionalCount: positionalCount + 1)
        let defaults = [nil] + parameters.map { f in f.defaultFactory != nil ? Value.object(DataclassField.marker) : f.defaultValue }
        let qualname = "\(t.name).__init__"
        t.dict["__init__"] = .builtin(PyBuiltin(name: "__init__", qualname: qualname, isMethod: true) { i, args, kw in
            guard case .object(let inst as PyInstance)? = args.first else { return .none }
            let bound = try sig.bind(args, kw, defaults: defaults, function: qualname)
            for f in fields {
                if let k = parameters.firstIndex(where: { $0 === f }) {
                    var v = bound.values[k + 1]
                    if case .object(let m) = v, m === DataclassField.marker, let factory = f.defaultFactory { v = try i.call(factory, []) }
                    inst.dict[f.name] = v
                } else if let factory = f.defaultFactory {
                    inst.dict[f.name] = try i.call(factory, [])
                }
            }
            if let post = inst.cls.lookup("__post_init__") { _ = try i.callMethodValue(post, receiver: args[0], []) }
            return .none
        })
    }

    /// `@dataclass(frozen=True)`: assigning or deleting fields raises FrozenInstanceError.
    private func makeFrozen(_ t: PyType, _ names: [String]) {
        Builtins.method(t, "__setattr__", ["name", "value"]) { _, a in
            throw PyException(Interpreter.frozenInstanceError, "cannot assign to field \(try reprOfName(a.values[1]))")
        }
        Builtins.method(t, "__delattr__", ["name"]) { _, a in
            throw PyException(Interpreter.frozenInstanceError, "cannot delete field \(try reprOfName(a.values[1]))")
        }
        func reprOfName(_ v: Value) throws -> String { "'\(try v.string("attribute name"))'" }
    }
}

extension DataclassField {
    /// Stands in an `__init__` default for fields built by a default factory.
    static let marker = PyInstance(cls: .object)
}
