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

/// A function wrapped by `functools.lru_cache` / `functools.cache`: least-recently-used eviction
/// past `maxSize` (nil: unbounded, 0: no caching), with CPython's hit and miss counts.
final class CachedFunction: NativeObject {
    static let type = NativeClass("_lru_cache_wrapper", module: "functools", methods: [
        Function("cache_clear") { args in
            let f = try args.receiver(as: CachedFunction.self)
            f.cache.removeAll()
            (f.hits, f.misses) = (0, 0)
            return .none
        },
        Function("cache_info") { args in
            let f = try args.receiver(as: CachedFunction.self)
            let info: [Value] = [.int(f.hits), .int(f.misses), f.maxSize.map { .int($0) } ?? .none, .int(f.cache.count)]
            return try args.interpreter.instantiate(f.infoType, info, [])
        },
    ]).type
    let function: Value
    let maxSize: Int?
    let typed: Bool
    let infoType: PyType
    var cache: OrderedDictionary<HashKey, Value> = [:]
    var hits = 0, misses = 0

    init(function: Value, maxSize: Int?, typed: Bool, infoType: PyType) {
        self.function = function
        self.maxSize = maxSize.map { max(0, $0) }
        self.typed = typed
        self.infoType = infoType
    }

    var pyClass: PyType { CachedFunction.type }
    var isCallable: Bool { true }

    func call(_ args: [Value], _ keywords: [(String, Value)], _ interpreter: Interpreter) throws -> Value? {
        var parts = args + keywords.flatMap { [.str($0.0), $0.1] }
        if typed { parts += (args + keywords.map { $0.1 }).map { .type($0.pyType) } }
        let key = try HashKey(.tuple(parts))
        if maxSize != 0, let hit = cache.removeValue(forKey: key) {
            hits += 1
            cache[key] = hit
            return hit
        }
        misses += 1
        let result = try interpreter.call(function, args, keywords)
        guard maxSize != 0 else { return result }
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
        let infoType: PyType = {
            guard case .type(let t)? = try? makeNamedTuple("CacheInfo", .str("hits misses maxsize currsize"), defaults: .none) else {
                preconditionFailure("CacheInfo is a valid namedtuple")
            }
            return t
        }()
        func cached(_ f: Value, _ maxSize: Int?, _ typed: Bool) -> Value {
            .native(CachedFunction(function: f, maxSize: maxSize, typed: typed, infoType: infoType))
        }
        func cacheDecorator(_ maxSize: Int?, _ typed: Bool) -> Value {
            .builtin(PyBuiltin(name: "decorating_function") { _, args, _ in
                guard let f = args.first else { throw PyException.typeError("decorator needs a function") }
                return cached(f, maxSize, typed)
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
            fn("cache", ["user_function", "/"]) { _, a in cached(a.values[0], nil, false) },
            fn("lru_cache", ["maxsize=128", "typed=False"]) { i, a in
                let typed = try i.truthy(a.values[1])
                switch a.values[0] {
                case .function, .builtin, .native: return cached(a.values[0], 128, false)
                case .none: return cacheDecorator(nil, typed)
                case .int, .bool: return cacheDecorator(try i.intArgument(a.values[0]), typed)
                default: throw PyException.typeError("Expected first argument to be an integer, a callable, or None")
                }
            },
            fn("update_wrapper", ["wrapper", "wrapped", "assigned=None", "updated=None"]) { i, a in
                try i.updateWrapper(a.values[0], a.values[1])
            },
            fn("wraps", ["wrapped", "assigned=None", "updated=None"]) { _, a in
                let wrapped = a.values[0]
                return .builtin(PyBuiltin(name: "decorator") { i, args, _ in
                    guard let wrapper = args.first else { throw PyException.typeError("decorator needs a function") }
                    return try i.updateWrapper(wrapper, wrapped)
                })
            },
            fn("total_ordering", ["cls", "/"]) { i, a in
                guard case .type(let t) = a.values[0] else { throw PyException.typeError("total_ordering needs a class") }
                try i.completeOrdering(t)
                return a.values[0]
            },
            fn("cached_property", ["func", "/"]) { i, a in i.cachedProperty(a.values[0]) },
            fn("singledispatch", ["func", "/"]) { _, a in .native(SingleDispatch(default: a.values[0])) },
            fn("cmp_to_key", ["mycmp", "/"]) { _, a in
                let comparator = a.values[0]
                return .builtin(PyBuiltin(name: "K") { _, args, _ in
                    .native(ComparisonKey(value: args.first ?? .none, comparator: comparator))
                })
            },
        ]
    }
}
