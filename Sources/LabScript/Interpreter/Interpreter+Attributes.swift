import BigInt

extension Interpreter {
    /// `obj.name`.
    public func getAttribute(_ obj: Value, _ name: String) throws -> Value {
        if let v = try lookupAttribute(obj, name) { return v }
        throw attributeError(obj, name)
    }

    /// `obj.name`, or nil when there is no such attribute.
    func lookupAttribute(_ obj: Value, _ name: String) throws -> Value? {
        switch obj {
        case .object(let inst as PyInstance):
            return try instanceAttribute(inst, obj, name, classAttribute: inst.cls.lookup(name))
        case .type(let t):
            if t === PyType.object, let raw = objectSlotMethod(name, receiver: nil) { return raw }
            if t === PyType.type, let raw = typeSlotMethod(name, receiver: nil) { return raw }
            if let found = typeAttribute(t, name) { return try descriptorClassRead(found, owner: t) ?? found }
            // A metaclass that does not define __new__, __init__ or __call__ has type's.
            if t.isSubclass(of: .type), let raw = typeSlotMethod(name, receiver: nil) { return raw }
            guard let meta = t.metaclass else { return nil }
            guard let m = meta.lookup(name) else {
                guard let getattr = meta.lookup("__getattr__") else { return nil }
                return try callMethodValue(getattr, receiver: obj, [.str(name)])
            }
            if case .object(let d as PyDescriptor) = m, d.kind == .property { return try call(d.function, [obj], []) }
            return bindAttribute(m, to: obj, cls: meta)
        case .object(let m as PyModule):
            if let v = m.dict[name] { return v }
            if name == "__name__" { return .str(m.name) }
            if name == "__dict__" { return .dict(stringDict(m.dict)) }
            if name == "__doc__" { return docValue(obj) }
            return nil
        default:
            return try otherAttribute(obj, name)
        }
    }

    /// `inst.name` given what the class's MRO holds for `name`.
    func instanceAttribute(_ inst: PyInstance, _ obj: Value, _ name: String, classAttribute classAttr: Value?) throws -> Value? {
        if let getattribute = inst.cls.userGetattribute { return try userGetattribute(getattribute, inst, obj, name) }
        return try genericInstanceAttribute(inst, obj, name, classAttribute: classAttr)
    }

    /// `object.__getattribute__(inst, name)`, then `__getattr__` unless `fallback` is false.
    func genericInstanceAttribute(_ inst: PyInstance, _ obj: Value, _ name: String, classAttribute classAttr: Value?,
                                  fallback: Bool = true) throws -> Value? {
        if case .object(let d as PyDescriptor)? = classAttr, d.kind == .property { return try propertyValue(d, of: obj) }
        if case .object(let d as PyInstance)? = classAttr, d.cls.isUserDefined,
           let v = try descriptorRead(classAttr, of: obj, owner: inst.cls, instanceHas: inst.dict[name] != nil) {
            return v
        }
        if let v = inst.dict[name] { return v }
        if let c = classAttr {
            // A built-in's method reached from a value subclass acts on the built-in value.
            if let payload = inst.builtinValue, case .builtin(let b) = c, b.isMethod, inst.cls.userOverride(name) == nil {
                // As in CPython, `x.format(...)` with no field to replace hands back `x` itself.
                if name == "format", case .str(let text) = payload, !text.contains("{"), !text.contains("}") {
                    return .builtin(PyBuiltin(name: "format", qualname: "str.format", boundSelf: obj) { _, _, _ in obj })
                }
                return bindAttribute(c, to: payload, cls: payload.pyType)
            }
            return bindAttribute(c, to: obj, cls: inst.cls)
        }
        if name == "__class__" { return .type(inst.cls) }
        if name == "__dict__" {
            guard inst.cls.slots == nil else { return nil }
            return .dict(inst.dictProxy)
        }
        if let payload = inst.builtinValue, let v = try lookupAttribute(payload, name) { return v }
        if fallback, let getattr = inst.cls.specialMethods.getattr { return try callMethodValue(getattr, receiver: obj, [.str(name)]) }
        return nil
    }

