import LabScript

/// Row selections that `iloc` and `loc` share: a position or label (one row), a slice, a list,
/// or a boolean mask, resolved to row positions.
struct FramePositions {
    let rows: [Int]
    /// One row was asked for by a scalar key (the result drops that axis).
    let isScalar: Bool

    /// Positions for `iloc`: an int, a slice, a list of ints or a boolean mask.
    static func positions(_ key: Value, count: Int, _ interpreter: Interpreter) throws -> FramePositions {
        if case .native(let array as NDArrayObject) = key { return try positions(array.nestedList, count: count, interpreter) }
        if let mask = try mask(key, count: count, interpreter) { return FramePositions(rows: mask, isScalar: false) }
        if case .object(let s as PySlice) = key {
            let (start, length, step) = try Convert.slice(s, length: count)
            return FramePositions(rows: (0..<length).map { start + $0 * step }, isScalar: false)
        }
        if let items = Convert.sequence(key) {
            return FramePositions(rows: try items.map { try position($0, count: count) }, isScalar: false)
        }
        return FramePositions(rows: [try position(key, count: count)], isScalar: true)
    }

    /// Positions for `loc` over `labels`: a label, an inclusive label slice, a list of labels or
    /// a boolean mask.
    static func labels(_ key: Value, in labels: [Value], _ interpreter: Interpreter) throws -> FramePositions {
        if case .native(let array as NDArrayObject) = key { return try self.labels(array.nestedList, in: labels, interpreter) }
        if let mask = try mask(key, count: labels.count, interpreter) { return FramePositions(rows: mask, isScalar: false) }
        func find(_ label: Value) throws -> Int {
            guard let i = try labels.firstIndex(where: { try interpreter.equals($0, label) }) else { throw PyException.keyError(label) }
            return i
        }
        if case .object(let s as PySlice) = key {
            guard s.step.isNone || s.step.integer == 1 else { throw PyException(.notImplementedError, "loc slices with a step are not supported by labrun") }
            let start = s.start.isNone ? 0 : try find(s.start)
            let stop = s.stop.isNone ? labels.count - 1 : try find(s.stop)
            return FramePositions(rows: start <= stop ? Array(start...stop) : [], isScalar: false)
        }
        if let items = Convert.sequence(key) { return FramePositions(rows: try items.map(find), isScalar: false) }
        return FramePositions(rows: [try find(key)], isScalar: true)
    }

    private static func position(_ key: Value, count: Int) throws -> Int {
        guard let i = key.integer, case .int = key else {
            throw PyException.typeError("Cannot index by location index with a non-integer key")
        }
        guard i >= -count && i < count else { throw PyException.indexError("single positional indexer is out-of-bounds") }
        return i < 0 ? i + count : i
    }

    /// The positions where a boolean Series or list is true; nil when `key` is not a mask.
    private static func mask(_ key: Value, count: Int, _ interpreter: Interpreter) throws -> [Int]? {
        let flags: [Value]
        if case .native(let s as SeriesObject) = key { flags = s.values } else if let items = Convert.sequence(key), !items.isEmpty,
                  items.allSatisfy({ if case .bool = $0 { return true }; return false }) { flags = items } else { return nil }
        guard flags.allSatisfy({ if case .bool = $0 { return true }; return false }) else {
            if case .native = key { throw PyException(.notImplementedError, "selecting rows by a Series of labels is not supported by labrun") }
            return nil
        }
        guard flags.count == count else { throw PyException.indexError("Boolean index has wrong length: \(flags.count) instead of \(count)") }
        return flags.indices.filter { if case .bool(true) = flags[$0] { return true }; return false }
    }
}

/// One cell as pandas returns it: ints and floats as NumPy scalars (`np.int64(3)`), the rest as is.
enum PandasScalar {
    static func value(_ v: Value) -> Value {
        switch v {
        case .int(let i): return .native(NumPyScalar(Double(i), isInteger: true))
        case .float(let d): return .native(NumPyScalar(d, isInteger: false))
        default: return v
        }
    }
}
