import Collections

extension Interpreter {
    static let counterType = PyType(name: "Counter", bases: [.dict], module: "collections")
    static let defaultdictType = PyType(name: "defaultdict", bases: [.dict], module: "collections")
    public static let orderedDictType = PyType(name: "OrderedDict", bases: [.dict], module: "collections")
    static let dequeType = PyType(name: "deque", bases: [.object], module: "collections")

    /// Counter entries sorted by count, most common first (stable for ties).
    func mostCommon(_ d: PyDict) throws -> [(Value, Value)] {
        var entries = d.storage.map { ($0.key.value, $0.value) }
        var keys = entries.map { $0.1 }
        var order = Array(0..<entries.count)
        try order.sort { try lessThan(keys[$1], keys[$0]) }
        entries = order.map { entries[$0] }
        keys = []
        return entries
    }

    /// The dict subclasses of `collections` that a class may derive from.
    static let dictSubclassesOfCollections = [counterType, defaultdictType, orderedDictType]

    /// defaultdict's first argument: a callable or None.
    func setDefaultFactory(_ d: PyDict, _ factory: Value) throws {
        if factory.isNone { d.defaultFactory = nil; return }
        guard isCallableValue(factory) else { throw PyException.typeError("first argument must be callable or None") }
        d.defaultFactory = factory
    }

    /// True for OrderedDicts, whose equality with each other also compares order.
    func isOrderedDict(_ d: PyDict) -> Bool { d.subtype?.isSubclass(of: Interpreter.orderedDictType) ?? false }

    /// repr of Counter, defaultdict and OrderedDict.
    /// Subclasses print their own class name, as CPython's `type(self).__name__`.
    func dictSubtypeRepr(_ d: PyDict, _ type: PyType) throws -> String {
        let plain = PyDict(d.storage)
        let name = type.name
        if type.isSubclass(of: Interpreter.counterType) {
            if d.count == 0 { return "\(name)()" }
            return "\(name)({" + (try mostCommon(d).map { "\(try reprOf($0.0)): \(try reprOf($0.1))" }.joined(separator: ", ")) + "})"
        }
        if type.isSubclass(of: Interpreter.defaultdictType) {
            return "\(name)(\(try reprOf(d.defaultFactory ?? .none)), \(try reprOf(.dict(plain))))"
        }
        if type.isSubclass(of: Interpreter.orderedDictType) {
            if d.count == 0 { return "\(name)()" }
            return "\(name)(\(try reprOf(.list(PyList(d.storage.map { .tuple([$0.key.value, $0.value]) })))))"
        }
        return try reprOf(.dict(plain))
    }

    func counterUpdate(_ d: PyDict, _ source: Value, sign: Int) throws {
        if case .dict(let other) = source {
            for (k, v) in other.storage { d.storage[k] = try binary(sign > 0 ? .add : .sub, d.storage[k] ?? .int(0), v) }
            return
        }
        for item in try iterateToArray(source) {
            let key = try HashKey(item)
            d.storage[key] = try binary(sign > 0 ? .add : .sub, d.storage[key] ?? .int(0), .int(1))
        }
    }