    /// A property's getter run on `receiver` (an instance, or `super()`'s receiver).
    func propertyValue(_ property: PyDescriptor, of receiver: Value) throws -> Value {
        if case .function(let getter) = property.function { return try callFunction(getter, [receiver], []) }
        return try call(property.function, [receiver], [])
    }

    /// `obj.name` for values other than instances of classes, classes and modules.
    private func otherAttribute(_ obj: Value, _ name: String) throws -> Value? {
        switch obj {
        case .object(let e as PyException):
            switch name {
            case "args": return .tuple(e.args)
            case "__cause__": return e.cause.map { .object($0) } ?? Value.none
            case "__context__": return e.context.map { .object($0) } ?? Value.none
            case "__traceback__": return Value.none
            case "__suppress_context__": return .bool(e.suppressContext)
            case "__class__": return .type(e.cls)
            default: break
            }
            if let v = e.attributes[name] { return v }
            if let c = e.cls.lookup(name) { return bindAttribute(c, to: obj, cls: e.cls) }
            if e.cls.isSubclass(of: .osError), let v = e.osErrorField(name) { return v }
            if e.cls.isSubclass(of: .stopIteration), name == "value" { return e.args.first ?? Value.none }
            if e.cls.isSubclass(of: .baseExceptionGroup), let v = try exceptionGroupAttribute(e, name) { return v }
            if e.cls.isSubclass(of: .systemExit), name == "code" { return e.args.count == 1 ? e.args[0] : (e.args.isEmpty ? Value.none : .tuple(e.args)) }
            return nil
        case .function(let f):
            if let assigned = f.attributes[name] { return assigned }
            switch name {
            case "__name__": return .str(f.name)
            case "__qualname__": return .str(f.qualname)
            case "__doc__":
                if case .str = f.code.docstring { return f.code.docstring }
                // A module's function the host describes; None otherwise (pydoc's inherited
                // docstrings are help()'s, not __doc__'s).
                return qualifiedName(of: obj).flatMap { documentationProvider?($0) }.map { .str($0) } ?? Value.none
            case "__module__": return .str("__main__")
            case "__annotations__":
                // Made empty on first access, as CPython does for a function without annotations.
                let empty = Value.dict(PyDict())
                f.attributes["__annotations__"] = empty
                return empty
            case "__code__": return .object(PyCode(f.code))
            case "__closure__": return f.closureValue
            case "__defaults__":
                let d = f.defaults.prefix(f.code.signature.positionalCount).compactMap { $0 }
                return d.isEmpty ? Value.none : .tuple(Array(d))
            case "__dict__": return .dict(stringDict(f.attributes))
            case "__call__": return obj
            case "__kwdefaults__": return f.keywordDefaults
            default: return f.attributes[name] ?? specialMethod(obj, name)
            }
        case .builtin(let b):
            switch name {
            case "__name__": return .str(b.name)
            case "__qualname__": return .str(b.qualname)
            case "__self__": return b.boundSelf ?? Value.none
            case "__call__": return obj
            case "__module__": return b.boundSelf == nil ? b.module.map { .str($0) } ?? Value.none : Value.none
            case "__doc__": return docValue(obj)
            default: return specialMethod(obj, name)
            }
        case .object(let s as PySuper):
            return try superAttribute(s, name)
        case .object(let m as PyBoundMethod):
            switch name {
            case "__self__": return m.receiver
            case "__func__": return m.function
            default: return try lookupAttribute(m.function, name)
            }
        case .native(let n):
            let cls = n.pyClass
            if let p = cls.lookupProperty(name) { return try p.get(obj, self) }
            if let c = cls.lookup(name) { return bindAttribute(c, to: obj, cls: cls) }
            if let v = try n.getAttribute(name, self) { return v }
            if name == "__class__" { return .type(cls) }
            if name == "__doc__" { return docValue(.type(cls)) }
            return nil
        default:
            if let v = containerAttributes(obj)?[name] { return v }
            if let special = try builtinValueAttribute(obj, name) { return special }
            if let p = obj.pyType.lookupProperty(name) { return try p.get(obj, self) }
            if let c = obj.pyType.lookup(name) { return bindAttribute(c, to: obj, cls: obj.pyType) }
            if name == "__class__" { return .type(obj.pyType) }
            if let special = specialMethod(obj, name) { return special }
            if containerAttributes(obj) != nil, let getattr = obj.pyType.lookup("__getattr__") {
                return try callMethodValue(getattr, receiver: obj, [.str(name)])
            }
            return nil
        }
    }

