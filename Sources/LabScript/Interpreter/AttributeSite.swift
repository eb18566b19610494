/// The inline cache of one `obj.name` or `obj.name(...)` site in compiled code: the result of
/// looking `name` up along the MRO of the last class seen there, so that repeated accesses on
/// instances of the same class skip the MRO walk (CPython's per-instruction attribute caches).
final class AttributeSite {
    let name: String
    private var cachedClass: ObjectIdentifier?
    private var cachedEpoch = -1
    private var cachedAttribute: Value?

    init(_ name: String) { self.name = name }

    /// `cls.lookup(name)`, from the cache when the class and every class attribute are unchanged.
    @inline(__always)
    func classAttribute(_ cls: PyType) -> Value? {
        let id = ObjectIdentifier(cls)
        if id == cachedClass && cachedEpoch == classAttributesEpoch { return cachedAttribute }
        let found = cls.lookup(name)
        cachedClass = id
        cachedEpoch = classAttributesEpoch
        cachedAttribute = found
        return found
    }
}

extension Interpreter {
    /// `obj.name` at a compiled site.
    func getAttribute(_ obj: Value, at site: AttributeSite) throws -> Value {
        if case .object(let inst as PyInstance) = obj {
            if let v = try instanceAttribute(inst, obj, site.name, classAttribute: site.classAttribute(inst.cls)) { return v }
            throw attributeError(obj, site.name)
        }
        return try getAttribute(obj, site.name)
    }

    /// `obj.name = value` at a compiled site.
    func setAttribute(_ obj: Value, at site: AttributeSite, _ value: Value) throws {
        if case .object(let inst as PyInstance) = obj {
            try setInstanceAttribute(inst, obj, site.name, value, classAttribute: site.classAttribute(inst.cls))
            return
        }
        try setAttribute(obj, site.name, value)
    }

    /// `obj.name(args...)` at a compiled site; `args[0]` is `obj`.
    func callMethod(_ obj: Value, at site: AttributeSite, withSelf args: [Value], _ keywords: [(String, Value)]) throws -> Value {
        switch obj {
        case .object(let inst as PyInstance):
            if case .function(let f)? = site.classAttribute(inst.cls), inst.dict.isEmpty || inst.dict[site.name] == nil,
               inst.cls.userGetattribute == nil {
                return try callFunction(f, args, keywords)
            }
        case .object, .type, .function, .native:
            break
        default:
            // str, int, list, dict, ... (or a subclass of list/dict/set): a builtin method found
            // on the class is called directly.
            if case .builtin(let b)? = site.classAttribute(obj.pyType), b.isMethod {
                return try callBuiltin(b, args, keywords)
            }
        }
        return try callMethod(obj, site.name, withSelf: args, keywords)
    }
}