    func collectionsModule() -> [(String, Value)] {
        let counter = Interpreter.counterType
        counter.constructor = { i, args, kw in
            let d = PyDict()
            d.subtype = counter
            if let source = args.first { try i.counterUpdate(d, source, sign: 1) }
            for (k, v) in kw { d[string: k] = v }
            return .dict(d)
        }
        func counterDict(_ a: Signature.Bound) -> PyDict {
            if case .dict(let d) = a.values[0] { return d }
            return PyDict()
        }
        Builtins.method(counter, "most_common", ["n=None"]) { i, a in
            var entries = try i.mostCommon(counterDict(a))
            if !a.values[1].isNone { entries = Array(entries.prefix(max(0, try i.intArgument(a.values[1])))) }
            return .list(PyList(entries.map { .tuple([$0.0, $0.1]) }))
        }
        Builtins.method(counter, "elements", []) { i, a in
            var out: [Value] = []
            for (k, v) in counterDict(a).storage { for _ in 0..<max(0, v.asInt ?? 0) { out.append(k.value) } }
            return i.listIterator("chain", out)
        }
        Builtins.method(counter, "update", ["iterable=None"]) { i, a in
            if !a.values[1].isNone { try i.counterUpdate(counterDict(a), a.values[1], sign: 1) }
            return .none
        }
        Builtins.method(counter, "subtract", ["iterable=None"]) { i, a in
            if !a.values[1].isNone { try i.counterUpdate(counterDict(a), a.values[1], sign: -1) }
            return .none
        }
        Builtins.method(counter, "total", []) { i, a in try i.sum(.list(PyList(Array(counterDict(a).storage.values))), start: .int(0)) }

        let defaultdict = Interpreter.defaultdictType
        defaultdict.constructor = { i, args, kw in
            let d = PyDict()
            d.subtype = defaultdict
            if let factory = args.first { try i.setDefaultFactory(d, factory) }
            if args.count > 1 { try i.updateDict(d, args[1]) }
            for (k, v) in kw { d[string: k] = v }
            return .dict(d)
        }
        defaultdict.properties["default_factory"] = Property("default_factory") { v, _ in
            if case .dict(let d) = v { return d.defaultFactory ?? .none }
            return .none
        }

        let ordered = Interpreter.orderedDictType
        ordered.constructor = { i, args, kw in
            let d = PyDict()
            d.subtype = ordered
            if let source = args.first { try i.updateDict(d, source) }
            for (k, v) in kw { d[string: k] = v }
            return .dict(d)
        }
        ordered.dict["fromkeys"] = .object(PyDescriptor(.classMethod, Builtins.function("fromkeys", ["cls", "iterable", "value=None", "/"]) { i, a in
            guard case .type(let cls) = a.values[0] else { return .none }
            let d = try i.call(.type(cls), [])
            for k in try i.iterateToArray(a.values[1]) { try i.setItem(d, k, a.values[2]) }
            return d
        }))
        Builtins.method(ordered, "move_to_end", ["key", "last=True"]) { i, a in
            let d = counterDict(a)
            let key = try HashKey(a.values[1])
            guard let v = d.storage.removeValue(forKey: key) else { throw PyException.keyError(a.values[1]) }
            if try i.truthy(a.values[2]) { d.storage[key] = v } else { d.storage.updateValue(v, forKey: key, insertingAt: 0) }
            return .none
        }
        Builtins.method(ordered, "popitem", ["last=True"]) { i, a in
            let d = counterDict(a)
            guard !d.storage.isEmpty else { throw PyException.keyError(.str("dictionary is empty")) }
            let (k, v) = try i.truthy(a.values[1]) ? d.storage.removeLast() : d.storage.removeFirst()
            return .tuple([k.value, v])
        }
        return [
            ("Counter", .type(counter)), ("defaultdict", .type(defaultdict)), ("OrderedDict", .type(ordered)),
            ("deque", .type(dequeClass())),
            ("ChainMap", .type(ChainMapValue.type)),
            ("namedtuple", Builtins.function("namedtuple", ["typename", "field_names", "*", "rename=False", "defaults=None", "module=None"]) { i, a in
                try i.makeNamedTuple(try a.values[0].string("typename"), a.values[1], rename: try i.truthy(a.values[2]), defaults: a.values[3])
            }),
        ]
    }