    /// The attributes of an instance of a list or dict subclass.
    private func containerAttributes(_ v: Value) -> [String: Value]? {
        switch v {
        case .list(let l): return l.attributes
        case .dict(let d): return d.attributes
        case .set(let s): return s.attributes
        default: return nil
        }
    }

    private func stringDict(_ d: some Sequence<(key: String, value: Value)>) -> PyDict {
        let r = PyDict()
        for (k, v) in d { r[string: k] = v }
        return r
    }

    /// Attributes of ints, floats, slices, ranges and files that are data, not methods.
    private func builtinValueAttribute(_ obj: Value, _ name: String) throws -> Value? {
        switch (obj, name) {
        case (.int, "real"), (.bigint, "real"), (.int, "numerator"), (.bigint, "numerator"): return obj
        case (.bool(let b), "real"), (.bool(let b), "numerator"): return .int(b ? 1 : 0)
        case (.int, "imag"), (.bigint, "imag"), (.bool, "imag"): return .int(0)
        case (.int, "denominator"), (.bigint, "denominator"), (.bool, "denominator"): return .int(1)
        case (.float, "real"): return obj
        case (.float, "imag"): return .float(0)
        case (.object(let s as PySlice), "start"): return s.start
        case (.object(let s as PySlice), "stop"): return s.stop
        case (.object(let s as PySlice), "step"): return s.step
        case (.object(let r as PyRange), "start"): return .int(r.start)
        case (.object(let r as PyRange), "stop"): return .int(r.stop)
        case (.object(let r as PyRange), "step"): return .int(r.step)
        case (.object(let f as PyFile), "name"): return f.nameValue ?? .str(f.path)
        case (.object(let f as PyFile), "mode"): return .str(f.mode)
        case (.object(let f as PyFile), "closed"): return .bool(f.closed)
        case (.object(_ as PyFile), "encoding"): return .str("UTF-8")
        case (.object(let g as PyGenerator), _): return g.attribute(name)
        case (.object(let c as PyCode), _): return c.attribute(name)
        case (.object(let frame as PyFrameObject), _): return try frame.attribute(name)
        case (.object(let cell as PyCellObject), _): return try cell.attribute(name)
        case (.object(let it as PyIterator), _) where it.pyType === PyType.generator && (name.hasPrefix("gi_") || name.hasPrefix("__") && name.hasSuffix("name__")):
            throw PyException(.notImplementedError, "\(name) of a generator expression is not supported by labrun")
        default: return nil
        }
    }

    private func typeAttribute(_ t: PyType, _ name: String) -> Value? {
        if let v = t.lookup(name) {
            if case .object(let d as PyDescriptor) = v {
                switch d.kind {
                case .staticMethod: return d.function
                case .classMethod: return .object(PyBoundMethod(receiver: .type(t), function: d.function))
                case .property: return v
                }
            }
            return v
        }
        if t === PyType.list || t === PyType.dict, Interpreter.containerOperations.contains(name) {
            return containerOperation(t, name)
        }
        if let base = t.isValueBase ? t : t.valueBase, let operation = valueBaseOperation(base, name) { return operation }
        switch name {
        case "__name__": return .str(t.name)
        case "__qualname__": return .str(t.name)
        case "__module__": return .str(t.module)
        case "__mro__": return .tuple(t.mro.map { .type($0) })
        case "__bases__": return .tuple(t.bases.map { .type($0) })
        case "__base__": return t.bases.first.map { .type($0) } ?? Value.none
        case "__doc__": return docValue(.type(t))
        case "__dict__": return .dict(stringDict(t.dict))
        case "__class__": return .type(t.metaclass ?? .type)
        default: return nil
        }
    }

    /// `__doc__` of a built-in, native class or module: its summary or description, else None.
    private func docValue(_ v: Value) -> Value {
        rawDocstring(of: v).map { .str($0) } ?? Value.none
    }

