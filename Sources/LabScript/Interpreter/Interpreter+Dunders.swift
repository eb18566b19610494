extension Interpreter {
    /// `x.__add__`, `d.__getitem__`, ... on built-in values: the operation itself, bound to `x`,
    /// so code that passes special methods around (`key=probs.__getitem__`) works.
    func specialMethod(_ obj: Value, _ name: String) -> Value? {
        guard name.hasPrefix("__") && name.hasSuffix("__") else { return nil }
        let stem = String(name.dropFirst(2).dropLast(2))
        guard BuiltinSlots.has(obj, stem) else { return nil }
        func bound(_ body: @escaping (Interpreter, [Value]) throws -> Value) -> Value {
            .builtin(PyBuiltin(name: name, qualname: "\(obj.typeName).\(name)", isMethod: true, boundSelf: obj) { i, args, _ in
                try body(i, Array(args.dropFirst()))
            })
        }
        func one(_ args: [Value]) throws -> Value {
            guard args.count == 1 else { throw PyException.typeError("expected 1 argument, got \(args.count)") }
            return args[0]
        }
        // Only lists and dicts (of the built-in values) have item assignment and deletion.
        let mutable: Bool
        switch obj {
        case .list, .dict: mutable = true
        case .object(let b as PyBytes): mutable = b.isMutable
        default: mutable = false
        }
        switch stem {
        case "getitem": return bound { i, a in try i.getItem(obj, one(a), honouringOverrides: false) }
        case "setitem" where !mutable, "delitem" where !mutable: return nil
        case "setitem":
            return bound { i, a in
                guard a.count == 2 else { throw PyException.typeError("expected 2 arguments, got \(a.count)") }
                try i.setItem(obj, a[0], a[1], honouringOverrides: false)
                return .none
            }
        case "delitem":
            return bound { i, a in
                try i.deleteItem(obj, one(a), honouringOverrides: false)
                return .none
            }
        case "len": return bound { i, _ in .int(try i.length(obj, honouringOverrides: false)) }
        case "contains": return bound { i, a in .bool(try i.contains(obj, one(a), honouringOverrides: false)) }
        case "iter": return bound { i, _ in try i.iteratorObject(obj, honouringOverrides: false) }
        case "next":
            return bound { i, _ in
                guard let v = try i.nextElement(obj) else { throw PyException.stopIteration() }
                return v
            }
        case "repr": return bound { i, _ in .str(try i.reprOf(obj)) }
        case "str": return bound { i, _ in .str(try i.strOf(obj)) }
        case "hash":
            // The mutable built-ins' __hash__ is None.
            if mutable { return Value.none }
            if case .set(let set) = obj, !set.isFrozen { return Value.none }
            return bound { i, _ in .int(try i.hashOf(obj)) }
        case "bool": return bound { i, _ in .bool(try i.truthy(obj)) }
        case "format": return bound { i, a in .str(try i.format(obj, one(a).string("format spec"))) }
        case "neg": return bound { i, _ in try i.unary(.neg, obj) }
        case "pos": return bound { i, _ in try i.unary(.pos, obj) }
        case "abs": return bound { i, _ in try i.absolute(obj) }
        case "int", "float", "index", "round":
            return bound { i, a in
                if stem == "index" { return .int(try i.intArgument(obj)) }
                return try i.call(i.builtins[stem]!, [obj] + a)
            }
        default: break
        }
        for op in [CompareOp.lt, .le, .eq, .ne, .gt, .ge] where op.dunder == name {
            return bound { i, a in try i.compare(op, obj, one(a)) }
        }
        for op in BinaryOp.allCases {
            if stem == op.dunderStem { return bound { i, a in try i.binary(op, obj, one(a)) } }
            if stem == "i" + op.dunderStem { return bound { i, a in try i.inplace(op, obj, one(a)) } }
            if stem == "r" + op.dunderStem { return bound { i, a in try i.binary(op, one(a), obj) } }
        }
        return nil
    }
}