    /// `collections.namedtuple`: a subclass of tuple whose instances index, unpack, compare, hash
    /// and print as tuples, with fields readable by name.
    func makeNamedTuple(_ name: String, _ fieldSpec: Value, rename: Bool = false, defaults: Value, validate: Bool = true) throws -> Value {
        var fields: [String]
        if case .str(let s) = fieldSpec {
            fields = s.replacingOccurrences(of: ",", with: " ").split(separator: " ").map(String.init)
        } else {
            fields = try iterateToArray(fieldSpec).map { try $0.string("field names") }
        }
        if validate { fields = try checkedFieldNames(name, fields, rename: rename) }
        let t = PyType(name: name, bases: [.tuple], module: "__main__", isUserDefined: true)
        t.dict["_fields"] = .tuple(fields.map { .str($0) })
        t.dict["__match_args__"] = .tuple(fields.map { .str($0) })
        var defaultValues = [Value?](repeating: nil, count: fields.count)
        let fieldDefaults = PyDict()
        if !defaults.isNone {
            let d = try iterateToArray(defaults)
            guard d.count <= fields.count else { throw PyException.typeError("Got more default values than field names") }
            for (k, v) in d.enumerated() {
                defaultValues[fields.count - d.count + k] = v
                fieldDefaults[string: fields[fields.count - d.count + k]] = v
            }
        }
        t.dict["_field_defaults"] = .dict(fieldDefaults)
        let sig = Signature(names: fields, positionalCount: fields.count)
        func values(_ v: Value) -> [Value] {
            guard case .object(let inst as PyInstance) = v else { return [] }
            return fields.map { inst.dict[$0] ?? .none }
        }
        /// The other operand as a tuple when it is one (or another namedtuple), else nil.
        func asTuple(_ v: Value) -> [Value]? {
            if case .tuple(let items) = v { return items }
            if case .object(let inst as PyInstance) = v, case .tuple(let f)? = inst.cls.lookup("_fields"), inst.cls.isSubclass(of: .tuple) {
                return f.map { if case .str(let n) = $0 { return inst.dict[n] ?? .none } else { return .none } }
            }
            return nil
        }
        t.dict["__init__"] = .builtin(PyBuiltin(name: "__init__", qualname: "\(name).__init__", isMethod: true) { _, args, kw in
            guard case .object(let inst as PyInstance)? = args.first else { return .none }
            let bound = try sig.bind(Array(args.dropFirst()), kw, defaults: defaultValues, function: name + ".__new__")
            for (k, f) in fields.enumerated() { inst.dict[f] = bound.values[k] }
            return .none
        })
        Builtins.method(t, "__repr__", []) { i, a in
            .str(a.values[0].pyType.name + "(" + (try zip(fields, values(a.values[0])).map { "\($0.0)=\(try i.reprOf($0.1))" }.joined(separator: ", ")) + ")")
        }
        Builtins.method(t, "__getitem__", ["index"]) { i, a in try i.getItem(.tuple(values(a.values[0])), a.values[1]) }
        Builtins.method(t, "__len__", []) { _, _ in .int(fields.count) }
        Builtins.method(t, "__iter__", []) { i, a in try i.iteratorObject(.tuple(values(a.values[0]))) }
        Builtins.method(t, "__contains__", ["item"]) { i, a in .bool(try i.contains(.tuple(values(a.values[0])), a.values[1])) }
        for op in [CompareOp.eq, .ne, .lt, .le, .gt, .ge] {
            Builtins.method(t, op.dunder, ["other"]) { i, a in
                guard let other = asTuple(a.values[1]) else { return .object(PySingleton.notImplemented) }
                return try i.compare(op, .tuple(values(a.values[0])), .tuple(other))
            }
        }
        Builtins.method(t, "__hash__", []) { _, a in .int(try Hashing.hash(.tuple(values(a.values[0])))) }
        Builtins.method(t, "__add__", ["other"]) { _, a in
            guard let other = asTuple(a.values[1]) else {
                throw PyException.typeError("can only concatenate tuple (not \"\(a.values[1].typeName)\") to tuple")
            }
            return .tuple(values(a.values[0]) + other)
        }
        Builtins.method(t, "__radd__", ["other"]) { _, a in
            guard let other = asTuple(a.values[1]) else { return .object(PySingleton.notImplemented) }
            return .tuple(other + values(a.values[0]))
        }
        for name in ["__mul__", "__rmul__"] {
            Builtins.method(t, name, ["n"]) { i, a in try i.binary(.mul, .tuple(values(a.values[0])), a.values[1]) }
        }
        for name in ["count", "index"] {
            Builtins.rawMethod(t, name) { i, args, kw in
                guard let receiver = args.first else { return .none }
                return try i.call(try i.getAttribute(.tuple(values(receiver)), name), Array(args.dropFirst()), kw)
            }
        }
        Builtins.method(t, "_asdict", []) { _, a in
            let d = PyDict()
            for (f, v) in zip(fields, values(a.values[0])) { d[string: f] = v }
            return .dict(d)
        }
        Builtins.rawMethod(t, "_replace") { i, args, kw in
            guard let receiver = args.first else { return .none }
            var current = values(receiver)
            let unknown = kw.filter { !fields.contains($0.0) }.map { "'\($0.0)'" }
            if !unknown.isEmpty { throw PyException.valueError("Got unexpected field names: [\(unknown.joined(separator: ", "))]") }
            for (k, v) in kw { current[fields.firstIndex(of: k)!] = v }
            return try i.instantiate(receiver.pyType, current, [])
        }
        t.dict["_make"] = .object(PyDescriptor(.classMethod, Builtins.function("_make", ["cls", "iterable", "/"]) { i, a in
            guard case .type(let cls) = a.values[0] else { return .none }
            let items = try i.iterateToArray(a.values[1])
            guard items.count == fields.count else {
                throw PyException.typeError("Expected \(fields.count) arguments, got \(items.count)")
            }
            return try i.instantiate(cls, items, [])
        }))
        return .type(t)
    }

    /// namedtuple's checks on field names, or with `rename=True` positional names (`_1`) for bad ones.
    private func checkedFieldNames(_ typename: String, _ names: [String], rename: Bool) throws -> [String] {
        let keywords: Set<String> = ["False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
                                     "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
                                     "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
                                     "return", "try", "while", "with", "yield"]
        func isIdentifier(_ s: String) -> Bool {
            guard let first = s.unicodeScalars.first, first == "_" || first.properties.isXIDStart else { return false }
            return s.unicodeScalars.allSatisfy { $0 == "_" || $0.properties.isXIDContinue }
        }
        var seen: Set<String> = []
        var out: [String] = []
        for (k, n) in names.enumerated() {
            if rename && (!isIdentifier(n) || keywords.contains(n) || n.hasPrefix("_") || seen.contains(n)) {
                out.append("_\(k)")
            } else {
                out.append(n)
            }
            seen.insert(n)
        }
        for n in [typename] + out {
            if !isIdentifier(n) {
                throw PyException.valueError("Type names and field names must be valid identifiers: \(Format.stringRepr(n))")
            }
            if keywords.contains(n) {
                throw PyException.valueError("Type names and field names cannot be a keyword: \(Format.stringRepr(n))")
            }
        }
        var unique: Set<String> = []
        for n in out {
            if n.hasPrefix("_") && !rename { throw PyException.valueError("Field names cannot start with an underscore: \(Format.stringRepr(n))") }
            if !unique.insert(n).inserted { throw PyException.valueError("Encountered duplicate field name: \(Format.stringRepr(n))") }
        }
        return out
    }
}
