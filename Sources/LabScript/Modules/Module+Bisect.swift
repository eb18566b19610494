extension Interpreter {
    /// The `bisect` module: binary search and sorted insertion into lists.
    func bisectModule() -> [(String, Value)] {
        let params = ["a", "x", "lo=0", "hi=None", "*", "key=None"]
        func search(_ i: Interpreter, _ a: Signature.Bound, _ x: Value, right: Bool) throws -> Int {
            var lo = try i.intArgument(a.values[2])
            if lo < 0 { throw PyException.valueError("lo must be non-negative") }
            var hi = a.values[3].isNone ? try i.length(a.values[0]) : try i.intArgument(a.values[3])
            let key = a.values[4]
            while lo < hi {
                let mid = (lo + hi) / 2
                var probe = try i.getItem(a.values[0], .int(mid))
                if !key.isNone { probe = try i.call(key, [probe]) }
                let goRight = right ? !(try i.lessThan(x, probe)) : try i.lessThan(probe, x)
                if goRight { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }
        func bisect(_ name: String, right: Bool) -> (String, Value) {
            (name, Builtins.function(name, params) { i, a in .int(try search(i, a, a.values[1], right: right)) })
        }
        func insort(_ name: String, right: Bool) -> (String, Value) {
            (name, Builtins.function(name, params) { i, a in
                guard case .list(let l) = a.values[0] else { throw PyException.typeError("insort() needs a list") }
                let probe = a.values[4].isNone ? a.values[1] : try i.call(a.values[4], [a.values[1]])
                l.items.insert(a.values[1], at: try search(i, a, probe, right: right))
                return .none
            })
        }
        return [bisect("bisect_left", right: false), bisect("bisect_right", right: true), bisect("bisect", right: true),
                insort("insort_left", right: false), insort("insort_right", right: true), insort("insort", right: true)]
    }
}
