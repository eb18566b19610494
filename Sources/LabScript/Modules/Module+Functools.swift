import Collections

/// `functools.partial(f, *args, **kwargs)`.
final class Partial: NativeObject {
    static let type = NativeClass("partial", module: "functools").type
    let function: Value
    let args: [Value]
    let keywords: [(String, Value)]

    init(function: Value, args: [Value], keywords: [(String, Value)]) {
        self.function = function
        self.args = args
        self.keywords = keywords
    }

    var pyClass: PyType { Partial.type }
    var isCallable: Bool { true }

    func call(_ args: [Value], _ keywords: [(String, Value)], _ interpreter: Interpreter) throws -> Value? {
        var merged = self.keywords.filter { kw in !keywords.contains { $0.0 == kw.0 } }
        merged += keywords
        return try interpreter.call(function, self.args + args, merged)
    }

    func getAttribute(_ name: String, _ interpreter: Interpreter) throws -> Value? {
        switch name {
        case "func": return function
        case "args": return .tuple(args)
        case "keywords":
            let d = PyDict()
            for (k, v) in keywords { d[string: k] = v }
            return .dict(d)
        default: return nil
        }
    }

    func repr(_ interpreter: Interpreter) throws -> String {
        let parts = [try interpreter.reprOf(function)] + (try args.map { try interpreter.reprOf($0) })
            + (try keywords.map { "\($0.0)=\(try interpreter.reprOf($0.1))" })
        return "functools.partial(\(parts.joined(separator: ", ")))"
    }
}

/// A function wrapped by `functools.lru_cache` / `functools.cache`.
final class CachedFunction: NativeObject {
    static let type = NativeClass("_lru_cache_wrapper", module: "functools", methods: [
        Function("cache_clear") { args in
            try args.receiver(as: CachedFunction.self).cache.removeAll()
            return .none
        },
    ]).type
    let function: Value
    let maxSize: Int?
    var cache: OrderedDictionary<HashKey, Value> = [:]

    init(function: Value, maxSize: Int?) {
        self.function = function
        self.maxSize = maxSize
    }

    var pyClass: PyType { CachedFunction.type }
    var isCallable: Bool { true }

    func call(_ args: [Value], _ keywords: [(String, Value)], _ interpreter: Interpreter) throws -> Value? {
        let key = try HashKey(.tuple(args + keywords.flatMap { [.str($0.0), $0.1] }))
        if let hit = cache.removeValue(forKey: key) {
            cache[key] = hit
            return hit
        }
        let result = try interpreter.call(function, args, keywords)
        cache[key] = result
        if let m = maxSize, cache.count > m { cache.removeFirst() }
        return result
    }

    func getAttribute(_ name: String, _ interpreter: Interpreter) throws -> Value? {
        if name == "__wrapped__" { return function }
        return try interpreter.lookupAttribute(function, name)
    }

    func repr(_ interpreter: Interpreter) throws -> String { try interpreter.reprOf(function) }
}

/// The key object made by `functools.cmp_to_key`.
final class ComparisonKey: NativeObject {
    static let type = NativeClass("KeyWrapper", module: "functools").type
    let value: Value
    let comparator: Value
    init(value: Value, comparator: Value) {
        self.value = value
        self.comparator = comparator
    }
    var pyClass: PyType { ComparisonKey.type }

    func compare(_ op: CompareOp, _ other: Value, _ interpreter: Interpreter) throws -> Value? {
        guard case .native(let o as ComparisonKey) = other else { return nil }
        let c = try interpreter.call(comparator, [value, o.value])
        return try interpreter.compare(op, c, .int(0))
    }
}

extension Interpreter {
    func functoolsModule() -> [(String, Value)] {
        func fn(_ name: String, _ params: [String], _ body: @escaping Builtins.Body) -> (String, Value) {
            (name, Builtins.function(name, params, body))
        }
        func cacheDecorator(_ maxSize: Int?) -> Value {
            .builtin(PyBuiltin(name: "decorating_function") { _, args, _ in
                guard let f = args.first else { throw PyException.typeError("decorator needs a function") }
                return .native(CachedFunction(function: f, maxSize: maxSize))
            })
        }
        return [
            fn("reduce", ["function", "iterable", "initial=None", "/"]) { i, a in
                var items = try i.iterateToArray(a.values[1])
                var acc: Value
                if a.wasPassed(2) { acc = a.values[2] } else {
                    guard !items.isEmpty else { throw PyException.typeError("reduce() of empty iterable with no initial value") }
                    acc = items.removeFirst()
                }
                for v in items { acc = try i.call(a.values[0], [acc, v]) }
                return acc
            },
            fn("partial", ["func", "/", "*args", "**keywords"]) { _, a in
                .native(Partial(function: a.values[0], args: a.varargs, keywords: Args.keywordPairs(a.kwargs)))
            },
            fn("cache", ["user_function", "/"]) { _, a in .native(CachedFunction(function: a.values[0], maxSize: nil)) },
            fn("lru_cache", ["maxsize=128", "typed=False"]) { i, a in
                switch a.values[0] {
                case .function, .builtin: return .native(CachedFunction(function: a.values[0], maxSize: 128))
                case .none: return cacheDecorator(nil)
                default: return cacheDecorator(try i.intArgument(a.values[0]))
                }
            },
            fn("wraps", ["wrapped", "assigned=None", "updated=None"]) { _, a in
                let wrapped = a.values[0]
                return .builtin(PyBuiltin(name: "decorator") { i, args, _ in
                    guard let wrapper = args.first else { throw PyException.typeError("decorator needs a function") }
                    for name in ["__module__", "__name__", "__qualname__", "__doc__"] {
                        if let v = try? i.getAttribute(wrapped, name) { try? i.setAttribute(wrapper, name, v) }
                    }
                    try? i.setAttribute(wrapper, "__wrapped__", wrapped)
                    return wrapper
                })
            },
            fn("total_ordering", ["cls", "/"]) { _, a in a.values[0] },
            fn("cmp_to_key", ["mycmp", "/"]) { _, a in
                let comparator = a.values[0]
                return .builtin(PyBuiltin(name: "K") { _, args, _ in
                    .native(ComparisonKey(value: args.first ?? .none, comparator: comparator))
                })
            },
        ]
    }
}