    /// `dict.__getitem__`, `list.__len__`, ...: the built-in operation, unbound, which ignores a
    /// subclass's override.
    private func containerOperation(_ t: PyType, _ name: String) -> Value {
        .builtin(PyBuiltin(name: name, qualname: "\(t.name).\(name)", isMethod: true) { interp, args, keywords in
            guard let receiver = args.first, receiver.pyType.isSubclass(of: t), let operation = interp.specialMethod(receiver, name) else {
                let given = args.first.map { "a '\($0.typeName)' object" } ?? "nothing"
                throw PyException.typeError("descriptor '\(name)' for '\(t.name)' objects doesn't apply to \(given)")
            }
            return try interp.call(operation, Array(args.dropFirst()), keywords)
        })
    }

    /// A class attribute seen through an instance: functions become bound methods.
    func bindAttribute(_ attr: Value, to receiver: Value, cls: PyType) -> Value {
        switch attr {
        case .function: return .object(PyBoundMethod(receiver: receiver, function: attr))
        case .builtin(let b) where b.isMethod && b.boundSelf == nil: return .builtin(b.bound(to: receiver))
        case .object(let d as PyDescriptor):
            switch d.kind {
            case .staticMethod: return d.function
            case .classMethod: return .object(PyBoundMethod(receiver: .type(cls), function: d.function))
            case .property: return attr
            }
        default: return attr
        }
    }

    /// The AttributeError Python raises. Like CPython, the "Did you mean" suggestion is not part
    /// of str(e); it is shown when the exception goes uncaught.
    func attributeError(_ obj: Value, _ name: String) -> PyException {
        var message: String
        switch obj {
        case .type(let t): message = "type object '\(t.name)' has no attribute '\(name)'"
        case .object(let m as PyModule): message = "module '\(m.name)' has no attribute '\(name)'"
        default: message = "'\(obj.typeName)' object has no attribute '\(name)'"
        }
        let e = PyException(.attributeError, message)
        e.suggestion = Suggestions.closest(to: name, in: attributeNames(obj))
        e.attributes["name"] = .str(name)
        e.attributes["obj"] = obj
        return e
    }

    /// `dir(obj)`, sorted.
    func attributeNames(_ obj: Value) -> [String] {
        var names = Set<String>()
        func addClass(_ t: PyType) { for c in t.mro { names.formUnion(c.dict.keys); names.formUnion(c.properties.keys) } }
        switch obj {
        case .object(let inst as PyInstance):
            names.formUnion(inst.dict.keys)
            addClass(inst.cls)
        case .object(let m as PyModule): names.formUnion(m.dict.keys)
        case .type(let t): addClass(t)
        case .native(let n):
            addClass(n.pyClass)
            names.formUnion(n.attributeNames)
        case .object(let e as PyException):
            names.formUnion(e.attributes.keys)
            names.insert("args")
            addClass(e.cls)
        case .function(let f): names.formUnion(f.attributes.keys)
        default: addClass(obj.pyType)
        }
        return names.sorted()
    }

    /// `obj.name = value`.
    public func setAttribute(_ obj: Value, _ name: String, _ value: Value) throws {
        if case .object(let inst as PyInstance) = obj {
            try setInstanceAttribute(inst, obj, name, value, classAttribute: inst.cls.lookup(name))
            return
        }
        try setOtherAttribute(obj, name, value)
    }

    /// `inst.name = value` given what the class's MRO holds for `name`.
    func setInstanceAttribute(_ inst: PyInstance, _ obj: Value, _ name: String, _ value: Value, classAttribute: Value?) throws {
        if let setattr = inst.cls.specialMethods.setattr {
            _ = try callMethodValue(setattr, receiver: obj, [.str(name), value])
            return
        }
        if case .object(let d as PyDescriptor)? = classAttribute, d.kind == .property {
            guard let setter = d.setter else {
                throw PyException.attributeError("property '\(name)' of '\(inst.cls.name)' object has no setter")
            }
            _ = try call(setter, [obj, value], [])
            return
        }
        if case .object(let d as PyInstance)? = classAttribute, d.cls.isUserDefined, try descriptorWrite(classAttribute, of: obj, value) { return }
        if let slots = inst.cls.slots, !slots.contains(name) {
            throw PyException.attributeError("'\(inst.cls.name)' object has no attribute '\(name)'")
        }
        inst.dict[name] = value
    }

