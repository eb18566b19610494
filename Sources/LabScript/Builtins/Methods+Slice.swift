extension Interpreter {
    /// `slice.indices(length)`: start, stop and step clamped to a sequence of that length.
    static func installSliceMethods() {
        Builtins.method(.slice, "indices", ["len", "/"]) { i, a in
            guard case .object(let s as PySlice) = a.values[0] else { return .none }
            let length = try i.intArgument(a.values[1])
            guard length >= 0 else { throw PyException.valueError("length should not be negative") }
            let step = s.step.isNone ? 1 : try i.sliceIndex(s.step)
            guard step != 0 else { throw PyException.valueError("slice step cannot be zero") }
            let (lower, upper) = step < 0 ? (-1, length - 1) : (0, length)
            func clamp(_ v: Value, _ whenNone: Int) throws -> Int {
                if v.isNone { return whenNone }
                let n = try i.sliceIndex(v)
                return n < 0 ? max(n + length, lower) : min(n, upper)
            }
            return .tuple([.int(try clamp(s.start, step < 0 ? upper : lower)), .int(try clamp(s.stop, step < 0 ? lower : upper)), .int(step)])
        }
    }

    /// A slice bound as an Int, saturated like CPython's for huge ints.
    func sliceIndex(_ v: Value) throws -> Int {
        if case .bigint(let b) = v { return b.sign == .minus ? Int.min / 2 : Int.max / 2 }
        guard let n = try indexValue(v) else {
            throw PyException.typeError("slice indices must be integers or None or have an __index__ method")
        }
        return n
    }
}
