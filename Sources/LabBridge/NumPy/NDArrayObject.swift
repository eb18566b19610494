import LabScript
import LabTensor

/// A NumPy `ndarray` of float64, float32, int64 or bool values, held as Doubles in row-major order.
final class NDArrayObject: NativeObject {
    /// The element type; int64 and bool values are exact integers (bools 0 or 1). float32 (what
    /// `tensor.numpy()` gives) holds float32 values widened exactly; arithmetic on it computes and
    /// returns float64.
    enum Kind: String { case float64, float32, int64, bool }

    var values: [Double]
    let shape: [Int]
    let kind: Kind
    var version = 0

    init(_ values: [Double], shape: [Int], kind: Kind) {
        self.values = values
        self.shape = shape
        self.kind = kind
    }

    var isInteger: Bool { kind == .int64 || kind == .bool }

    /// The array `tensor.numpy()` gives: float32, int64 or bool.
    convenience init(_ tensor: Tensor) {
        let isFloat = tensor.dtype == .float32
        self.init(isFloat ? tensor.toFloatArray().map(Double.init) : tensor.toInt64Array().map(Double.init),
                  shape: tensor.shape, kind: isFloat ? .float32 : tensor.dtype == .bool ? .bool : .int64)
    }

    var pyClass: PyType { NDArrayObject.cls.type }
    var dtypeName: String { kind.rawValue }

    /// The elements as a tensor (`torch.tensor(array)`): float32 unless integer or `dtype` says otherwise.
    func tensor(dtype: DType?) throws -> Tensor {
        let base = kind == .bool ? try Tensor(bools: values.map { $0 != 0 }, shape: shape)
            : isInteger ? try Tensor(int64: values.map(NDArrayObject.int64), shape: shape) : try Tensor(values.map(Float.init), shape: shape)
        return dtype.map { base.converted(to: $0) } ?? base
    }

    /// One element as NumPy gives it: a NumPy scalar, or a Python bool for bool arrays.
    func scalar(_ v: Double) -> Value {
        switch kind {
        case .float64, .float32: return .native(NumPyScalar(v, isInteger: false))
        case .int64: return .native(NumPyScalar(v, isInteger: true))
        case .bool: return .bool(v != 0)
        }
    }

    /// One element as a Python number (`tolist()`).
    func pythonScalar(_ v: Double) -> Value {
        switch kind {
        case .float64, .float32: return .float(v)
        case .int64: return .int(Int(NDArrayObject.int64(v)))
        case .bool: return .bool(v != 0)
        }
    }

    func length(_ interpreter: Interpreter) throws -> Int? {
        guard let first = shape.first else { throw PyException.typeError("len() of unsized object") }
        return first
    }

    func repr(_ interpreter: Interpreter) throws -> String { ArrayPrinter(self).repr }
    func str(_ interpreter: Interpreter) throws -> String { ArrayPrinter(self).str }

    func makeIterator(_ interpreter: Interpreter) throws -> (() throws -> Value?)? {
        guard let count = shape.first else { throw PyException.typeError("iteration over a 0-d array") }
        var i = 0
        return {
            guard i < count else { return nil }
            defer { i += 1 }
            return try self.getItem(.int(i), interpreter)
        }
    }

    /// Integer and slice indexing along the leading axes (`a[0]`, `a[1:3]`, `a[i, j]`).
    func getItem(_ index: Value, _ interpreter: Interpreter) throws -> Value? {
        if let picked = try selected(by: index) { return .native(picked) }
        let items: [Value]
        if case .tuple(let parts) = index { items = parts } else { items = [index] }
        guard items.count <= shape.count else {
            throw PyException.indexError("too many indices for array: array is \(shape.count)-dimensional, but \(items.count) were indexed")
        }
        var current = self
        var axis = 0
        for item in items {
            if case .object(let s as PySlice) = item {
                let (start, count, step) = try Convert.slice(s, length: current.shape[axis])
                current = current.sliced(axis: axis, picks: (0..<count).map { start + $0 * step })
                axis += 1
            } else {
                var i = try Convert.int(item, "only integers, slices (`:`) are valid indices; index")
                let size = current.shape[axis]
                guard i >= -size && i < size else {
                    throw PyException.indexError("index \(i) is out of bounds for axis \(axis) with size \(size)")
                }
                if i < 0 { i += size }
                current = current.sliced(axis: axis, picks: [i], keep: false)
            }
        }
        return current.shape.isEmpty ? scalar(current.values[0]) : .native(current)
    }

    /// `a[mask]` and `a[indices]`: a boolean array of the whole shape picks elements (a 1-d
    /// result), one of the first axis's length picks rows, and an integer array or list picks
    /// rows by position. Nil for other keys.
    func selected(by key: Value) throws -> NDArrayObject? {
        let keyArray: NDArrayObject
        if case .native(let a as NDArrayObject) = key { keyArray = a } else if case .list = key { keyArray = try NumPyModule.array(from: key) } else { return nil }
        guard keyArray.shape.count == 1 || keyArray.kind == .bool else {
            throw PyException(.notImplementedError, "indexing an array with a \(keyArray.shape.count)-d index array is not supported by labrun")
        }
        if keyArray.kind == .bool {
            if keyArray.shape == shape {
                let picked = values.indices.filter { keyArray.values[$0] != 0 }.map { values[$0] }
                return NDArrayObject(picked, shape: [picked.count], kind: kind)
            }
            guard keyArray.shape.count == 1, keyArray.shape[0] == shape.first else {
                throw PyException.indexError("boolean index did not match indexed array along axis 0; size of axis is \(shape.first ?? 0) but size of corresponding boolean axis is \(keyArray.shape.first ?? 0)")
            }
            return sliced(axis: 0, picks: keyArray.values.indices.filter { keyArray.values[$0] != 0 })
        }
        guard keyArray.kind == .int64 || keyArray.values.isEmpty, let size = shape.first else {
            throw PyException.indexError("arrays used as indices must be of integer (or boolean) type")
        }
        let picks = try keyArray.values.map { value -> Int in
            let i = Int(value)
            guard i >= -size && i < size else { throw PyException.indexError("index \(i) is out of bounds for axis 0 with size \(size)") }
            return i < 0 ? i + size : i
        }
        return sliced(axis: 0, picks: picks)
    }

    /// The sub-array of `picks` along `axis`, dropping the axis when `keep` is false.
    func sliced(axis: Int, picks: [Int], keep: Bool = true) -> NDArrayObject {
        let outer = shape[..<axis].reduce(1, *), inner = shape[(axis + 1)...].reduce(1, *), size = shape[axis]
        var out: [Double] = []
        out.reserveCapacity(outer * picks.count * inner)
        for o in 0..<outer {
            for p in picks { out += values[(o * size + p) * inner..<(o * size + p + 1) * inner] }
        }
        var newShape = shape
        if keep { newShape[axis] = picks.count } else { newShape.remove(at: axis) }
        return NDArrayObject(out, shape: newShape, kind: kind)
    }

    /// The elements as nested Python lists.
    var nestedList: Value {
        func nest(_ offset: Int, _ axis: Int) -> Value {
            if axis == shape.count { return pythonScalar(values[offset]) }
            let inner = shape[(axis + 1)...].reduce(1, *)
            return .list(PyList((0..<shape[axis]).map { nest(offset + $0 * inner, axis + 1) }))
        }
        return nest(0, 0)
    }

    func snapshot(_ copier: DeepCopier) -> NativeObject { NDArrayObject(values, shape: shape, kind: kind) }
}
