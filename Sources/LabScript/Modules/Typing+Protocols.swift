/// `typing.Protocol` classes in `isinstance`/`issubclass`: a class that lists `Protocol` among its
/// bases is checked structurally (every member it declares present) once `@runtime_checkable`
/// marks it, and refuses the checks otherwise, as CPython does.
extension Interpreter {
    /// Names a protocol's body may hold that are not its members (CPython's excluded attributes).
    static let protocolExcludedNames: Set<String> = [
        "__parameters__", "__orig_bases__", "__orig_class__", "_is_protocol", "_is_runtime_protocol", "__abstractmethods__",
        "__annotations__", "__dict__", "__doc__", "__init__", "__module__", "__new__", "__slots__", "__subclasshook__",
        "__weakref__", "__class_getitem__", "__qualname__", "_MutableMapping__marker",
    ]

    private func isTypingBase(_ t: PyType, _ name: String) -> Bool { !t.isUserDefined && t.module == "typing" && t.name == name }

    /// True for a class defined with `Protocol` among its direct bases.
    func isProtocolClass(_ t: PyType) -> Bool { t.isUserDefined && t.bases.contains { isTypingBase($0, "Protocol") } }

    /// `@runtime_checkable`.
    func markRuntimeProtocol(_ v: Value) throws -> Value {
        guard case .type(let t) = v, isProtocolClass(t) else {
            throw PyException.typeError("@runtime_checkable can be only applied to protocol classes, got \(try reprOf(v))")
        }
        t.dict["_is_runtime_protocol"] = .bool(true)
        return v
    }

    /// The members a protocol declares: its own and its protocol bases' names and annotations.
    private func protocolMembers(_ t: PyType) -> [String] {
        var members: [String] = []
        for base in t.mro where base !== PyType.object && !isTypingBase(base, "Protocol") && !isTypingBase(base, "Generic") {
            var names = Array(base.dict.keys)
            if case .dict(let d)? = base.dict["__annotations__"] { names += d.storage.keys.compactMap { if case .str(let s) = $0.value { return s } else { return nil } } }
            for name in names where !name.hasPrefix("_abc_") && !Interpreter.protocolExcludedNames.contains(name) && !members.contains(name) {
                members.append(name)
            }
        }
        return members
    }

    /// The answer of `isinstance(instance, proto)` (with `instance`) or `issubclass(cls, proto)`,
    /// or nil when `proto` is not a protocol class.
    func protocolCheck(_ proto: PyType, cls: PyType, instance: Value?) throws -> Bool? {
        guard isProtocolClass(proto) else { return nil }
        guard case .bool(true)? = proto.dict["_is_runtime_protocol"] else {
            throw PyException.typeError("Instance and class checks can only be used with @runtime_checkable protocols")
        }
        if cls.isSubclass(of: proto) { return true }
        let members = protocolMembers(proto)
        if let instance {
            for name in members where (try? getAttribute(instance, name)) == nil { return false }
            return true
        }
        let methodsOnly = members.allSatisfy { name in
            guard let v = proto.lookup(name) else { return false }
            switch v { case .function, .builtin: return true; default: return false }
        }
        guard methodsOnly else { throw PyException.typeError("Protocols with non-method members don't support issubclass()") }
        return members.allSatisfy { name in cls.lookup(name).map { !$0.isNone } ?? false }
    }
}
