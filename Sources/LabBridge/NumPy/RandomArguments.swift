import LabScript
import LabTensor

/// The arguments numpy's random functions share: `size=` (a count or a shape), the population of
/// `choice` (a count or a 1-d array), and how results come back (a Python or NumPy scalar when
/// `size` is None, else an array of that shape).
enum RandomArguments {
    /// Integers numpy can hold that a float64 array element (this port's int64 storage) holds exactly.
    static let exactIntegers = -(1 << 53)...(1 << 53)

    /// `size`: nil for None (one value), else the shape it names.
    static func shape(_ size: Value) throws -> [Int]? {
        if size.isNone { return nil }
        let shape = try Convert.ints([size], "size")
        guard shape.allSatisfy({ $0 >= 0 }) else { throw PyException.valueError("negative dimensions are not allowed") }
        return shape
    }

    /// The dimensions of `rand(d0, d1, ...)`: nil for none.
    static func dimensions(_ values: [Value]) throws -> [Int]? {
        values.isEmpty ? nil : try shape(.tuple(values))
    }

    /// Floats drawn one after another: a Python float for no shape, else a float64 array.
    static func floats(_ shape: [Int]?, _ draw: () throws -> Double) throws -> Value {
        guard let shape else { return .float(try draw()) }
        let count = try NDArrayObject.checkedCount(shape, kind: .float64)
        return .native(NDArrayObject(try (0..<count).map { _ in try draw() }, shape: shape, kind: .float64))
    }

    /// Integers drawn one after another: `scalar` of the one value for no shape, else an int64 array.
    static func integers(_ shape: [Int]?, scalar: (Int) -> Value, _ draw: () throws -> Int) throws -> Value {
        guard let shape else { return scalar(try draw()) }
        let count = try NDArrayObject.checkedCount(shape, kind: .int64)
        return .native(NDArrayObject(try (0..<count).map { _ in Double(try draw()) }, shape: shape, kind: .int64))
    }

    /// The `low`/`high` of `randint`/`integers` as numbers, checked as numpy checks them.
    static func bounds(_ a: Args, inclusive: Bool) throws -> (low: Int, range: UInt64) {
        for name in ["low", "high"] where !(a[name].isNone || a[name].integer != nil) {
            if case .native(is NDArrayObject) = a[name] {
                throw PyException(.notImplementedError, "array bounds for numpy's random integers are not supported by labrun")
            }
            throw PyException.typeError("'\(a[name].typeName)' object cannot be interpreted as an integer")
        }
        var low = a["low"].integer, high = a["high"].integer
        if high == nil { (low, high) = (0, low) }
        guard let low, let high else { throw PyException.typeError("'NoneType' object cannot be interpreted as an integer") }
        guard exactIntegers.contains(low) && exactIntegers.contains(high) else {
            throw PyException(.notImplementedError, "random integers beyond 2**53 in magnitude are not supported by labrun")
        }
        let top = inclusive ? high : high - 1
        guard low <= top else { throw PyException.valueError(inclusive ? "low > high" : "low >= high") }
        return (low, UInt64(top - low))
    }

    /// What `choice` draws from: `0..<n` for an integer `a`, else the elements of a 1-d array.
    enum Population {
        case range(Int)
        case elements(NDArrayObject)

        var count: Int {
            switch self {
            case .range(let n): return n
            case .elements(let array): return array.values.count
            }
        }

        /// The population of `a`, with numpy's errors (`generator` words them as `Generator` does).
        init(_ a: Value, sampleCount: Int, generator: Bool) throws {
            if let n = a.integer {
                guard n > 0 || sampleCount == 0 else {
                    throw PyException.valueError(generator ? "a must be a positive integer unless no samples are taken"
                                                           : "a must be greater than 0 unless no samples are taken")
                }
                self = .range(n)
                return
            }
            if case .str = a { throw PyException.valueError("a must be 1-dimensional or an integer") }
            let array: NDArrayObject
            do { array = try NumPyModule.array(from: a) } catch let error as PyException where error.cls.name == "TypeError" {
                throw PyException(.notImplementedError, "numpy.random choice from non-numeric values is not supported by labrun")
            }
            guard array.shape.count == 1 else {
                if array.shape.isEmpty { throw PyException.valueError("a must be 1-dimensional or an integer") }
                if generator { throw PyException(.notImplementedError, "Generator.choice from an array of more than 1 dimension is not supported by labrun") }
                throw PyException.valueError("a must be 1-dimensional")
            }
            guard !array.values.isEmpty || sampleCount == 0 else {
                throw PyException.valueError(generator ? "a cannot be empty unless no samples are taken" : "'a' cannot be empty unless no samples are taken")
            }
            self = .elements(array)
        }

