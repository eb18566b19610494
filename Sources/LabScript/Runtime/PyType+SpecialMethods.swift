/// What instance creation and attribute stores look up on every use, found once per class and
/// kept while no class attribute changes anywhere (`classAttributesEpoch`). A class, so that
/// reading one of them costs one retain rather than a copy of all five.
final class SpecialMethods {
    let setattr: Value?
    let getattr: Value?
    let initializer: Value?
    /// The nearest `__new__` defined by a `class` statement.
    let userNew: Value?
    /// Whether the class derives from `abc.ABC` (its abstract methods are then checked).
    let derivesFromABC: Bool

    init(setattr: Value?, getattr: Value?, initializer: Value?, userNew: Value?, derivesFromABC: Bool) {
        (self.setattr, self.getattr, self.initializer) = (setattr, getattr, initializer)
        (self.userNew, self.derivesFromABC) = (userNew, derivesFromABC)
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
            derivesFromABC: metaclass.map { $0.name == "ABCMeta" && $0.module == "abc" } ?? false)
        specialMethodsCache = found
        specialMethodsEpoch = classAttributesEpoch
        return found
    }
}