    /// The exception a `__cause__` or `__context__` assignment names, nil for None.
    private func chainedException(_ value: Value, _ role: String) throws -> PyException? {
        if value.isNone { return nil }
        guard case .object(let e as PyException) = value else {
            throw PyException.typeError("exception \(role) must be None or derive from BaseException")
        }
        return e
    }

    private func setOtherAttribute(_ obj: Value, _ name: String, _ value: Value) throws {
        switch obj {
        case .type(let t) where t.metaclass?.lookup("__setattr__") != nil:
            _ = try callMethodValue(t.metaclass!.lookup("__setattr__")!, receiver: obj, [.str(name), value])
        case .type(let t) where t.isUserDefined || t.module != "builtins":
            t.dict[name] = value
            t.version &+= 1
        case .object(let m as PyModule): m.dict[name] = value
        case .object(let c as PyCellObject) where name == "cell_contents": c.cell.value = value
        case .function(let f): f.attributes[name] = value
        case .object(let e as PyException):
            switch name {
            case "args": e.args = try iterateToArray(value)
            case "__cause__":
                e.cause = try chainedException(value, "cause")
                e.suppressContext = true
            case "__context__": e.context = try chainedException(value, "context")
            case "__suppress_context__": e.suppressContext = try truthy(value)
            default: e.attributes[name] = value
            }
        case .native(let n):
            if let p = n.pyClass.lookupProperty(name) {
                guard let set = p.set else { throw PyException.attributeError("property '\(name)' of '\(obj.typeName)' object has no setter") }
                try set(obj, value, self)
                return
            }
            if try n.setAttribute(name, value, self) { return }
            throw attributeError(obj, name)
        case .type(let t):
            throw PyException.typeError("cannot set '\(name)' attribute of immutable type '\(t.name)'")
        case .list, .dict:
            guard containerAttributes(obj) != nil else { throw PyException.attributeError("'\(obj.typeName)' object has no attribute '\(name)'") }
            if let setattr = obj.pyType.lookup("__setattr__") {
                _ = try callMethodValue(setattr, receiver: obj, [.str(name), value])
            } else if case .list(let l) = obj {
                l.attributes?[name] = value
            } else if case .dict(let d) = obj {
                d.attributes?[name] = value
            }
        default:
            throw PyException.attributeError("'\(obj.typeName)' object has no attribute '\(name)'")
        }
    }

    /// `del obj.name`.
    func deleteAttribute(_ obj: Value, _ name: String) throws {
        switch obj {
        case .object(let inst as PyInstance):
            if let delattr = inst.cls.lookup("__delattr__") {
                _ = try callMethodValue(delattr, receiver: obj, [.str(name)])
                return
            }
            let classAttribute = inst.cls.lookup(name)
            if case .object(let d as PyDescriptor)? = classAttribute, d.kind == .property {
                guard let deleter = d.deleter, !deleter.isNone else {
                    throw PyException.attributeError("property '\(name)' of '\(inst.cls.name)' object has no deleter")
                }
                _ = try call(deleter, [obj], [])
                return
            }
            if try descriptorDelete(classAttribute, of: obj) { return }
            guard inst.dict.removeValue(forKey: name) != nil else { throw attributeError(obj, name) }
        case .object(let m as PyModule):
            guard m.dict.removeValue(forKey: name) != nil else { throw attributeError(obj, name) }
        case .type(let t) where t.metaclass?.lookup("__delattr__") != nil:
            _ = try callMethodValue(t.metaclass!.lookup("__delattr__")!, receiver: obj, [.str(name)])
        case .type(let t) where t.isUserDefined:
            guard t.dict.removeValue(forKey: name) != nil else { throw attributeError(obj, name) }
        case .function(let f):
            guard f.attributes.removeValue(forKey: name) != nil else { throw attributeError(obj, name) }
        case .object(let e as PyException):
            guard e.attributes.removeValue(forKey: name) != nil else { throw attributeError(obj, name) }
        default:
            throw attributeError(obj, name)
        }
    }

    /// `obj.name(args...)` without creating a bound method for the common cases.
    func callMethod(_ obj: Value, _ name: String, _ args: [Value], _ keywords: [(String, Value)]) throws -> Value {
        try callMethod(obj, name, withSelf: [obj] + args, keywords)
    }

