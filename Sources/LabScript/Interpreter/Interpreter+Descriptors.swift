/// The descriptor protocol for classes a lab defines: an instance whose class has `__get__`,
/// `__set__` or `__delete__`, stored as a class attribute, takes over reads, writes and deletes
/// of that name (CPython's `object.__getattribute__`, `__setattr__` and `__delattr__`). A data
/// descriptor (with `__set__` or `__delete__`) wins over the instance's `__dict__`; a non-data one
/// (only `__get__`) is consulted after it. `__set_name__` is called when the owning class is made.
extension Interpreter {
    /// The descriptor's class's protocol methods when `attribute` is an instance of a user class.
    @inline(__always)
    private func userDescriptor(_ attribute: Value?) -> (descriptor: Value, methods: SpecialMethods)? {
        guard case .object(let d as PyInstance)? = attribute, d.cls.isUserDefined else { return nil }
        let methods = d.cls.specialMethods
        guard methods.descriptorGet != nil || methods.descriptorSet != nil || methods.descriptorDelete != nil else { return nil }
        return (attribute!, methods)
    }

    /// `inst.name` through a descriptor found on the class, or nil when the ordinary lookup applies.
    /// - Parameter instanceHas: whether the instance's `__dict__` holds `name`.
    func descriptorRead(_ classAttribute: Value?, of obj: Value, owner: PyType, instanceHas: Bool) throws -> Value? {
        guard let (descriptor, methods) = userDescriptor(classAttribute), let get = methods.descriptorGet else { return nil }
        let isData = methods.descriptorSet != nil || methods.descriptorDelete != nil
        guard isData || !instanceHas else { return nil }
        return try callMethodValue(get, receiver: descriptor, [obj, .type(owner)])
    }

    /// `cls.name` where the class (or a base) holds a descriptor: `__get__(None, cls)`.
    func descriptorClassRead(_ attribute: Value, owner: PyType) throws -> Value? {
        guard let (descriptor, methods) = userDescriptor(attribute), let get = methods.descriptorGet else { return nil }
        return try callMethodValue(get, receiver: descriptor, [.none, .type(owner)])
    }

    /// `inst.name = value` through a data descriptor; false when the ordinary store applies.
    func descriptorWrite(_ classAttribute: Value?, of obj: Value, _ value: Value) throws -> Bool {
        guard let (descriptor, methods) = userDescriptor(classAttribute) else { return false }
        if let set = methods.descriptorSet {
            _ = try callMethodValue(set, receiver: descriptor, [obj, value])
            return true
        }
        if methods.descriptorDelete != nil { throw PyException.attributeError("__set__") }
        return false
    }

    /// `del inst.name` through a data descriptor; false when the ordinary delete applies.
    func descriptorDelete(_ classAttribute: Value?, of obj: Value) throws -> Bool {
        guard let (descriptor, methods) = userDescriptor(classAttribute) else { return false }
        if let delete = methods.descriptorDelete {
            _ = try callMethodValue(delete, receiver: descriptor, [obj])
            return true
        }
        if methods.descriptorSet != nil { throw PyException.attributeError("__delete__") }
        return false
    }

    /// Calls `__set_name__(cls, name)` on each namespace value whose class defines it, in
    /// definition order, as `type.__new__` does; an error there is wrapped as CPython 3.11 does.
    func setNames(_ cls: PyType, _ namespace: [(String, Value)]) throws {
        for (name, value) in namespace {
            guard case .object(let inst as PyInstance) = value, inst.cls.isUserDefined,
                  let setName = inst.cls.lookup("__set_name__") else { continue }
            do {
                _ = try callMethodValue(setName, receiver: value, [.type(cls), .str(name)])
            } catch let e as PyException {
                let wrapped = PyException(.runtimeError, "Error calling __set_name__ on '\(inst.cls.name)' instance '\(name)' in '\(cls.name)'")
                wrapped.cause = e
                throw wrapped
            }
        }
    }

    /// `inst.name` with a class's own `__getattribute__`: its AttributeError falls back to
    /// `__getattr__`, as CPython's slot does.
    func userGetattribute(_ method: Value, _ inst: PyInstance, _ obj: Value, _ name: String) throws -> Value {
        do {
            return try callMethodValue(method, receiver: obj, [.str(name)])
        } catch let e as PyException where e.cls.isSubclass(of: .attributeError) {
            guard let getattr = inst.cls.specialMethods.getattr else { throw e }
            return try callMethodValue(getattr, receiver: obj, [.str(name)])
        }
    }
}
