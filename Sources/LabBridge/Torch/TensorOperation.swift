import LabScript
import LabTensor

/// An operation available both as `torch.name(input, ...)` and as the method `tensor.name(...)`,
/// declared once with the parameters that follow the input.
struct TensorOperation {
    let name: String
    let params: [String]
    let body: (Tensor, Args) throws -> Value

    init(_ name: String, params: [String] = [], _ body: @escaping (Tensor, Args) throws -> Value) {
        self.name = name
        self.params = params
        self.body = body
    }

    /// `x.name(...)`.
    var method: Function {
        Function(name, params: params) { [body] args in try torchCall { try body(args.receiver(as: TensorObject.self).tensor, args) } }
    }

    /// `torch.name(input, ...)`.
    var function: Function {
        Function(name, params: ["input"] + params) { [body] args in
            try torchCall { try body(args.native("input", as: TensorObject.self).tensor, args) }
        }
    }
}

extension Value {
    /// A tensor result wrapped for scripts.
    static func tensor(_ t: Tensor) -> Value { .native(TensorObject(t)) }
}

extension TensorOperation {
    /// The operations shared by `torch` and `Tensor` (elementwise maths, reductions, shape changes).
    static let shared: [TensorOperation] = [
        TensorOperation("softmax", params: ["dim"]) { x, a in .tensor(try x.floatingPoint().softmax(dim: try a.int("dim"))) },
        TensorOperation("log_softmax", params: ["dim"]) { x, a in .tensor(try x.floatingPoint().logSoftmax(dim: try a.int("dim"))) },
        TensorOperation("exp") { x, _ in .tensor(x.floatingPoint().exp()) },
        TensorOperation("log") { x, _ in .tensor(x.floatingPoint().log()) },
        TensorOperation("sqrt") { x, _ in .tensor(x.floatingPoint().sqrt()) },
        TensorOperation("round") { x, _ in .tensor(x.rounded(.toNearestOrEven)) },
        TensorOperation("floor") { x, _ in .tensor(x.rounded(.down)) },
        TensorOperation("ceil") { x, _ in .tensor(x.rounded(.up)) },
        TensorOperation("trunc") { x, _ in .tensor(x.rounded(.towardZero)) },
        TensorOperation("tanh") { x, _ in .tensor(x.floatingPoint().tanh()) },
        TensorOperation("sin") { x, _ in .tensor(x.floatingPoint().sin()) },
        TensorOperation("cos") { x, _ in .tensor(x.floatingPoint().cos()) },
        TensorOperation("sigmoid") { x, _ in .tensor(x.floatingPoint().sigmoid()) },
        TensorOperation("relu") { x, _ in .tensor(x.floatingPoint().relu()) },
        TensorOperation("abs") { x, _ in .tensor(x.dtype.isFloatingPoint ? x.abs() : try Tensor.maximum(x, -x.floatingPoint()).converted(to: x.dtype)) },
        TensorOperation("clamp", params: ["min=None", "max=None"]) { x, a in
            let bounds = [a.optional("min"), a.optional("max")]
            if x.dtype.isIntegral, bounds.allSatisfy({ $0 == nil || $0?.integer != nil }) {
                return .tensor(x.clampedIntegers(min: bounds[0]?.integer.map(Int64.init), max: bounds[1]?.integer.map(Int64.init)))
            }
            return .tensor(x.floatingPoint().clamp(min: a.optional("min")?.number.map(Float.init), max: a.optional("max")?.number.map(Float.init)))
        },
        TensorOperation("pow", params: ["exponent"]) { x, a in
            guard let e = try TensorObject.operand(a["exponent"], like: x) else { throw PyException.typeError("pow(): exponent must be a number or a tensor") }
            return .tensor(try TensorObject.power(x, e))
        },
        TensorOperation("matmul", params: ["other"]) { x, a in .tensor(try x.matmul(try a.native("other", as: TensorObject.self).tensor)) },
        TensorOperation("sum", params: ["dim=None", "keepdim=False"]) { x, a in
            .tensor(try x.sum(dims: try reductionDims(a), keepDim: try a.bool("keepdim")))
        },
        TensorOperation("mean", params: ["dim=None", "keepdim=False"]) { x, a in
            guard x.dtype.isFloatingPoint else {
                throw PyException.runtimeError("mean(): could not infer output dtype. Input dtype must be either a floating point or complex dtype. Got: \(x.dtype.scalarName)")
            }
            return .tensor(try x.mean(dims: try reductionDims(a), keepDim: try a.bool("keepdim")))
        },
        TensorOperation("std", params: ["dim=None", "keepdim=False", "*", "correction=1"]) { x, a in
            .tensor(try x.standardDeviation(dims: try reductionDims(a), unbiased: try a.int("correction") != 0, keepDim: try a.bool("keepdim")))
        },
        TensorOperation("max", params: ["dim=None", "keepdim=False"]) { x, a in try extremum(x, a, largest: true) },
        TensorOperation("min", params: ["dim=None", "keepdim=False"]) { x, a in try extremum(x, a, largest: false) },
        TensorOperation("argmax", params: ["dim=None", "keepdim=False"]) { x, a in
            .tensor(try x.argmax(dim: a.optional("dim").map { try Convert.int($0, "dim") }, keepDim: try a.bool("keepdim")))
        },
        TensorOperation("argmin", params: ["dim=None", "keepdim=False"]) { x, a in
            .tensor(try (-x.floatingPoint()).argmax(dim: a.optional("dim").map { try Convert.int($0, "dim") }, keepDim: try a.bool("keepdim")))
        },
        TensorOperation("squeeze", params: ["dim=None"]) { x, a in .tensor(try x.squeeze(a.optional("dim").map { try Convert.int($0, "dim") })) },
        TensorOperation("unsqueeze", params: ["dim"]) { x, a in .tensor(try x.unsqueeze(try a.int("dim"))) },
        TensorOperation("flatten", params: ["start_dim=0", "end_dim=-1"]) { x, a in .tensor(try flatten(x, try a.int("start_dim"), try a.int("end_dim"))) },
        TensorOperation("equal", params: ["other"]) { x, a in
            let y = try a.native("other", as: TensorObject.self).tensor
            guard x.shape == y.shape else { return .bool(false) }
            return .bool(try x.compare(.equal, y).all())
        },
        TensorOperation("t") { x, _ in
            guard x.rank <= 2 else { throw PyException.runtimeError("t() expects a tensor with <= 2 dimensions, but self is \(x.rank)D") }
            return .tensor(x.rank < 2 ? x : try x.transposed(0, 1))
        },
        TensorOperation("transpose", params: ["dim0", "dim1"]) { x, a in .tensor(try x.transposed(try a.int("dim0"), try a.int("dim1"))) },
        TensorOperation("numel") { x, _ in .int(x.scalarCount) },
    ]

