import LabScript
import Foundation

/// `numpy.ndarray`: properties, reductions as methods, and arithmetic with broadcasting.
extension NDArrayObject {
    static let cls = NativeClass("ndarray", module: "numpy",
        methods: NumPyModule.reductionTable.filter(\.isMethod).map(\.method) + [
            Function("tolist") { a in try a.receiver(as: NDArrayObject.self).nestedList },
            Function("round", params: ["decimals=0"]) { a in try NumPyModule.rounded(try a.receiver(as: NDArrayObject.self), decimals: try a.int("decimals")) },
            Function("reshape", params: ["*shape"]) { a in
                let x = try a.receiver(as: NDArrayObject.self)
                var shape = try Convert.ints(a.varargs, "reshape")
                if let unknown = shape.firstIndex(of: -1) { shape[unknown] = x.values.count / max(1, shape.filter { $0 != -1 }.reduce(1, *)) }
                guard shape.reduce(1, *) == x.values.count else {
                    throw PyException.valueError("cannot reshape array of size \(x.values.count) into shape (\(shape.map(String.init).joined(separator: ", ")))")
                }
                return .native(NDArrayObject(x.values, shape: shape, kind: x.kind))
            },
        ],
        properties: [
            Property("shape") { v, _ in .tuple(try array(v).shape.map { .int($0) }) },
            Property("ndim") { v, _ in .int(try array(v).shape.count) },
            /// The transpose: axes reversed (a 1-d array is itself).
            Property("T") { v, _ in
                let x = try array(v)
                guard x.shape.count == 2 else {
                    if x.shape.count < 2 { return v }
                    throw PyException(.notImplementedError, "the transpose of an array of more than 2 dimensions is not supported by labrun")
                }
                let (rows, columns) = (x.shape[0], x.shape[1])
                let values = (0..<columns * rows).map { i in x.values[(i % rows) * columns + i / rows] }
                return .native(NDArrayObject(values, shape: [columns, rows], kind: x.kind))
            },
            Property("size") { v, _ in .int(try array(v).values.count) },
            Property("dtype") { v, _ in .native(NumPyDType(name: try array(v).dtypeName)) },
        ])

    static func array(_ v: Value) throws -> NDArrayObject {
        guard case .native(let a as NDArrayObject) = v else { throw PyException.typeError("expected an ndarray, not \(v.typeName)") }
        return a
    }

    private func requireElements(_ operation: String) throws {
        guard !values.isEmpty else { throw PyException.valueError("zero-size array to reduction operation \(operation) which has no identity") }
    }

    func mean() throws -> Double { PairwiseSum.sum(values[...]) / Double(values.count) }

    /// The sum: a NumPy int for integer and bool arrays (True counts 1), else a float.
    func total() throws -> Value {
        kind == .bool ? .native(NumPyScalar(PairwiseSum.sum(values[...]), isInteger: true)) : scalar(PairwiseSum.sum(values[...]))
    }

    func standardDeviation(ddof: Int) throws -> Double {
        let m = try mean()
        return (PairwiseSum.sum(values.map { ($0 - m) * ($0 - m) }[...]) / Double(values.count - ddof)).squareRoot()
    }

    func extreme(largest: Bool) throws -> Value {
        try requireElements(largest ? "maximum" : "minimum")
        return scalar(largest ? values.max()! : values.min()!)
    }

    func argmax() throws -> Int {
        try requireElements("argmax")
        return values.indices.max { values[$0] < values[$1] || (values[$0] == values[$1] && $0 > $1) }!
    }

    func binaryOp(_ op: BinaryOp, _ other: Value, reflected: Bool, _ interpreter: Interpreter) throws -> Value? {
        guard let rhs = NDArrayObject.coerce(other) else { return nil }
        let (a, b) = reflected ? (rhs, self) : (self, rhs)
        if op == .bitand || op == .bitor || op == .bitxor {
            guard a.isInteger && b.isInteger else {
                throw PyException.typeError("ufunc 'bitwise_\(op == .bitand ? "and" : op == .bitor ? "or" : "xor")' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''")
            }
            let both: Kind = a.kind == .bool && b.kind == .bool ? .bool : .int64
            return .native(try NDArrayObject.broadcast(a, b, kind: both) { x, y in
                let (p, q) = (Int64(x), Int64(y))
                return Double(op == .bitand ? p & q : op == .bitor ? p | q : p ^ q)
            })
        }
        let integer: Kind = a.isInteger && b.isInteger ? .int64 : .float64
        let flags = IntegerFlags()
        if integer == .int64, let operation = NDArrayObject.integerOperation(op, flags) {
            if op == .pow, b.values.contains(where: { $0 < 0 }) {
                throw PyException.valueError("Integers to negative integer powers are not allowed.")
            }
            let result = try NDArrayObject.broadcast(a, b, kind: .int64, operation)
            if flags.dividedByZero {
                interpreter.configuration.stderr("RuntimeWarning: divide by zero encountered in \(NDArrayObject.ufuncName(op))\n")
            }
            return .native(result)
        }
        let combine: (Double, Double) -> Double
        switch op {
        case .add: combine = (+)
        case .sub: combine = (-)
        case .mul: combine = (*)
        case .truediv: return .native(try NDArrayObject.broadcast(a, b, kind: .float64, (/)))
        case .floordiv: combine = { ($0 / $1).rounded(.down) }
        case .pow: combine = { Foundation.pow($0, $1) }
        default: return nil
        }
        return .native(try NDArrayObject.broadcast(a, b, kind: integer, combine))
    }

