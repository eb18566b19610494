import Foundation
import LabScript

/// The `numpy` module (imported as `np`): arrays from lists and tensors, reductions that agree
/// with NumPy bit for bit (pairwise summation), ranges, elementwise maths, and `numpy.random`.
enum NumPyModule {
    /// The module, whose `random` submodule draws from the session's numpy stream.
    static func make(random: SessionRandom) -> NativeModule {
        NativeModule("numpy",
            functions: creation + reductions + elementwise,
            classes: [NDArrayObject.cls],
            constants: [("pi", .float(Double.pi)), ("e", .float(M_E)), ("nan", .float(.nan)), ("inf", .float(.infinity)),
                        ("float64", .str("float64")), ("int64", .str("int64")), ("__version__", .str("2.4.0"))],
            submodules: [NumPyRandomModule.make(random: random)])
    }

    /// An array from a number, nested lists/tuples, a tensor or another array.
    static func array(from v: Value, kind requested: NDArrayObject.Kind? = nil) throws -> NDArrayObject {
        if case .native(let a as NDArrayObject) = v {
            return requested.map { NDArrayObject(convert(a.values, $0), shape: a.shape, kind: $0) } ?? a
        }
        if case .native(let t as TensorObject) = v { return try array(from: .native(NDArrayObject(t.tensor.detached())), kind: requested) }
        var scalars: [Value] = []
        let shape = try collect(v, into: &scalars)
        let isFloat = scalars.contains(where: \.isFloat)
        let allBool = !scalars.isEmpty && scalars.allSatisfy { if case .bool = $0 { return true }; return false }
        let kind = requested ?? (isFloat || scalars.isEmpty ? .float64 : allBool ? .bool : .int64)
        return NDArrayObject(convert(scalars.map { $0.number ?? 0 }, kind), shape: shape, kind: kind)
    }

    private static func convert(_ values: [Double], _ kind: NDArrayObject.Kind) -> [Double] {
        switch kind {
        case .float64: return values
        case .float32: return values.map { Double(Float($0)) }
        case .int64: return values.map { $0.rounded(.towardZero) }
        case .bool: return values.map { $0 != 0 ? 1 : 0 }
        }
    }

    private static func collect(_ v: Value, into scalars: inout [Value]) throws -> [Int] {
        try Convert.nestedScalars(v, leaf: { scalars.append(try scalar($0)) }, ragged: { _, _, dimension in
            PyException.valueError("setting an array element with a sequence. The requested array has an inhomogeneous shape after \(dimension) dimensions.")
        })
    }

    private static func scalar(_ v: Value) throws -> Value {
        switch v {
        case .int, .bool, .float: return v
        case .native(let s as NumPyScalar): return s.python
        case .native(let t as TensorObject) where t.tensor.scalarCount == 1 && t.tensor.rank == 0:
            return .float(try t.tensor.item())
        default: throw PyException.typeError("could not convert \(v.typeName) to a number")
        }
    }

    private static func kind(_ v: Value) throws -> NDArrayObject.Kind? {
        switch v {
        case .none: return nil
        case .str(let s): if let k = NDArrayObject.Kind(rawValue: s) { return k }
        case .type(let t): if t.name == "float" { return .float64 } else if t.name == "int" { return .int64 } else if t.name == "bool" { return .bool }
        case .native(let d as NumPyDType): return NDArrayObject.Kind(rawValue: d.name)
        default: break
        }
        throw PyException.typeError("data type \(v.typeName) not understood")
    }

