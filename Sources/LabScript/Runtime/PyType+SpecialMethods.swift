/// What instance creation and attribute stores look up on every use, found once per class and
/// kept while no class attribute changes anywhere (`classAttributesEpoch`).
struct SpecialMethods {
    var setattr: Value?
    var getattr: Value?
    var initializer: Value?
    /// The nearest `__new__` defined by a `class` statement.
    var userNew: Value?
    /// Whether the class derives from `abc.ABC` (its abstract methods are then checked).
    var derivesFromABC: Bool
    /// The descriptor protocol of an instance of this class used as a class attribute.
    var descriptorGet: Value?, descriptorSet: Value?, descriptorDelete: Value?
}

extension PyType {
    /// The method `name` as defined by a `class` statement deriving from a built-in container,
    /// found before the built-in type in the MRO; nil when the built-in's own operation applies.
    func userOverride(_ name: String) -> Value? {
        for t in mro {
            guard t.isUserDefined else { return nil }
            if let m = t.dict[name] { return m }
        }
        return nil
    }

    var specialMethods: SpecialMethods {
        if let cached = specialMethodsCache, specialMethodsEpoch == classAttributesEpoch { return cached }
        let found = SpecialMethods(
            setattr: lookup("__setattr__"), getattr: lookup("__getattr__"), initializer: lookup("__init__"),
            userNew: mro.lazy.filter { $0.isUserDefined }.compactMap { $0.dict["__new__"] }.first,
            derivesFromABC: metaclass.map { $0.name == "ABCMeta" && $0.module == "abc" } ?? false,
            descriptorGet: isUserDefined ? lookup("__get__") : nil, descriptorSet: isUserDefined ? lookup("__set__") : nil,
            descriptorDelete: isUserDefined ? lookup("__delete__") : nil)
        specialMethodsCache = found
        specialMethodsEpoch = classAttributesEpoch
        return found
    }

    /// A `__getattribute__` defined by a `class` statement in the MRO (object's own is the
    /// generic lookup), checked on every attribute read of an instance, so cached on its own.
    @inline(__always)
    var userGetattribute: Value? {
        if getattributeEpoch == classAttributesEpoch { return getattributeCache }
        getattributeCache = mro.lazy.filter { $0.isUserDefined }.compactMap { $0.dict["__getattribute__"] }.first
        getattributeEpoch = classAttributesEpoch
        return getattributeCache
    }
}