    /// `obj.name(args...)` where `args[0]` is `obj`: the call site builds one argument array, and
    /// a method found on the class is called with it directly (CPython's LOAD_METHOD).
    func callMethod(_ obj: Value, _ name: String, withSelf args: [Value], _ keywords: [(String, Value)]) throws -> Value {
        switch obj {
        case .object(let inst as PyInstance):
            if case .function(let f)? = inst.cls.lookup(name), inst.dict[name] == nil {
                return try callFunction(f, args, keywords)
            }
        case .object(let m as PyModule):
            if let f = m.dict[name] { return try call(f, Array(args.dropFirst()), keywords) }
        case .object, .type, .function:
            break
        case .native(let n):
            if case .builtin(let b)? = n.pyClass.lookup(name), b.isMethod, n.pyClass.lookupProperty(name) == nil {
                return try callBuiltin(b, args, keywords)
            }
        default:
            if case .builtin(let b)? = obj.pyType.lookup(name), b.isMethod {
                return try callBuiltin(b, args, keywords)
            }
        }
        return try call(getAttribute(obj, name), Array(args.dropFirst()), keywords)
    }

    /// Calls a class attribute (function or builtin) as a method of `receiver`.
    func callMethodValue(_ method: Value, receiver: Value, _ args: [Value]) throws -> Value {
        switch method {
        case .function(let f): return try callFunction(f, [receiver] + args, [])
        case .builtin(let b) where b.isMethod: return try callBuiltin(b, [receiver] + args, [])
        default:
            let cls: PyType
            if case .type(let t) = receiver { cls = t } else { cls = receiver.pyType }
            return try call(bindAttribute(method, to: receiver, cls: cls), args, [])
        }
    }
}

/// CPython 3.11's "Did you mean" suggestions (Levenshtein distance with case-insensitive
/// substitutions costing less).
enum Suggestions {
    static let moveCost = 2
    static let caseCost = 1
    static let maxStringSize = 40

    static func closest(to name: String, in candidates: [String]) -> String? {
        guard candidates.count <= 750 else { return nil }
        let target = Array(name.utf8)
        var best: String? = nil
        var bestDistance = Int.max
        for item in candidates where item != name {
            let itemBytes = Array(item.utf8)
            var maxDistance = (target.count + itemBytes.count + 3) * moveCost / 6
            maxDistance = min(maxDistance, bestDistance - 1)
            let d = distance(target, itemBytes, maxDistance)
            if d > maxDistance { continue }
            if best == nil || d < bestDistance {
                best = item
                bestDistance = d
            }
        }
        return best
    }

    private static func substitutionCost(_ a: UInt8, _ b: UInt8) -> Int {
        if a == b { return 0 }
        func lower(_ c: UInt8) -> UInt8 { c >= 65 && c <= 90 ? c + 32 : c }
        return lower(a) == lower(b) ? caseCost : moveCost
    }

    static func distance(_ a0: [UInt8], _ b0: [UInt8], _ maxCost: Int) -> Int {
        var a = a0[...], b = b0[...]
        while let x = a.first, let y = b.first, x == y { a = a.dropFirst(); b = b.dropFirst() }
        while let x = a.last, let y = b.last, x == y { a = a.dropLast(); b = b.dropLast() }
        if a.isEmpty || b.isEmpty { return (a.count + b.count) * moveCost }
        if a.count > maxStringSize || b.count > maxStringSize { return maxCost + 1 }
        if b.count < a.count { swap(&a, &b) }
        if (b.count - a.count) * moveCost > maxCost { return maxCost + 1 }
        let aa = Array(a), bb = Array(b)
        var buffer = (0..<aa.count).map { ($0 + 1) * moveCost }
        var result = 0
        for bIndex in 0..<bb.count {
            let code = bb[bIndex]
            var distance = bIndex * moveCost
            result = distance
            var minimum = Int.max
            for index in 0..<aa.count {
                let substitute = distance + substitutionCost(code, aa[index])
                distance = buffer[index]
                let insertDelete = min(result, distance) + moveCost
                result = min(insertDelete, substitute)
                buffer[index] = result
                if result < minimum { minimum = result }
            }
            if minimum > maxCost { return maxCost + 1 }
        }
        return result
    }
}
