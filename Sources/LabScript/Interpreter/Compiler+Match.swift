/// Tests a subject against a pattern, binding the pattern's captures as it goes.
typealias PatternTest = (Frame, Value) throws -> Bool

extension Compiler {
    /// `match subject: case ...`: the first case whose pattern matches and whose guard holds runs.
    func compileMatch(_ subject: Expr, _ cases: [MatchCase], _ location: SourceLocation) -> Exec {
        let interp = self.interp
        let value = compileExpr(subject)
        let compiled = cases.map { c in
            (test: located(c.pattern.location, compilePattern(c.pattern)), guardTest: c.guardExpr.map { compileExpr($0) },
             body: compileBlock(c.body))
        }
        return { f in
            let v = try value(f)
            for c in compiled {
                guard try c.test(f, v) else { continue }
                if let guardTest = c.guardTest, !(try interp.truthy(guardTest(f))) { continue }
                return try c.body(f)
            }
            return .normal
        }
    }

    private func located(_ location: SourceLocation, _ test: @escaping PatternTest) -> PatternTest {
        return { f, v in
            do { return try test(f, v) } catch let e as PyException {
                e.note(location)
                throw e
            }
        }
    }

    func compilePattern(_ pattern: Pattern) -> PatternTest {
        let interp = self.interp
        switch pattern.kind {
        case .matchValue(let expr):
            let expected = compileExpr(expr)
            return { f, v in try interp.equals(v, try expected(f)) }
        case .matchSingleton(let constant):
            return { _, v in
                switch (constant, v) {
                case (.none, .none): return true
                case (.bool(let a), .bool(let b)): return a == b
                default: return false
                }
            }
        case .matchAs(let inner, let name):
            let store = name.map { compileStoreName($0) }
            guard let inner else {
                guard let store else { return { _, _ in true } }
                return { f, v in
                    try store(f, v)
                    return true
                }
            }
            let test = compilePattern(inner)
            return { f, v in
                guard try test(f, v) else { return false }
                try store?(f, v)
                return true
            }
        case .matchOr(let alternatives):
            let tests = alternatives.map { compilePattern($0) }
            return { f, v in
                for test in tests where try test(f, v) { return true }
                return false
            }
        case .matchStar:
            return { _, _ in true }
        case .matchSequence(let items):
            return compileSequencePattern(items)
        case .matchMapping(let keys, let patterns, let rest):
            return compileMappingPattern(keys, patterns, rest)
        case .matchClass(let cls, let patterns, let kwdAttrs, let kwdPatterns):
            let clsValue = compileExpr(cls)
            let positional = patterns.map { compilePattern($0) }
            let keyword = kwdPatterns.map { compilePattern($0) }
            return { f, v in
                try interp.matchClass(v, try clsValue(f), positional: positional, kwdAttrs: kwdAttrs, keyword: keyword, frame: f)
            }
        }
    }

    /// `[a, *rest, b]`: the subject is a sequence (not str, bytes or bytearray) of a fitting length.
    private func compileSequencePattern(_ items: [Pattern]) -> PatternTest {
        let interp = self.interp
        let starIndex = items.firstIndex { if case .matchStar = $0.kind { return true } else { return false } }
        let tests = items.map { compilePattern($0) }
        var starStore: Store?
        if let starIndex, case .matchStar(let name?) = items[starIndex].kind { starStore = compileStoreName(name) }
        return { f, v in
            guard let elements = try interp.matchSequenceElements(v) else { return false }
            guard let starIndex else {
                guard elements.count == tests.count else { return false }
                for (test, element) in zip(tests, elements) where !(try test(f, element)) { return false }
                return true
            }
            let after = tests.count - starIndex - 1
            guard elements.count >= tests.count - 1 else { return false }
            for i in 0..<starIndex where !(try tests[i](f, elements[i])) { return false }
            let middle = Array(elements[starIndex..<(elements.count - after)])
            try starStore?(f, .list(PyList(middle)))
            for k in 0..<after where !(try tests[starIndex + 1 + k](f, elements[elements.count - after + k])) { return false }
            return true
        }
    }

    /// `{key: pattern, **rest}`: the subject is a mapping holding every key.
    private func compileMappingPattern(_ keys: [Expr], _ patterns: [Pattern], _ rest: String?) -> PatternTest {
        let interp = self.interp
        let keyValues = keys.map { compileExpr($0) }
        let tests = patterns.map { compilePattern($0) }
        let restStore = rest.map { compileStoreName($0) }
        return { f, v in
            guard case .dict(let d) = v else { return false }
            var seen: [HashKey] = []
            for (key, test) in zip(keyValues, tests) {
                let k = try key(f)
                let hashed = try HashKey(k)
                if seen.contains(hashed) {
                    throw PyException.valueError("mapping pattern checks duplicate key (\(try interp.reprOf(k)))")
                }
                seen.append(hashed)
                guard let found = d.storage[hashed], try test(f, found) else { return false }
            }
            if let restStore {
                let remaining = PyDict()
                for (k, value) in d.storage where !seen.contains(k) { remaining.storage[k] = value }
                try restStore(f, .dict(remaining))
            }
            return true
        }
    }
}