    /// `dim=` of a reduction: None (all dims), an int, or a tuple of ints.
    private static func reductionDims(_ a: Args) throws -> [Int]? {
        guard let dim = a.optional("dim") else { return nil }
        return try Convert.ints([dim], "dim")
    }

    /// `max()`/`min()`: the extreme element, or the named `(values, indices)` along `dim`, in the input's dtype.
    private static func extremum(_ x: Tensor, _ a: Args, largest: Bool) throws -> Value {
        // torch.max(a, b) of two tensors is torch.maximum.
        if case .native(let other as TensorObject)? = a.optional("dim") {
            return .tensor(largest ? try Tensor.maximum(x, other.tensor) : try Tensor.minimum(x, other.tensor))
        }
        let signed = largest ? x.floatingPoint() : -x.floatingPoint()
        func restore(_ t: Tensor) -> Tensor { (largest ? t : -t).converted(to: x.dtype) }
        guard let dimValue = a.optional("dim") else { return .tensor(restore(try signed.max())) }
        let (values, indices) = try signed.max(dim: try Convert.int(dimValue, "dim"), keepDim: try a.bool("keepdim"))
        return .native(ReturnTypesObject(largest ? "max" : "min", values: largest ? restore(values) : restore(values).recordedAs("MinBackward0"), indices: indices))
    }

    /// Merges dims `start...end` into one.
    private static func flatten(_ x: Tensor, _ start: Int, _ end: Int) throws -> Tensor {
        guard x.rank > 0 else { return try x.reshape([1]) }
        let s = try Tensor.normalizeDim(start, rank: x.rank, "flatten"), e = try Tensor.normalizeDim(end, rank: x.rank, "flatten")
        guard s <= e else { throw PyException.runtimeError("flatten() has invalid args: start_dim cannot come after end_dim") }
        let merged = x.shape[s...e].reduce(1, *)
        return try x.reshape(Array(x.shape[..<s]) + [merged] + Array(x.shape[(e + 1)...]))
    }
}
