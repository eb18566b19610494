/// What instance creation and attribute stores look up on every use, found once per class and
/// kept while no class attribute changes anywhere (`classAttributesEpoch`). A class, so that
/// reading one of them costs one retain rather than a copy of all of them.
final class SpecialMethods {
    let setattr: Value?
    let getattr: Value?
    let initializer: Value?
    /// The nearest `__new__` defined by a `class` statement.
    let userNew: Value?
    /// Whether the class derives from `abc.ABC` (its abstract methods are then checked).
    let derivesFromABC: Bool
    /// The descriptor protocol of an instance of this class used as a class attribute.
    let descriptorGet: Value?, descriptorSet: Value?, descriptorDelete: Value?
    /// The `__init__` function to call on a fresh plain instance when calling the class does
    /// nothing else: a `class` statement's class with no built-in base but object, no `__new__`,
    /// not an exception, metaclass or `abc.ABC` subclass. Nil when instantiation needs the full path.
    var plainInitializer: PyFunction? = nil

    init(setattr: Value?, getattr: Value?, initializer: Value?, userNew: Value?, derivesFromABC: Bool,
         descriptorGet: Value?, descriptorSet: Value?, descriptorDelete: Value?) {
        (self.setattr, self.getattr, self.initializer) = (setattr, getattr, initializer)
        (self.userNew, self.derivesFromABC) = (userNew, derivesFromABC)
        (self.descriptorGet, self.descriptorSet, self.descriptorDelete) = (descriptorGet, descriptorSet, descriptorDelete)
    }
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
        if case .function(let f)? = found.initializer, found.userNew == nil, !found.derivesFromABC, isUserDefined, !isException,
           mro.allSatisfy({ $0.isUserDefined || $0 === PyType.object }), !isSubclass(of: .type) {
            found.plainInitializer = f
        }
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
