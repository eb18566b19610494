extension Interpreter {
    /// The abstract methods (`@abstractmethod`) a class derived from `abc.ABC` has not overridden,
    /// sorted; instantiating such a class is a TypeError.
    func abstractMethods(_ t: PyType) -> [String] {
        guard t.specialMethods.derivesFromABC else { return [] }
        var names = Set<String>()
        for c in t.mro { names.formUnion(c.dict.keys) }
        return names.filter { name in
            if isAbstract(t.lookup(name)) { return true }
            let owner = t.mro.first { $0.dict[name] != nil }
            return owner?.nativeAbstractMethods.contains(name) ?? false
        }.sorted()
    }

    private func isAbstract(_ v: Value?) -> Bool {
        switch v {
        case .function(let f)?:
            if case .bool(true)? = f.attributes["__isabstractmethod__"] { return true }
            return false
        case .object(let d as PyDescriptor)?: return isAbstract(d.function)
        default: return false
        }
    }

    /// Throws Python's TypeError when `t` still has abstract methods.
    func checkInstantiable(_ t: PyType) throws {
        let missing = abstractMethods(t)
        guard !missing.isEmpty else { return }
        let noun = missing.count == 1 ? "method" : "methods"
        throw PyException.typeError("Can't instantiate abstract class \(t.name) with abstract \(noun) \(missing.joined(separator: ", "))")
    }
}
