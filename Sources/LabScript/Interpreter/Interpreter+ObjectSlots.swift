extension Interpreter {
    /// `object.__setattr__`, `object.__delattr__` and `object.__getattribute__`: attribute access
    /// that skips the class's own hooks. Reached as `super().__setattr__(name, value)` (bound to
    /// `receiver`) or as `object.__setattr__(obj, name, value)` (unbound, receiver nil).
    func objectSlotMethod(_ name: String, receiver: Value?) -> Value? {
        if let method = objectProtocolMethod(name, receiver: receiver) { return method }
        if name == "__new__" {
            return .builtin(PyBuiltin(name: name, qualname: "object.__new__") { i, args, _ in try i.objectNew(args) })
        }
        if name == "__init_subclass__", case .type(let cls)? = receiver {
            return .builtin(PyBuiltin(name: name, qualname: "object.__init_subclass__") { _, args, keywords in
                guard keywords.isEmpty else { throw PyException.typeError("\(cls.name).__init_subclass__() takes no keyword arguments") }
                guard args.isEmpty else { throw PyException.typeError("\(cls.name).__init_subclass__() takes no arguments (\(args.count) given)") }
                return .none
            })
        }
        let arity: Int
        switch name {
        case "__setattr__": arity = 3
        case "__delattr__", "__getattribute__": arity = 2
        default: return nil
        }
        return .builtin(PyBuiltin(name: name, qualname: "object.\(name)") { i, args, _ in
            let all = (receiver.map { [$0] } ?? []) + args
            guard all.count == arity else {
                throw PyException.typeError("expected \(arity - 1) arguments, got \(all.count - 1)")
            }
            let attribute = try all[1].string("attribute name")
            guard case .object(let inst as PyInstance) = all[0] else {
                switch name {
                case "__setattr__": try i.setAttribute(all[0], attribute, all[2])
                case "__delattr__": try i.deleteAttribute(all[0], attribute)
                default: return try i.getAttribute(all[0], attribute)
                }
                return .none
            }
            switch name {
            case "__setattr__":
                if case .object(let d as PyDescriptor)? = inst.cls.lookup(attribute), d.kind == .property {
                    guard let setter = d.setter else {
                        throw PyException.attributeError("property '\(attribute)' of '\(inst.cls.name)' object has no setter")
                    }
                    _ = try i.call(setter, [all[0], all[2]], [])
                } else if try i.descriptorWrite(inst.cls.lookup(attribute), of: all[0], all[2]) {
                    return .none
                } else {
                    inst.dict[attribute] = all[2]
                }
            case "__delattr__":
                if try i.descriptorDelete(inst.cls.lookup(attribute), of: all[0]) { return .none }
                guard inst.dict.removeValue(forKey: attribute) != nil else {
                    throw PyException.attributeError("'\(inst.cls.name)' object has no attribute '\(attribute)'")
                }
            default:
                // The generic lookup, without the class's own __getattribute__ or __getattr__.
                if let v = try i.genericInstanceAttribute(inst, all[0], attribute, classAttribute: inst.cls.lookup(attribute), fallback: false) {
                    return v
                }
                throw i.attributeError(all[0], attribute)
            }
            return .none
        })
    }
}
