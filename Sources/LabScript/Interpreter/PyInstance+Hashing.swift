extension PyInstance: HashableObject {
    /// `__hash__` of the instance's class, run by the interpreter executing on this thread. An
    /// instance of a value subclass hashes as its built-in value unless its class defines
    /// `__hash__`, or defines `__eq__` alone (which makes it unhashable, as in CPython).
    func pyHash() throws -> Int? {
        if let payload = builtinValue, cls.userOverride("__hash__") == nil {
            if cls.userOverride("__eq__") != nil { throw PyException.typeError("unhashable type: '\(cls.name)'") }
            return try Hashing.hash(payload)
        }
        guard let interp = Interpreter.running, let m = cls.lookup("__hash__") else {
            if cls.lookup("__eq__") != nil { throw PyException.typeError("unhashable type: '\(cls.name)'") }
            return nil
        }
        if m.isNone { throw PyException.typeError("unhashable type: '\(cls.name)'") }
        return try interp.intArgument(interp.callMethodValue(m, receiver: .object(self), []))
    }

    func pyEquals(_ other: Value) -> Bool? {
        if let payload = builtinValue, cls.userOverride("__eq__") == nil {
            return Hashing.keyEquals(payload, other.unwrappingSubclass)
        }
        guard let interp = Interpreter.running, let m = cls.lookup("__eq__") else { return nil }
        guard let r = try? interp.callMethodValue(m, receiver: .object(self), [other]) else { return false }
        return (try? interp.truthy(r)) ?? false
    }
}

extension Hashing {
    /// The hash a subclass of list, dict or set defines with `__hash__`, or nil (unhashable, or
    /// a frozenset's own hash).
    static func subclassHash(_ v: Value, _ subtype: PyType?) throws -> Int? {
        guard let t = subtype, let m = t.userOverride("__hash__"), !m.isNone, let interp = Interpreter.running else { return nil }
        return try interp.intArgument(interp.callMethodValue(m, receiver: v, []))
    }
}
