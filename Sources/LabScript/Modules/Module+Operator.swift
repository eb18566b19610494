extension Interpreter {
    /// The `operator` module: the language's operators as functions, plus `itemgetter`,
    /// `attrgetter` and `methodcaller` (the usual `key=` helpers of `sorted`, `max` and `min`).
    func operatorModule() -> [(String, Value)] {
        func fn(_ name: String, _ params: [String], _ body: @escaping Builtins.Body) -> (String, Value) {
            (name, Builtins.function(name, params, body))
        }
        var entries: [(String, Value)] = BinaryOp.allCases.map { op in
            let name = ["and", "or"].contains(op.dunderStem) ? op.dunderStem + "_" : op.dunderStem
            return fn(name, ["a", "b", "/"]) { i, a in try i.binary(op, a.values[0], a.values[1]) }
        }
        for op in [CompareOp.lt, .le, .eq, .ne, .gt, .ge] {
            let name = String(op.dunder.dropFirst(2).dropLast(2))
            entries.append(fn(name, ["a", "b", "/"]) { i, a in try i.compare(op, a.values[0], a.values[1]) })
        }
        entries += [
            fn("neg", ["a", "/"]) { i, a in try i.unary(.neg, a.values[0]) },
            fn("pos", ["a", "/"]) { i, a in try i.unary(.pos, a.values[0]) },
            fn("invert", ["a", "/"]) { i, a in try i.unary(.invert, a.values[0]) },
            fn("abs", ["a", "/"]) { i, a in try i.absolute(a.values[0]) },
            fn("not_", ["a", "/"]) { i, a in .bool(!(try i.truthy(a.values[0]))) },
            fn("truth", ["a", "/"]) { i, a in .bool(try i.truthy(a.values[0])) },
            fn("concat", ["a", "b", "/"]) { i, a in try i.binary(.add, a.values[0], a.values[1]) },
            fn("contains", ["a", "b", "/"]) { i, a in .bool(try i.contains(a.values[0], a.values[1])) },
            fn("getitem", ["a", "b", "/"]) { i, a in try i.getItem(a.values[0], a.values[1]) },
            fn("itemgetter", ["item", "/", "*items"]) { i, a in
                let items = [a.values[0]] + a.varargs
                return .native(OperatorGetter("itemgetter", try items.map { try i.reprOf($0) }) { i, target in
                    let got = try items.map { try i.getItem(target, $0) }
                    return got.count == 1 ? got[0] : .tuple(got)
                })
            },
            fn("attrgetter", ["attr", "/", "*attrs"]) { i, a in
                let names = [a.values[0]] + a.varargs
                let paths = try names.map { v -> [String] in
                    guard case .str(let s) = v else { throw PyException.typeError("attribute name must be a string") }
                    return s.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
                }
                return .native(OperatorGetter("attrgetter", try names.map { try i.reprOf($0) }) { i, target in
                    let got = try paths.map { path in try path.reduce(target) { try i.getAttribute($0, $1) } }
                    return got.count == 1 ? got[0] : .tuple(got)
                })
            },
            fn("methodcaller", ["name", "/", "*args", "**kwargs"]) { i, a in
                guard case .str(let name) = a.values[0] else { throw PyException.typeError("method name must be a string") }
                let extra = a.varargs, keywords = Args.keywordPairs(a.kwargs)
                let shown = try [i.reprOf(a.values[0])] + extra.map { try i.reprOf($0) } + keywords.map { "\($0.0)=\(try i.reprOf($0.1))" }
                return .native(OperatorGetter("methodcaller", shown) { i, target in
                    try i.call(try i.getAttribute(target, name), extra, keywords)
                })
            },
            fn("call", ["obj", "/", "*args", "**kwargs"]) { i, a in try i.call(a.values[0], a.varargs, Args.keywordPairs(a.kwargs)) },
            fn("index", ["a", "/"]) { i, a in
                if let b = a.values[0].asBigInt { return Value(b) }
                return .int(try i.intArgument(a.values[0]))
            },
            fn("inv", ["a", "/"]) { i, a in try i.unary(.invert, a.values[0]) },
            fn("is_", ["a", "b", "/"]) { _, a in .bool(a.values[0].isIdentical(to: a.values[1])) },
            fn("is_not", ["a", "b", "/"]) { _, a in .bool(!a.values[0].isIdentical(to: a.values[1])) },
            fn("setitem", ["a", "b", "c", "/"]) { i, a in
                try i.setItem(a.values[0], a.values[1], a.values[2])
                return .none
            },
            fn("delitem", ["a", "b", "/"]) { i, a in
                try i.deleteItem(a.values[0], a.values[1])
                return .none
            },
            fn("countOf", ["a", "b", "/"]) { i, a in .int(try i.iterateToArray(a.values[0]).filter { try i.sameOrEqual($0, a.values[1]) }.count) },
            fn("indexOf", ["a", "b", "/"]) { i, a in
                guard let k = try i.iterateToArray(a.values[0]).firstIndex(where: { try i.sameOrEqual($0, a.values[1]) }) else {
                    throw PyException.valueError("sequence.index(x): x not in sequence")
                }
                return .int(k)
            },
            fn("length_hint", ["obj", "default=0", "/"]) { i, a in
                if let n = try? i.length(a.values[0]) { return .int(n) }
                return a.values[1]
            },
            fn("iconcat", ["a", "b", "/"]) { i, a in try i.inplace(.add, a.values[0], a.values[1]) },
        ]
        entries += BinaryOp.allCases.map { op in
            fn("i" + op.dunderStem, ["a", "b", "/"]) { i, a in try i.inplace(op, a.values[0], a.values[1]) }
        }
        // The dunder aliases: operator.__add__ is operator.add, and so on.
        let aliases = entries.filter { !$0.0.hasPrefix("_") && !["itemgetter", "attrgetter", "methodcaller", "countOf", "indexOf", "length_hint", "is_", "is_not", "truth"].contains($0.0) }
            .map { ("__" + ($0.0.hasSuffix("_") ? String($0.0.dropLast()) : $0.0) + "__", $0.1) }
        return entries + aliases
    }
}

/// The callables `itemgetter`, `attrgetter` and `methodcaller` return, printed as CPython prints them.
final class OperatorGetter: NativeObject {
    static let types = Dictionary(uniqueKeysWithValues: ["itemgetter", "attrgetter", "methodcaller"].map {
        ($0, NativeClass($0, module: "operator").type)
    })
    let kind: String
    let shownArguments: [String]
    let body: (Interpreter, Value) throws -> Value

    init(_ kind: String, _ shownArguments: [String], _ body: @escaping (Interpreter, Value) throws -> Value) {
        self.kind = kind
        self.shownArguments = shownArguments
        self.body = body
    }

    var pyClass: PyType { OperatorGetter.types[kind]! }
    var isCallable: Bool { true }

    func call(_ args: [Value], _ keywords: [(String, Value)], _ interpreter: Interpreter) throws -> Value? {
        guard keywords.isEmpty else { throw PyException.typeError("\(kind)() takes no keyword arguments") }
        guard args.count == 1 else { throw PyException.typeError("\(kind) expected 1 argument, got \(args.count)") }
        return try body(interpreter, args[0])
    }

    func repr(_ interpreter: Interpreter) throws -> String {
        "operator.\(kind)(\(shownArguments.joined(separator: ", ")))"
    }
}
