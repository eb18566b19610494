extension PyInstance: HashableObject {
    /// `__hash__` of the instance's class, run by the interpreter executing on this thread.
    func pyHash() throws -> Int? {
        guard let interp = Interpreter.running, let m = cls.lookup("__hash__") else {
            if cls.lookup("__eq__") != nil { throw PyException.typeError("unhashable type: '\(cls.name)'") }
            return nil
        }
        if m.isNone { throw PyException.typeError("unhashable type: '\(cls.name)'") }
        return try interp.intArgument(interp.callMethodValue(m, receiver: .object(self), []))
    }

    func pyEquals(_ other: Value) -> Bool? {
        guard let interp = Interpreter.running, let m = cls.lookup("__eq__") else { return nil }
        guard let r = try? interp.callMethodValue(m, receiver: .object(self), [other]) else { return false }
        return (try? interp.truthy(r)) ?? false
    }
}