    private static let creation: [Function] = [
        Function("array", params: ["object", "dtype=None"]) { a in .native(try array(from: a["object"], kind: try kind(a["dtype"]))) },
        Function("asarray", params: ["a", "dtype=None"]) { a in .native(try array(from: a["a"], kind: try kind(a["dtype"]))) },
        Function("zeros", params: ["shape", "dtype=None"]) { a in try filled(a, 0) },
        Function("ones", params: ["shape", "dtype=None"]) { a in try filled(a, 1) },
        Function("arange", params: ["start", "stop=None", "step=1"]) { a in
            let (start, stop) = a.optional("stop") == nil ? (0.0, try a.double("start")) : (try a.double("start"), try a.double("stop"))
            let step = try a.double("step")
            guard step != 0 else { throw PyException.zeroDivision("division by zero") }
            let count = max(0, Int(((stop - start) / step).rounded(.up)))
            let integer = [a["start"], a["stop"], a["step"]].allSatisfy { $0.isNone || $0.integer != nil }
            return .native(NDArrayObject((0..<count).map { start + Double($0) * step }, shape: [count], kind: integer ? .int64 : .float64))
        },
        Function("linspace", params: ["start", "stop", "num=50", "endpoint=True"]) { a in
            let start = try a.double("start"), stop = try a.double("stop"), num = try a.int("num")
            guard num >= 0 else { throw PyException.valueError("Number of samples, \(num), must be non-negative.") }
            let divisions = Double(try a.bool("endpoint") ? num - 1 : num)
            let step = (stop - start) / divisions
            var values = (0..<num).map { start + Double($0) * step }
            if try a.bool("endpoint"), num > 1 { values[num - 1] = stop }
            return .native(NDArrayObject(values, shape: [num], kind: .float64))
        },
    ]

    private static func filled(_ a: Args, _ value: Double) throws -> Value {
        let shape = try Convert.ints([a["shape"]], "shape")
        let kind = try kind(a["dtype"]) ?? .float64
        let count = try NDArrayObject.checkedCount(shape, kind: kind)
        return .native(NDArrayObject(Array(repeating: value, count: count), shape: shape, kind: kind))
    }

    /// A reduction over the whole array or along one axis: `np.name(a, axis=None, ...)`, and as
    /// a method, `a.name(axis=None, ...)`.
    struct Reduction {
        let name: String
        var params: [String] = []
        /// Whether ndarray has it as a method too (it has no `median`).
        var isMethod = true
        let whole: (NDArrayObject, Args) throws -> Value

        var function: Function {
            Function(name, params: ["a", "axis=None"] + params) { a in try reduce(try array(from: a["a"]), a) }
        }

        var method: Function {
            Function(name, params: ["axis=None"] + params) { a in try reduce(try a.receiver(as: NDArrayObject.self), a) }
        }

        private func reduce(_ x: NDArrayObject, _ a: Args) throws -> Value {
            guard let axisValue = a.optional("axis") else { return try whole(x, a) }
            var axis = try Convert.int(axisValue, "axis")
            if axis < 0 { axis += x.shape.count }
            guard x.shape.indices.contains(axis) else {
                throw PyException(.indexError, "axis \(axisValue.integer ?? 0) is out of bounds for array of dimension \(x.shape.count)")
            }
            var results: [Value] = []
            var outShape = x.shape
            outShape.remove(at: axis)
            let moved = (0..<x.shape[axis]).map { x.sliced(axis: axis, picks: [$0], keep: false).values }
            for i in 0..<outShape.reduce(1, *) {
                let lane = NDArrayObject(moved.map { $0[i] }, shape: [moved.count], kind: x.kind)
                results.append(try whole(lane, a))
            }
            let kind: NDArrayObject.Kind = results.allSatisfy { $0.integer != nil } ? .int64 : .float64
            return .native(NDArrayObject(results.map { $0.number ?? 0 }, shape: outShape, kind: kind))
        }
    }

    /// The reductions offered as functions and as ndarray methods.
    static let reductionTable: [Reduction] = [
        Reduction(name: "mean") { x, _ in .native(NumPyScalar(try x.mean(), isInteger: false)) },
        Reduction(name: "sum") { x, _ in try x.total() },
        Reduction(name: "std", params: ["ddof=0"]) { x, a in .native(NumPyScalar(try x.standardDeviation(ddof: try a.int("ddof")), isInteger: false)) },
        Reduction(name: "max") { x, _ in try x.extreme(largest: true) },
        Reduction(name: "min") { x, _ in try x.extreme(largest: false) },
        Reduction(name: "argmax") { x, _ in .native(NumPyScalar(Double(try x.argmax()), isInteger: true)) },
        Reduction(name: "median", isMethod: false) { x, _ in
            let sorted = x.values.sorted()
            guard !sorted.isEmpty, !sorted.contains(where: \.isNaN) else { return .native(NumPyScalar(.nan, isInteger: false)) }
            let middle = sorted.count / 2
            return .native(NumPyScalar(sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2, isInteger: false))
        },
    ]

