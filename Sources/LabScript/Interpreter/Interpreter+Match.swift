extension Interpreter {
    /// The built-in classes whose one positional sub-pattern matches the subject itself (`int(x)`).
    static let selfMatchingTypes: [PyType] = [.bool, .bytes, .dict, .float, .frozenset, .int, .list, .set, .str, .tuple]

    /// The elements of a subject that a sequence pattern can match: lists, tuples, ranges and
    /// their subclasses, never str or bytes; nil for anything else.
    func matchSequenceElements(_ v: Value) throws -> [Value]? {
        switch v {
        case .tuple(let items): return items
        case .list(let l): return l.items
        case .object(is PyRange): return try iterateToArray(v)
        case .object(let inst as PyInstance) where inst.cls.isSubclass(of: .tuple) || inst.cls.isSubclass(of: .list):
            return try iterateToArray(v)
        default: return nil
        }
    }

    /// A class pattern `cls(p1, ..., name=p)`: the subject is an instance of `cls`, and each
    /// attribute (named by `__match_args__` for positional sub-patterns) exists and matches.
    func matchClass(_ v: Value, _ clsValue: Value, positional: [PatternTest], kwdAttrs: [String],
                    keyword: [PatternTest], frame: Frame) throws -> Bool {
        guard case .type(let cls) = clsValue else { throw PyException.typeError("called match pattern must be a type") }
        guard try isInstance(v, clsValue, "isinstance") else { return false }
        var names: [String?] = []
        if !positional.isEmpty {
            if let matchArgs = cls.lookup("__match_args__") {
                guard case .tuple(let items) = matchArgs else {
                    throw PyException.typeError("\(cls.name).__match_args__ must be a tuple (got \(matchArgs.typeName))")
                }
                guard positional.count <= items.count else { throw tooManyPositional(cls, allowed: items.count, positional.count) }
                for item in items.prefix(positional.count) {
                    guard case .str(let name) = item else {
                        throw PyException.typeError("__match_args__ elements must be strings (got \(item.typeName))")
                    }
                    names.append(name)
                }
            } else if cls.mro.contains(where: { t in Interpreter.selfMatchingTypes.contains { $0 === t } }) {
                guard positional.count == 1 else { throw tooManyPositional(cls, allowed: 1, positional.count) }
                names.append(nil)
            } else {
                throw tooManyPositional(cls, allowed: 0, positional.count)
            }
        }
        var values: [Value] = []
        for name in names + kwdAttrs.map(Optional.some) {
            guard let name else {
                values.append(v)
                continue
            }
            if values.count >= names.count, names.contains(name) || kwdAttrs[..<(values.count - names.count)].contains(name) {
                throw PyException.typeError("\(cls.name)() got multiple sub-patterns for attribute '\(name)'")
            }
            do { values.append(try getAttribute(v, name)) } catch let e as PyException where e.cls.isSubclass(of: .attributeError) {
                return false
            }
        }
        for (test, value) in zip(positional + keyword, values) where !(try test(frame, value)) { return false }
        return true
    }

    private func tooManyPositional(_ cls: PyType, allowed: Int, _ given: Int) -> PyException {
        PyException.typeError("\(cls.name)() accepts \(allowed) positional sub-pattern\(allowed == 1 ? "" : "s") (\(given) given)")
    }
}
