/// `functools.singledispatch`: calls the implementation registered for the most specific class in
/// the MRO of the first argument's type, or the default one.
final class SingleDispatch: NativeObject {
    static let type = NativeClass("singledispatch", module: "functools", methods: [
        Function("register", params: ["cls", "func=None"]) { args in
            let d = try args.receiver(as: SingleDispatch.self)
            let i = args.interpreter
            let target = args["cls"]
            guard let classes = SingleDispatch.classes(target) else {
                // `@register` on an annotated function: the class is its first annotation.
                guard args["func"].isNone, case .function = target,
                      case .dict(let annotations) = try i.getAttribute(target, "__annotations__"),
                      let (key, annotation) = annotations.storage.elements.first else {
                    throw PyException.typeError("Invalid first argument to `register()`: \(i.repr(target)). Use either `@register(some_class)` or plain `@register` on an annotated function.")
                }
                var resolved = annotation
                if case .str = annotation { resolved = try i.call(i.builtins["eval"]!, [annotation]) }
                guard let classes = SingleDispatch.classes(resolved) else {
                    throw PyException.typeError("Invalid annotation for \(i.repr(key.value)). \(i.repr(resolved)) is not a class.")
                }
                for cls in classes { d.registry.append((cls, target)) }
                return target
            }
            if !args["func"].isNone {
                for cls in classes { d.registry.append((cls, args["func"])) }
                return args["func"]
            }
            return .builtin(PyBuiltin(name: "register") { _, fs, _ in
                guard let f = fs.first else { throw PyException.typeError("register() needs a function") }
                for cls in classes { d.registry.append((cls, f)) }
                return f
            })
        },
        Function("dispatch", params: ["cls"]) { args in
            let d = try args.receiver(as: SingleDispatch.self)
            guard case .type(let cls) = args["cls"] else { throw PyException.typeError("dispatch() needs a class") }
            return d.implementation(for: cls)
        },
    ]).type
    let defaultFunction: Value
    var registry: [(PyType, Value)] = []

    init(default: Value) { defaultFunction = `default` }

    var pyClass: PyType { SingleDispatch.type }
    var isCallable: Bool { true }

    /// The classes `register` accepts as its first argument: a class, or a union of classes.
    static func classes(_ v: Value) -> [PyType]? {
        switch v {
        case .type(let cls): return [cls]
        case .object(let union as PyUnion): return union.members
        default: return nil
        }
    }

    func implementation(for cls: PyType) -> Value {
        for t in cls.mro {
            if let hit = registry.last(where: { $0.0 === t }) { return hit.1 }
        }
        return defaultFunction
    }

    func call(_ args: [Value], _ keywords: [(String, Value)], _ interpreter: Interpreter) throws -> Value? {
        guard let first = args.first else {
            throw PyException.typeError("\(try interpreter.strOf(try interpreter.getAttribute(defaultFunction, "__name__"))) requires at least 1 positional argument")
        }
        return try interpreter.call(implementation(for: first.pyType), args, keywords)
    }

    func getAttribute(_ name: String, _ interpreter: Interpreter) throws -> Value? {
        if name == "__wrapped__" { return defaultFunction }
        return try interpreter.lookupAttribute(defaultFunction, name)
    }
}

extension Interpreter {
    /// `functools.update_wrapper`: copies `__module__`, `__name__`, `__qualname__` and `__doc__`,
    /// and sets `__wrapped__`.
    func updateWrapper(_ wrapper: Value, _ wrapped: Value) throws -> Value {
        for name in ["__module__", "__name__", "__qualname__", "__doc__"] {
            if let v = try? getAttribute(wrapped, name) { try? setAttribute(wrapper, name, v) }
        }
        try? setAttribute(wrapper, "__wrapped__", wrapped)
        return wrapper
    }

    /// `functools.total_ordering`: fills in the missing rich comparisons from `__eq__` and the one
    /// the class defines (the same root CPython picks: `__lt__`, then `__le__`, `__gt__`, `__ge__`).
    func completeOrdering(_ t: PyType) throws {
        let own = { (name: String) in t.mro.contains { $0 !== PyType.object && $0.dict[name] != nil } }
        guard let root = ["__lt__", "__le__", "__gt__", "__ge__"].first(where: own) else {
            throw PyException.valueError("must define at least one ordering operation: < > <= >=")
        }
        // For each root: the derived operation and how it combines `root(a, b)` with `a == b`.
        let derived: [String: [(String, (Bool, () throws -> Bool) throws -> Bool)]] = [
            "__lt__": [("__gt__", { r, eq in try !r && !eq() }), ("__le__", { r, eq in try r || eq() }), ("__ge__", { r, _ in !r })],
            "__le__": [("__ge__", { r, eq in try !r || eq() }), ("__lt__", { r, eq in try r && !eq() }), ("__gt__", { r, _ in !r })],
            "__gt__": [("__lt__", { r, eq in try !r && !eq() }), ("__ge__", { r, eq in try r || eq() }), ("__le__", { r, _ in !r })],
            "__ge__": [("__le__", { r, eq in try !r || eq() }), ("__gt__", { r, eq in try r && !eq() }), ("__lt__", { r, _ in !r })],
        ]
        for (name, combine) in derived[root]! where !own(name) {
            Builtins.method(t, name, ["other"]) { i, a in
                let (lhs, rhs) = (a.values[0], a.values[1])
                guard let method = lhs.pyType.lookup(root) else { return .object(PySingleton.notImplemented) }
                let r = try i.callMethodValue(method, receiver: lhs, [rhs])
                if i.isNotImplemented(r) { return r }
                return .bool(try combine(try i.truthy(r)) { try i.equals(lhs, rhs) })
            }
        }
    }

    /// `functools.cached_property`: computed on first access, then kept in the instance's
    /// `__dict__` (where assignment and `del` also go).
    func cachedProperty(_ function: Value) -> Value {
        let name = (try? getAttribute(function, "__name__")).flatMap { v -> String? in if case .str(let s) = v { return s } else { return nil } } ?? ""
        let getter = PyBuiltin(name: name) { i, args, _ in
            guard case .object(let inst as PyInstance)? = args.first else {
                throw PyException.typeError("Cannot use cached_property instance without calling __set_name__ on it.")
            }
            if let cached = inst.dict[name] { return cached }
            let v = try i.call(function, [args[0]])
            inst.dict[name] = v
            return v
        }
        let setter = PyBuiltin(name: name) { _, args, _ in
            if case .object(let inst as PyInstance)? = args.first, args.count == 2 { inst.dict[name] = args[1] }
            return .none
        }
        return .object(PyDescriptor(.property, .builtin(getter), setter: .builtin(setter)))
    }
}