        /// The picked elements: one (a Python int for an integer `a`, else a NumPy scalar) when
        /// `shape` is nil, else an array of `shape`.
        func pick(_ indices: [Int], shape: [Int]?) -> Value {
            switch self {
            case .range:
                guard let shape else { return .int(indices[0]) }
                return .native(NDArrayObject(indices.map(Double.init), shape: shape, kind: .int64))
            case .elements(let array):
                guard let shape else { return array.scalar(array.values[indices[0]]) }
                return .native(NDArrayObject(indices.map { array.values[$0] }, shape: shape, kind: array.kind))
            }
        }
    }

    /// `p=` as float64 values checked against `count` candidates, with numpy's errors.
    static func probabilities(_ p: Value, count: Int, generator: Bool) throws -> [Double] {
        let values = try NumPyModule.array(from: p, kind: .float64)
        guard values.shape.count == 1 else { throw PyException.valueError(generator ? "p must be 1-dimensional" : "'p' must be 1-dimensional") }
        do {
            try NumPyChoice.validate(values.values, count: count)
        } catch let failure as NumPyChoice.Failure {
            guard generator else { throw PyException.valueError(failure.message) }
            switch failure.message {
            case "'a' and 'p' must have same size": throw PyException.valueError("a and p must have same size")
            case "probabilities do not sum to 1":
                throw PyException.valueError("Probabilities do not sum to 1. See Notes section of docstring for more information.")
            default: throw PyException.valueError(failure.message.prefix(1).uppercased() + failure.message.dropFirst())
            }
        }
        return values.values
    }

    /// The sample count of `choice(size=)` (1 for None).
    static func sampleCount(_ shape: [Int]?) -> Int { shape?.reduce(1, *) ?? 1 }

    /// Shuffles `x` in place along its first axis with `swapPartner(i)` (in `0...i`) for i from
    /// the last position down: a list's items or an array's rows.
    static func shuffle(_ x: Value, swapPartner: (Int) -> Int) throws {
        switch x {
        case .list(let list):
            var items = list.items
            for i in stride(from: items.count - 1, to: 0, by: -1) { items.swapAt(i, swapPartner(i)) }
            list.items = items
        case .native(let array as NDArrayObject):
            guard let rows = array.shape.first else { throw PyException.typeError("shuffle() takes a sequence; a 0-d array is not one") }
            var order = Array(0..<rows)
            for i in stride(from: rows - 1, to: 0, by: -1) { order.swapAt(i, swapPartner(i)) }
            array.values = array.sliced(axis: 0, picks: order).values
            array.version += 1
        default:
            throw PyException(.notImplementedError, "numpy.random shuffle of a \(x.typeName) is not supported by labrun (a list or an array)")
        }
    }

    /// `permutation(x)`: `0..<x` shuffled for an integer, else a shuffled copy of the array.
    static func permutation(_ x: Value, swapPartner: (Int) -> Int) throws -> Value {
        let copy: NDArrayObject
        if let n = x.integer {
            copy = NDArrayObject((0..<max(n, 0)).map(Double.init), shape: [max(n, 0)], kind: .int64)
        } else {
            let array = try NumPyModule.array(from: x)
            guard !array.shape.isEmpty else { throw PyException(.indexError, "x must be an integer or at least 1-dimensional") }
            copy = NDArrayObject(array.values, shape: array.shape, kind: array.kind)
        }
        try shuffle(.native(copy), swapPartner: swapPartner)
        return .native(copy)
    }
}
