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
}

extension PyType {
    var specialMethods: SpecialMethods {
        if let cached = specialMethodsCache, specialMethodsEpoch == classAttributesEpoch { return cached }
        let found = SpecialMethods(
            setattr: lookup("__setattr__"), getattr: lookup("__getattr__"), initializer: lookup("__init__"),
            userNew: mro.lazy.filter { $0.isUserDefined }.compactMap { $0.dict["__new__"] }.first,
            derivesFromABC: mro.contains { $0.name == "ABC" && $0.module == "abc" })
        specialMethodsCache = found
        specialMethodsEpoch = classAttributesEpoch
        return found
    }
}
