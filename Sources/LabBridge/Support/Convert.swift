import LabScript

extension Value {
    /// The value as an Int when it is an int, a bool or a NumPy integer scalar.
    var integer: Int? {
        switch self {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .native(let s as NumPyScalar) where s.isInteger: return Int(s.value)
        default: return nil
        }
    }

    /// The value as a Double when it is a float, an int, a bool or a NumPy scalar.
    var number: Double? {
        switch self {
        case .float(let d): return d
        case .native(let s as NumPyScalar): return s.value
        default: return integer.map(Double.init)
        }
    }

    /// True for Python floats and NumPy float scalars.
    var isFloat: Bool {
        switch self {
        case .float: return true
        case .native(let s as NumPyScalar): return !s.isInteger
        default: return false
        }
    }

    var isEllipsis: Bool {
        if case .object(let o) = self, o === PySingleton.ellipsis { return true }
        return false
    }
}

/// Argument conversions shared by the bridge's modules, with Python's error wording.
enum Convert {
    /// Walks nested sequences (lists, tuples, …) depth first, handing each leaf to `leaf`, and
    /// returns their shape. Rows of unequal shape are an error made by `ragged(expected, found,
    /// dimension)`, so numpy and torch can each word it their own way.
    static func nestedScalars(_ v: Value, depth: Int = 0, leaf: (Value) throws -> Void,
                              ragged: ([Int], [Int], Int) -> Error) throws -> [Int] {
        guard let items = sequence(v) else {
            try leaf(v)
            return []
        }
        var inner: [Int]? = nil
        for item in items {
            let shape = try nestedScalars(item, depth: depth + 1, leaf: leaf, ragged: ragged)
            if let inner, inner != shape { throw ragged(inner, shape, depth + 1) }
            inner = shape
        }
        return [items.count] + (inner ?? [])
    }

    /// An int argument, or a TypeError naming `what`.
    static func int(_ v: Value, _ what: String) throws -> Int {
        if let i = v.integer { return i }
        throw PyException.typeError("\(what) must be int, not \(v.typeName)")
    }

    /// Dims written either as separate ints (`view(2, 3)`) or as one sequence (`view((2, 3))`).
    static func ints(_ values: [Value], _ what: String) throws -> [Int] {
        if values.count == 1, let seq = sequence(values[0]) { return try seq.map { try int($0, what) } }
        return try values.map { try int($0, what) }
    }

    /// `str(v)`.
    static func text(_ v: Value, _ interpreter: Interpreter) throws -> String {
        if case .str(let s) = try interpreter.call(.type(PyType.str), [v]) { return s }
        throw PyException.typeError("__str__ returned non-string")
    }

    /// The items of a list or tuple; nil for anything else.
    static func sequence(_ v: Value) -> [Value]? {
        switch v {
        case .list(let l): return l.items
        case .tuple(let t): return t
        case .native(let s as SizeObject): return s.dims.map { .int($0) }
        default: return nil
        }
    }

    /// CPython's slice clamping for a sequence of `length`: (start, count, step).
    static func slice(_ s: PySlice, length: Int) throws -> (start: Int, count: Int, step: Int) {
        func component(_ v: Value) throws -> Int? {
            if v.isNone { return nil }
            if let i = v.integer { return i }
            // A one-element integer tensor, as `data[i:i + 8]` with `i` from torch.randint.
            if case .native(let t as TensorObject) = v, t.tensor.scalarCount == 1, t.tensor.dtype.isIntegral || t.tensor.dtype == .bool {
                return Int(try torchCall { try t.tensor.item() })
            }
            throw PyException.typeError("slice indices must be integers or None or have an __index__ method")
        }
        let step = try component(s.step) ?? 1
        guard step != 0 else { throw PyException.valueError("slice step cannot be zero") }
        func clamp(_ v: Int?, _ defaultValue: Int) -> Int {
            guard var i = v else { return defaultValue }
            if i < 0 { i += length }
            return step < 0 ? Swift.min(Swift.max(i, -1), length - 1) : Swift.min(Swift.max(i, 0), length)
        }
        let start = clamp(try component(s.start), step < 0 ? length - 1 : 0)
        let stop = clamp(try component(s.stop), step < 0 ? -1 : length)
        let count = step < 0 ? (start > stop ? (start - stop - 1) / -step + 1 : 0)
                             : (stop > start ? (stop - start - 1) / step + 1 : 0)
        return (start, count, step)
    }
}
