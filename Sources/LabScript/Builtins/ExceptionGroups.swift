/// `BaseExceptionGroup` and `ExceptionGroup` (PEP 654): an exception holding a message and a
/// non-empty tuple of exceptions, with `split`/`subgroup`/`derive`; `except*` is in
/// `Interpreter+ExceptStar.swift`.
extension PyType {
    public static let baseExceptionGroup = builtinType("BaseExceptionGroup", baseException)
    public static let exceptionGroup = PyType(name: "ExceptionGroup", bases: [baseExceptionGroup, exception])
}

extension Builtins {
    static func installExceptionGroups() {
        let t = PyType.baseExceptionGroup
        Builtins.method(t, "__str__", []) { i, a in
            guard case .object(let e as PyException) = a.values[0] else { return .none }
            let n = try i.groupMembers(e).count
            return .str("\(try i.strOf(e.args.first ?? .none)) (\(n) sub-exception\(n == 1 ? "" : "s"))")
        }
        Builtins.method(t, "derive", ["excs", "/"]) { i, a in
            guard case .object(let e as PyException) = a.values[0] else { return .none }
            return try i.makeExceptionGroup(.baseExceptionGroup, [e.args.first ?? .none, a.values[1]], [])
        }
        Builtins.method(t, "split", ["condition", "/"]) { i, a in
            let (match, rest) = try i.splitGroup(a.values[0], try i.groupMatcher(a.values[1]))
            return .tuple([match, rest])
        }
        Builtins.method(t, "subgroup", ["condition", "/"]) { i, a in
            try i.splitGroup(a.values[0], try i.groupMatcher(a.values[1])).0
        }
    }
}

extension Interpreter {
    /// `BaseExceptionGroup(message, exceptions)` with CPython's checks; BaseExceptionGroup of
    /// Exceptions only is an ExceptionGroup.
    func makeExceptionGroup(_ cls: PyType, _ args: [Value], _ kw: [(String, Value)]) throws -> Value {
        if !kw.isEmpty { throw PyException.typeError("\(cls.name) does not take keyword arguments") }
        guard args.count == 2 else { throw PyException.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (\(args.count) given)") }
        guard case .str = args[0] else { throw PyException.typeError("BaseExceptionGroup.__new__() argument 1 must be str, not \(args[0].typeName)") }
        switch args[1] {
        case .list, .tuple: break
        default: throw PyException.typeError("second argument (exceptions) must be a sequence")
        }
        let members = try iterateToArray(args[1])
        if members.isEmpty { throw PyException.valueError("second argument (exceptions) must be a non-empty sequence") }
        var allExceptions = true
        for (n, m) in members.enumerated() {
            guard case .object(let e as PyException) = m else {
                throw PyException.valueError("Item \(n) of second argument (exceptions) is not an exception")
            }
            if !e.cls.isSubclass(of: .exception) { allExceptions = false }
        }
        var cls = cls
        if cls === PyType.baseExceptionGroup, allExceptions { cls = .exceptionGroup }
        if cls.isSubclass(of: .exception), !allExceptions { throw PyException.typeError("Cannot nest BaseExceptions in an ExceptionGroup") }
        return .object(PyException(cls, args: args))
    }

    /// A group's `message` and `exceptions` (a tuple); nil for other names.
    func exceptionGroupAttribute(_ e: PyException, _ name: String) throws -> Value? {
        switch name {
        case "message": return e.args.first ?? Value.none
        case "exceptions": return .tuple(try groupMembers(e))
        default: return nil
        }
    }

    /// The exceptions of a group, in order.
    func groupMembers(_ e: PyException) throws -> [Value] {
        guard e.args.count > 1 else { return [] }
        return try iterateToArray(e.args[1])
    }

    /// `split`'s condition: an exception type, a tuple of them, or a predicate.
    func groupMatcher(_ condition: Value) throws -> (Value) throws -> Bool {
        switch condition {
        case .type(let t) where t.isException:
            return { v in v.pyType.isSubclass(of: t) }
        case .tuple(let items) where items.allSatisfy({ if case .type(let t) = $0 { return t.isException }; return false }):
            return { v in items.contains { if case .type(let t) = $0 { return v.pyType.isSubclass(of: t) }; return false } }
        default:
            guard isCallableValue(condition) else {
                throw PyException.typeError("expected a function, exception type or tuple of exception types")
            }
            return { v in try self.truthy(try self.call(condition, [v])) }
        }
    }

    /// `(match, rest)` of a group: nested groups split recursively, each part rebuilt by the
    /// group's `derive` and given its traceback, cause, context and notes; None for an empty part.
    func splitGroup(_ group: Value, _ matches: (Value) throws -> Bool) throws -> (Value, Value) {
        if try matches(group) { return (group, .none) }
        guard case .object(let e as PyException) = group else { return (.none, group) }
        var matched: [Value] = [], rest: [Value] = []
        for member in try groupMembers(e) {
            if member.pyType.isSubclass(of: .baseExceptionGroup) {
                let (m, r) = try splitGroup(member, matches)
                if !m.isNone { matched.append(m) }
                if !r.isNone { rest.append(r) }
            } else if try matches(member) {
                matched.append(member)
            } else {
                rest.append(member)
            }
        }
        func derive(_ members: [Value]) throws -> Value {
            if members.isEmpty { return .none }
            let part = try call(try getAttribute(group, "derive"), [.list(PyList(members))])
            if case .object(let p as PyException) = part {
                p.copyTraceback(of: e)
                p.cause = e.cause
                p.context = e.context
                p.suppressContext = e.suppressContext
                if let notes = e.attributes["__notes__"] { p.attributes["__notes__"] = notes }
            }
            return part
        }
        return (try derive(matched), try derive(rest))
    }
}
