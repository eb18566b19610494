/// The checks CPython's compiler makes on a `case` pattern, in the order it makes them; the first
/// failure is reported once the whole input has parsed.
extension Parser {
    /// Checks one case; an irrefutable pattern is allowed only in the last case or under a guard.
    func checkCase(_ c: MatchCase, isLast: Bool) {
        var bound: [String] = []
        if let failure = checkPattern(c.pattern, allowIrrefutable: isLast || c.guardExpr != nil, bound: &bound) {
            reportAfterParsing(failure)
        }
    }

    private func checkPattern(_ p: Pattern, allowIrrefutable: Bool, bound: inout [String]) -> SyntaxError? {
        switch p.kind {
        case .matchValue, .matchSingleton:
            return nil
        case .matchSequence(let items):
            if items.filter({ if case .matchStar = $0.kind { return true } else { return false } }).count > 1 {
                return error("multiple starred names in sequence pattern", at: p.location)
            }
            return firstFailure(items, &bound)
        case .matchStar(let name):
            return name.flatMap { bind($0, at: p.location, &bound) }
        case .matchMapping(let keys, let patterns, let rest):
            var seen: [String] = []
            for key in keys {
                guard case .constant(let constant) = key.kind, let described = Parser.keyDescription(constant) else { continue }
                if seen.contains(described) {
                    return error("mapping pattern checks duplicate key (\(described))", at: p.location)
                }
                seen.append(described)
            }
            return firstFailure(patterns, &bound) ?? rest.flatMap { bind($0, at: p.location, &bound) }
        case .matchClass(_, let patterns, let kwdAttrs, let kwdPatterns):
            for (i, attribute) in kwdAttrs.enumerated() where kwdAttrs[..<i].contains(attribute) {
                return error("attribute name repeated in class pattern: \(attribute)", at: kwdPatterns[i].location)
            }
            return firstFailure(patterns + kwdPatterns, &bound)
        case .matchAs(let inner, let name):
            guard let inner else {
                if !allowIrrefutable {
                    let message = name.map { "name capture '\($0)' makes remaining patterns unreachable" }
                        ?? "wildcard makes remaining patterns unreachable"
                    return error(message, at: p.location)
                }
                return name.flatMap { bind($0, at: p.location, &bound) }
            }
            return checkPattern(inner, allowIrrefutable: allowIrrefutable, bound: &bound)
                ?? name.flatMap { bind($0, at: p.location, &bound) }
        case .matchOr(let alternatives):
            var firstNames: Set<String>?
            for (i, alternative) in alternatives.enumerated() {
                var names: [String] = []
                let allow = i == alternatives.count - 1 && allowIrrefutable
                if let failure = checkPattern(alternative, allowIrrefutable: allow, bound: &names) { return failure }
                if let firstNames, firstNames != Set(names) {
                    return error("alternative patterns bind different names", at: alternative.location)
                }
                if firstNames == nil { firstNames = Set(names) }
            }
            for name in alternatives.first?.boundNames ?? [] {
                if let failure = bind(name, at: p.location, &bound) { return failure }
            }
            return nil
        }
    }

    /// Checks sub-patterns, where an irrefutable pattern is always allowed.
    private func firstFailure(_ patterns: [Pattern], _ bound: inout [String]) -> SyntaxError? {
        for p in patterns {
            if let failure = checkPattern(p, allowIrrefutable: true, bound: &bound) { return failure }
        }
        return nil
    }

    private func bind(_ name: String, at location: SourceLocation, _ bound: inout [String]) -> SyntaxError? {
        if bound.contains(name) { return error("multiple assignments to name '\(name)' in pattern", at: location) }
        bound.append(name)
        return nil
    }

    /// The repr CPython prints for a duplicate literal key, or nil for keys it does not compare.
    private static func keyDescription(_ constant: Constant) -> String? {
        switch constant {
        case .none: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .bigInt(let i): return String(i)
        case .str(let s): return Format.stringRepr(s)
        default: return nil
        }
    }
}
