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
            fn("itemgetter", ["item", "/", "*items"]) { _, a in
                let items = [a.values[0]] + a.varargs
                return .builtin(PyBuiltin(name: "itemgetter") { i, args, _ in
                    guard args.count == 1 else { throw PyException.typeError("itemgetter expected 1 argument, got \(args.count)") }
                    let got = try items.map { try i.getItem(args[0], $0) }
                    return got.count == 1 ? got[0] : .tuple(got)
                })
            },
            fn("attrgetter", ["attr", "/", "*attrs"]) { _, a in
                let paths = try ([a.values[0]] + a.varargs).map { try $0.string("attribute name").split(separator: ".").map(String.init) }
                return .builtin(PyBuiltin(name: "attrgetter") { i, args, _ in
                    guard args.count == 1 else { throw PyException.typeError("attrgetter expected 1 argument, got \(args.count)") }
                    let got = try paths.map { path in try path.reduce(args[0]) { try i.getAttribute($0, $1) } }
                    return got.count == 1 ? got[0] : .tuple(got)
                })
            },
            fn("methodcaller", ["name", "/", "*args", "**kwargs"]) { _, a in
                let name = try a.values[0].string("method name")
                let extra = a.varargs, keywords = Args.keywordPairs(a.kwargs)
                return .builtin(PyBuiltin(name: "methodcaller") { i, args, _ in
                    guard args.count == 1 else { throw PyException.typeError("methodcaller expected 1 argument, got \(args.count)") }
                    return try i.call(try i.getAttribute(args[0], name), extra, keywords)
                })
            },
        ]
        return entries
    }
}
