/// Subclasses of the immutable built-ins int, float, str, tuple and bytes. An instance is a
/// `PyInstance` whose `builtinValue` holds the built-in value (created by `base.__new__`). What
/// the class overrides is called as for any class; everything else acts on the built-in value
/// and returns the base type, as CPython's inherited slots do (`Celsius(1.5) + 1` is a float).

extension Value {
    /// The built-in value inside an instance of a subclass of int, float, str, tuple or bytes.
    var builtinPayload: Value? {
        if case .object(let inst as PyInstance) = self { return inst.builtinValue }
        return nil
    }

    /// True for an instance of a list, dict or set subclass made by a `class` statement.
    var isUserContainerSubclass: Bool {
        switch self {
        case .list(let l): return l.subtype?.isUserDefined == true
        case .dict(let d): return d.subtype?.isUserDefined == true
        case .set(let s): return s.subtype?.isUserDefined == true
        default: return false
        }
    }

    /// The value, or the built-in value inside an instance of a value subclass.
    var unwrappingSubclass: Value { builtinPayload ?? self }
}

extension PyType {
    /// The immutable built-ins a class statement may derive from.
    static let valueBases: [PyType] = [.int, .float, .str, .tuple, .bytes]

    /// True for int, float, str, tuple and bytes themselves.
    var isValueBase: Bool { PyType.valueBases.contains { $0 === self } }

    /// The class whose `__new__` is the one to call for `self`: the first along the first bases
    /// that defines none of its own (CPython's "is not safe, use X.__new__()").
    var staticBase: PyType {
        var t = self
        while t.isUserDefined, t.dict["__new__"] != nil, let base = t.bases.first { t = base }
        return t
    }

    /// For a class deriving from int, float, str, tuple or bytes: that built-in type.
    var valueBase: PyType? {
        guard isUserDefined, let base = mro.first(where: { !$0.isUserDefined && $0 !== PyType.object }) else { return nil }
        return base.isValueBase ? base : nil
    }
}

extension Interpreter {
    /// `base.__new__(cls, *args)` for int, float, str, tuple and bytes: the built-in value the
    /// constructor makes, carried by a new instance of `cls`.
    func valueNew(_ base: PyType, _ args: [Value], _ keywords: [(String, Value)]) throws -> Value {
        guard let first = args.first else { throw PyException.typeError("\(base.name).__new__(): not enough arguments") }
        guard case .type(let cls) = first else {
            throw PyException.typeError("\(base.name).__new__(X): X is not a type object (\(first.typeName))")
        }
        guard cls.isSubclass(of: base) else {
            throw PyException.typeError("\(base.name).__new__(\(cls.name)): \(cls.name) is not a subtype of \(base.name)")
        }
        guard let make = base.constructor else { throw PyException.typeError("cannot create '\(base.name)' instances") }
        let value = try make(self, Array(args.dropFirst()), keywords).unwrappingSubclass
        if cls === base { return value }
        guard cls.valueBase === base else {
            throw PyException.typeError("\(base.name).__new__(\(cls.name)) is not safe, use \(cls.staticBase.name).__new__()")
        }
        return .object(PyInstance(cls: cls, builtinValue: value))
    }

    /// Creates an instance of `t`, a class deriving from `base` (a value base) that defines no
    /// `__new__`: the base's `__new__` takes the call's arguments, then `__init__` runs if defined.
    func instantiateValueSubclass(_ t: PyType, base: PyType, _ args: [Value], _ keywords: [(String, Value)]) throws -> Value {
        let obj = try valueNew(base, [.type(t)] + args, keywords)
        guard let initializer = t.specialMethods.initializer else { return obj }
        let r = try call(bindAttribute(initializer, to: obj, cls: t), args, keywords)
        if !r.isNone { throw PyException.typeError("__init__() should return None, not '\(r.typeName)'") }
        return obj
    }

    /// `float.__repr__`, `str.__new__`, `int.__add__`, ...: the built-in's own operation, unbound,
    /// applied to the built-in value of its first argument (so an override can call the base's).
    func valueBaseOperation(_ t: PyType, _ name: String) -> Value? {
        if name == "__new__" {
            return .builtin(PyBuiltin(name: name, qualname: "\(t.name).__new__") { i, args, kw in try i.valueNew(t, args, kw) })
        }
        guard name.hasPrefix("__") && name.hasSuffix("__"), specialMethod(t.sampleValue, name) != nil else { return nil }
        return .builtin(PyBuiltin(name: name, qualname: "\(t.name).\(name)", isMethod: true) { i, args, kw in
            guard let receiver = args.first else {
                throw PyException.typeError("unbound method \(t.name).\(name)() needs an argument")
            }
            guard receiver.pyType.isSubclass(of: t) else {
                throw PyException.typeError("descriptor '\(name)' requires a '\(t.name)' object but received a '\(receiver.typeName)'")
            }
            guard let method = i.specialMethod(receiver.unwrappingSubclass, name) else {
                throw PyException.attributeError("type object '\(t.name)' has no attribute '\(name)'")
            }
            return try i.call(method, Array(args.dropFirst()), kw)
        })
    }

