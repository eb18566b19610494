extension Interpreter {
    /// `c1 + c2`, `c1 - c2`, `c1 & c2`, `c1 | c2` on Counters: counts are added, subtracted, or
    /// combined by min/max, and only positive counts are kept (Python's multiset semantics).
    /// Keys keep first-seen order: those of the left operand, then new keys of the right one.
    /// Returns nil for operators Counters do not support.
    func counterBinary(_ op: BinaryOp, _ x: PyDict, _ y: PyDict) throws -> PyDict? {
        let combine: (Value, Value) throws -> Value
        switch op {
        case .add: combine = { try self.binary(.add, $0, $1) }
        case .sub: combine = { try self.binary(.sub, $0, $1) }
        case .bitand: combine = { try self.lessThan($0, $1) ? $0 : $1 }
        case .bitor: combine = { try self.lessThan($0, $1) ? $1 : $0 }
        default: return nil
        }
        let result = PyDict()
        result.subtype = Interpreter.counterType
        var keys = Array(x.storage.keys)
        keys += y.storage.keys.filter { x.storage[$0] == nil }
        for key in keys {
            let left = x.storage[key], right = y.storage[key]
            if op == .bitand && (left == nil || right == nil) { continue }
            let count = try combine(left ?? .int(0), right ?? .int(0))
            if try lessThan(.int(0), count) { result.storage[key] = count }
        }
        return result
    }
}

extension Interpreter {
    func isCounter(_ d: PyDict) -> Bool { d.subtype?.isSubclass(of: Interpreter.counterType) ?? false }

    /// Counters are equal when every element has the same count, a missing one counting as zero.
    func countersEqual(_ x: PyDict, _ y: PyDict) throws -> Bool {
        for (k, v) in x.storage where try !equals(v, y.storage[k] ?? .int(0)) { return false }
        for (k, v) in y.storage where try x.storage[k] == nil && !equals(v, .int(0)) { return false }
        return true
    }
}