    private static let reductions: [Function] = reductionTable.map(\.function) + [
        Function("percentile", params: ["a", "q"]) { a in
            let sorted = try array(from: a["a"]).values.sorted()
            guard !sorted.isEmpty else { throw PyException.indexError("index -1 is out of bounds for axis 0 with size 0") }
            let rank = try a.double("q") / 100 * Double(sorted.count - 1)
            let low = Int(rank.rounded(.down)), high = min(low + 1, sorted.count - 1)
            return .native(NumPyScalar(sorted[low] + (sorted[high] - sorted[low]) * (rank - Double(low)), isInteger: false))
        },
        /// `np.sort(a)` of a 1-d array (NaNs last).
        Function("sort", params: ["a", "axis=-1"]) { a in
            let x = try array(from: a["a"])
            guard x.shape.count == 1 else { throw PyException(.notImplementedError, "np.sort of an array of \(x.shape.count) dimensions is not supported by labrun") }
            let sorted = x.values.filter { !$0.isNaN }.sorted() + x.values.filter(\.isNaN)
            return .native(NDArrayObject(sorted, shape: x.shape, kind: x.kind))
        },
        /// `np.unique(a, return_counts=False)`: the sorted distinct values (NaNs as one, last).
        Function("unique", params: ["ar", "return_index=False", "return_inverse=False", "return_counts=False"]) { a in
            guard !(try a.bool("return_index")), !(try a.bool("return_inverse")) else {
                throw PyException(.notImplementedError, "np.unique(return_index=, return_inverse=) is not supported by labrun")
            }
            let x = try array(from: a["ar"])
            var distinct: [Double] = [], counts: [Double] = []
            for v in x.values.filter({ !$0.isNaN }).sorted() {
                if let last = distinct.last, last == v { counts[counts.count - 1] += 1 } else { distinct.append(v); counts.append(1) }
            }
            let nans = x.values.filter(\.isNaN).count
            if nans > 0 { distinct.append(.nan); counts.append(Double(nans)) }
            let values = Value.native(NDArrayObject(distinct, shape: [distinct.count], kind: x.kind))
            guard try a.bool("return_counts") else { return values }
            return .tuple([values, .native(NDArrayObject(counts, shape: [counts.count], kind: .int64))])
        },
        Function("allclose", params: ["a", "b", "rtol=1e-05", "atol=1e-08", "equal_nan=False"]) { a in
            let x = try array(from: a["a"]), y = try array(from: a["b"]), rtol = try a.double("rtol"), atol = try a.double("atol")
            let equalNaN = try a.bool("equal_nan")
            let close = try NDArrayObject.broadcast(x, y, kind: .bool) { p, q in
                if p.isNaN || q.isNaN { return equalNaN && p.isNaN && q.isNaN ? 1 : 0 }
                if p.isInfinite || q.isInfinite { return p == q ? 1 : 0 }
                return abs(p - q) <= atol + rtol * abs(q) ? 1 : 0
            }
            return .bool(close.values.allSatisfy { $0 != 0 })
        },
    ]

    /// `np.round(x, decimals)` and `x.round(decimals)`: scaled, rounded half to even, scaled back.
    static func rounded(_ x: NDArrayObject, decimals: Int) throws -> Value {
        let scale = Foundation.pow(10, Double(decimals))
        let result = NDArrayObject(x.values.map { ($0 * scale).rounded(.toNearestOrEven) / scale }, shape: x.shape, kind: x.kind)
        return x.shape.isEmpty ? x.scalar(result.values[0]) : .native(result)
    }

    private static func elementwise(_ name: String, _ f: @escaping (Double) -> Double) -> Function {
        Function(name, params: ["x"]) { a in
            if let d = a["x"].number { return .native(NumPyScalar(f(d), isInteger: false)) }
            let x = try array(from: a["x"])
            return .native(NDArrayObject(x.values.map(f), shape: x.shape, kind: .float64))
        }
    }

    private static let elementwise: [Function] = [
        elementwise("sqrt") { $0.squareRoot() }, elementwise("exp") { Foundation.exp($0) }, elementwise("log") { Foundation.log($0) },
        Function("abs", params: ["x"]) { a in
            let x = try array(from: a["x"])
            let result = NDArrayObject(x.values.map { Swift.abs($0) }, shape: x.shape, kind: x.kind)
            return x.shape.isEmpty ? x.scalar(result.values[0]) : .native(result)
        },
        Function("round", params: ["a", "decimals=0"]) { a in try rounded(try array(from: a["a"]), decimals: try a.int("decimals")) },
    ]
}