    func unaryOp(_ op: UnaryOp, _ interpreter: Interpreter) throws -> Value? {
        if op == .invert {
            switch kind {
            case .bool: return .native(NDArrayObject(values.map { $0 != 0 ? 0 : 1 }, shape: shape, kind: .bool))
            case .int64: return .native(NDArrayObject(values.map { -$0 - 1 }, shape: shape, kind: .int64))
            case .float64, .float32: throw PyException.typeError("ufunc 'invert' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''")
            }
        }
        guard op == .neg else { return op == .pos ? .native(self) : nil }
        return .native(NDArrayObject(values.map { -$0 }, shape: shape, kind: kind))
    }

    func compare(_ op: CompareOp, _ other: Value, _ interpreter: Interpreter) throws -> Value? {
        guard let rhs = NDArrayObject.coerce(other) else { return nil }
        let test: (Double, Double) -> Bool
        switch op {
        case .lt: test = (<)
        case .le: test = (<=)
        case .eq: test = (==)
        case .ne: test = (!=)
        case .gt: test = (>)
        case .ge: test = (>=)
        }
        return .native(try NDArrayObject.broadcast(self, rhs, kind: .bool) { test($0, $1) ? 1 : 0 })
    }

    /// A Python number or a sequence as an array operand.
    static func coerce(_ v: Value) -> NDArrayObject? {
        if case .native(let a as NDArrayObject) = v { return a }
        return try? NumPyModule.array(from: v)
    }

    /// `combine` applied elementwise under NumPy's broadcasting rules.
    static func broadcast(_ a: NDArrayObject, _ b: NDArrayObject, kind: Kind, _ combine: (Double, Double) -> Double) throws -> NDArrayObject {
        let rank = max(a.shape.count, b.shape.count)
        let sa = Array(repeating: 1, count: rank - a.shape.count) + a.shape
        let sb = Array(repeating: 1, count: rank - b.shape.count) + b.shape
        var shape: [Int] = []
        for (x, y) in zip(sa, sb) {
            guard x == y || x == 1 || y == 1 else {
                let describe = { (s: [Int]) in "(" + s.map(String.init).joined(separator: ",") + (s.count == 1 ? ",)" : ")") }
                throw PyException.valueError("operands could not be broadcast together with shapes \(describe(a.shape)) \(describe(b.shape)) ")
            }
            shape.append(x == 1 ? y : x)
        }
        func strides(_ s: [Int]) -> [Int] {
            var result = [Int](repeating: 0, count: rank), step = 1
            for axis in stride(from: rank - 1, through: 0, by: -1) {
                result[axis] = s[axis] == 1 ? 0 : step
                step *= s[axis]
            }
            return result
        }
        let stA = strides(sa), stB = strides(sb), count = shape.reduce(1, *)
        var out = [Double](repeating: 0, count: count), index = [Int](repeating: 0, count: rank)
        for flat in 0..<count {
            var ia = 0, ib = 0
            for axis in 0..<rank { ia += index[axis] * stA[axis]; ib += index[axis] * stB[axis] }
            out[flat] = combine(a.values[ia], b.values[ib])
            var axis = rank - 1
            while axis >= 0 {
                index[axis] += 1
                if index[axis] < shape[axis] { break }
                index[axis] = 0
                axis -= 1
            }
        }
        return NDArrayObject(out, shape: shape, kind: kind)
    }
}

/// `array.dtype`, printing as `dtype('float64')` and `float64`.
final class NumPyDType: NativeObject {
    static let cls = NativeClass("dtype", module: "numpy")
    let name: String
    init(name: String) { self.name = name }
    var pyClass: PyType { NumPyDType.cls.type }
    func repr(_ interpreter: Interpreter) throws -> String { "dtype('\(name)')" }
    func str(_ interpreter: Interpreter) throws -> String { name }
    func compare(_ op: CompareOp, _ other: Value, _ interpreter: Interpreter) throws -> Value? {
        let otherName: String
        switch other {
        case .str(let s): otherName = s
        case .native(let d as NumPyDType): otherName = d.name
        default: return nil
        }
        guard op == .eq || op == .ne else { return nil }
        return .bool((otherName == name) == (op == .eq))
    }
}