    // MARK: Operators

    /// `a op b` where either operand is an instance of a value subclass, in CPython's order: the
    /// right operand's reflected method first when its class is a proper subclass of the left's
    /// and overrides it, then the left's method, then the right's. A method not overridden is
    /// the base's, applied to the built-in values.
    func valueSubclassBinary(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value? {
        let name = "__\(op.dunderStem)__", reflectedName = "__r\(op.dunderStem)__"
        let ta = a.pyType, tb = b.pyType
        func side(_ receiver: Value, _ other: Value, _ method: String, reflected: Bool) throws -> Value? {
            if case .object(let inst as PyInstance) = receiver {
                let override = inst.builtinValue == nil ? inst.cls.lookup(method) : inst.cls.userOverride(method)
                if let m = override {
                    let r = try callMethodValue(m, receiver: receiver, [other])
                    return isNotImplemented(r) ? nil : r
                }
                guard let payload = inst.builtinValue else { return nil }
                let result = try baseBinary(op, payload, other, reflected: reflected)
                // As in CPython, `x % args` with nothing to substitute hands back `x` itself.
                if op == .mod, !reflected, result != nil, case .str(let text) = payload, !text.contains("%") { return receiver }
                return result
            }
            if case .native(let n) = receiver { return try n.binaryOp(op, other, reflected: reflected, self) }
            return try baseBinary(op, receiver, other, reflected: reflected)
        }
        if ta !== tb, tb.isSubclass(of: ta), let m = tb.userOverride(reflectedName), m.identity != ta.userOverride(reflectedName)?.identity {
            let r = try callMethodValue(m, receiver: b, [a])
            if !isNotImplemented(r) { return r }
        }
        if let r = try side(a, b, name, reflected: false) { return r }
        if ta !== tb, let r = try side(b, a, reflectedName, reflected: true) { return r }
        return nil
    }

    /// The built-in operation of `receiver` (a built-in value) with `other`, or nil where the
    /// built-in type's slot would return NotImplemented (an int does not take a float; nothing
    /// takes an instance of an unrelated class).
    private func baseBinary(_ op: BinaryOp, _ receiver: Value, _ other: Value, reflected: Bool) throws -> Value? {
        let operand = other.unwrappingSubclass
        if case .object(let o) = operand, o is PyInstance { return nil }
        if case .native = operand { return nil }
        switch receiver {
        case .int, .bigint, .bool: guard operand.isIntLike else { return nil }
        case .float:
            guard operand.isIntLike else {
                if case .float = operand { break }
                return nil
            }
        default: break
        }
        let (x, y) = reflected ? (operand, receiver) : (receiver, operand)
        if case .float(let p) = x, case .float(let q) = y { return try floatOp(op, p, q) }
        return try builtinBinary(op, x, y)
    }

    /// `a op b` (a rich comparison) where either operand is an instance of a value subclass.
    func valueSubclassCompare(_ op: CompareOp, _ a: Value, _ b: Value) throws -> Value? {
        let ta = a.pyType, tb = b.pyType
        func side(_ receiver: Value, _ other: Value, _ op: CompareOp) throws -> Value? {
            if case .object(let inst as PyInstance) = receiver {
                let override = inst.builtinValue == nil ? inst.cls.lookup(op.dunder) : inst.cls.userOverride(op.dunder)
                if let m = override {
                    let r = try callMethodValue(m, receiver: receiver, [other])
                    return isNotImplemented(r) ? nil : r
                }
                guard let payload = inst.builtinValue else { return nil }
                return try baseCompare(op, payload, other)
            }
            if case .native(let n) = receiver { return try n.compare(op, other, self) }
            return try baseCompare(op, receiver, other)
        }
        if ta !== tb, tb.isSubclass(of: ta), tb.userOverride(op.swapped.dunder) != nil,
           let r = try side(b, a, op.swapped) {
            return r
        }
        if let r = try side(a, b, op) { return r }
        if let r = try side(b, a, op.swapped) { return r }
        if op == .ne, case .object(let inst as PyInstance) = a, inst.builtinValue == nil, let m = inst.cls.lookup("__eq__") {
            let r = try callMethodValue(m, receiver: a, [b])
            if !isNotImplemented(r) { return .bool(!(try truthy(r))) }
        }
        return nil
    }

    /// The built-in comparison of two values of comparable built-in kinds, or nil (NotImplemented).
    private func baseCompare(_ op: CompareOp, _ receiver: Value, _ other: Value) throws -> Value? {
        let operand = other.unwrappingSubclass
        func kind(_ v: Value) -> Int? {
            switch v {
            case .int, .bigint, .bool, .float: return 0
            case .str: return 1
            case .tuple: return 2
            case .object(let o) where o is PyBytes: return 3
            default: return nil
            }
        }
        guard let k = kind(receiver), kind(operand) == k else { return nil }
        return try compare(op, receiver, operand)
    }

    // MARK: Subclasses of list, dict and set

    /// `a op b` when a subclass of list, dict or set overrides the operator (`__add__`, `__or__`,
    /// or the right operand's `__radd__`, ...), else nil and the built-in operation applies.
    func containerSubclassBinary(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value? {
        let left = containerOverride(a, "__\(op.dunderStem)__"), right = containerOverride(b, "__r\(op.dunderStem)__")
        guard left != nil || right != nil else { return nil }
        let ta = a.pyType, tb = b.pyType
        // A list has no numeric `+`/`*` of its own, only concatenation and repetition, which
        // CPython tries after both operands' numeric methods.
        var sequenceLeft = false
        if case .list = a, left == nil, op == .add || op == .mul { sequenceLeft = true }
        if let m = right, ta !== tb, sequenceLeft || tb.isSubclass(of: ta) {
            let r = try callMethodValue(m, receiver: b, [a])
            if !isNotImplemented(r) { return r }
        }
        if let m = left {
            let r = try callMethodValue(m, receiver: a, [b])
            if !isNotImplemented(r) { return r }
        } else if let r = try builtinBinary(op, a, b) {
            return r
        }
        if let m = right, ta !== tb {
            let r = try callMethodValue(m, receiver: b, [a])
            if !isNotImplemented(r) { return r }
        }
        throw binaryTypeError(op, a, b)
    }

    /// `a op b` (a rich comparison) when a subclass of list, dict or set overrides it, else nil
    /// and the built-in comparison applies.
    func containerSubclassCompare(_ op: CompareOp, _ a: Value, _ b: Value) throws -> Value? {
        let left = containerOverride(a, op.dunder), right = containerOverride(b, op.swapped.dunder)
        guard left != nil || right != nil else { return nil }
        let ta = a.pyType, tb = b.pyType
        if let m = right, ta !== tb, tb.isSubclass(of: ta) {
            let r = try callMethodValue(m, receiver: b, [a])
            if !isNotImplemented(r) { return r }
        }
        if let m = left {
            let r = try callMethodValue(m, receiver: a, [b])
            if !isNotImplemented(r) { return r }
        }
        if let m = right {
            let r = try callMethodValue(m, receiver: b, [a])
            if !isNotImplemented(r) { return r }
        }
        return nil
    }

    // MARK: Conversions

    /// `str(x)` of an instance of a value subclass that does not define `__str__`: a str's own
    /// text, a bytes value's repr; for the others `object.__str__`, which is the repr (the
    /// class's `__repr__` if any).
    func valueSubclassStr(_ inst: PyInstance, _ v: Value) throws -> String {
        switch inst.builtinValue {
        case .str(let s)?: return s
        case .object(let b as PyBytes)?: return Format.bytesRepr(b.bytes)
        default: return try reprOf(v)
        }
    }

    /// `format(x, spec)` of an instance of a value subclass that does not define `__format__`.
    func valueSubclassFormat(_ payload: Value, _ v: Value, _ spec: String) throws -> String {
        if spec.isEmpty { return try strOf(v) }
        if case .tuple = payload { throw PyException.typeError("unsupported format string passed to \(v.typeName).__format__") }
        return try format(payload, spec)
    }
}

private extension PyType {
    /// A value of this built-in type, to ask which special methods it has.
    var sampleValue: Value {
        switch name {
        case "int": return .int(0)
        case "float": return .float(0)
        case "str": return .str("")
        case "tuple": return .tuple([])
        default: return .object(PyBytes([]))
        }
    }
}
