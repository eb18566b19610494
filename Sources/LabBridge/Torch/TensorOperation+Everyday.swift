import LabScript
import LabTensor

/// Smaller everyday operations, as `torch.<name>` and `Tensor.<name>`: signs and logs, one-sided
/// clamps, flips, unbinding, selection by index, truth reductions and closeness.
extension TensorOperation {
    static let everyday: [TensorOperation] = [
        TensorOperation("rsqrt") { x, _ in .tensor(x.floatingPoint().rsqrt()) },
        TensorOperation("log1p") { x, _ in .tensor(x.floatingPoint().log1p()) },
        TensorOperation("sign") { x, _ in .tensor(x.sign()) },
        TensorOperation("clamp_min", params: ["min"]) { x, a in
            .tensor(x.floatingPoint().clamp(min: Float(try a.double("min"))).recordedAs("ClampMinBackward0"))
        },
        TensorOperation("clamp_max", params: ["max"]) { x, a in
            .tensor(x.floatingPoint().clamp(max: Float(try a.double("max"))).recordedAs("ClampMaxBackward0"))
        },
        TensorOperation("logsumexp", params: ["dim", "keepdim=False"]) { x, a in
            .tensor(try x.floatingPoint().logsumexp(dim: try oneDim(a["dim"], "logsumexp"), keepDim: try a.bool("keepdim")))
        },
        TensorOperation("flip", params: ["dims"]) { x, a in
            .tensor(try Convert.ints([a["dims"]], "flip(): dims").reduce(x) { try $0.flip($1) })
        },
        TensorOperation("unbind", params: ["dim=0"]) { x, a in
            let dim = try Tensor.normalizeDim(try a.int("dim"), rank: x.rank, "unbind")
            return .tuple(try (0..<x.shape[dim]).map { .tensor(try x.select(dim: dim, index: $0)) })
        },
        TensorOperation("index_select", params: ["dim", "index"]) { x, a in
            let index = try a.native("index", as: TensorObject.self).tensor, dim = try a.int("dim")
            return .tensor(try TensorObject.gathered(x) { try $0.indexSelect(dim: dim, index: index) })
        },
        TensorOperation("repeat_interleave", params: ["repeats", "dim=None", "*", "output_size=None"]) { x, a in
            // Each element (or slice along dim) `repeats` times in a row: an index_select, as in PyTorch.
            let repeats = try a.int("repeats")
            guard repeats >= 0 else { throw PyException.runtimeError("repeats can not be negative") }
            let source = a.optional("dim") == nil ? try x.reshape([-1]) : x
            let dim = try Tensor.normalizeDim(a.optional("dim") == nil ? 0 : try a.int("dim"), rank: source.rank, "repeat_interleave")
            let index = try Tensor(indices: (0..<source.shape[dim]).flatMap { Array(repeating: $0, count: repeats) })
            return .tensor(try TensorObject.gathered(source) { try $0.indexSelect(dim: dim, index: index) })
        },
        TensorOperation("any", params: ["dim=None", "keepdim=False"]) { x, a in try truth(x, a, every: false) },
        TensorOperation("all", params: ["dim=None", "keepdim=False"]) { x, a in try truth(x, a, every: true) },
        TensorOperation("isclose", params: ["other", "rtol=1e-05", "atol=1e-08", "equal_nan=False"]) { x, a in
            .tensor(try x.isClose(try a.native("other", as: TensorObject.self).tensor, rtol: try a.double("rtol"),
                                  atol: try a.double("atol"), equalNaN: try a.bool("equal_nan")))
        },
        TensorOperation("outer", params: ["vec2"]) { x, a in
            .tensor(try x.unsqueeze(1) * a.native("vec2", as: TensorObject.self).tensor.unsqueeze(0))
        },
    ]

    /// `any()`/`all()`: a bool tensor, over every element or along one dim.
    private static func truth(_ x: Tensor, _ a: Args, every: Bool) throws -> Value {
        guard let dimValue = a.optional("dim") else { return .tensor(try Tensor(bools: [every ? x.all() : x.any()], shape: [])) }
        let dim = try Tensor.normalizeDim(try oneDim(dimValue, every ? "all" : "any"), rank: x.rank, every ? "all" : "any")
        let counts = try x.compare(.notEqual, 0).converted(to: .int64).sum(dims: [dim], keepDim: try a.bool("keepdim"))
        return .tensor(every ? counts.compare(.equal, Double(x.shape[dim])) : counts.compare(.greater, 0))
    }

    /// A `dim=` that must name one dim (a tuple of several is refused by name).
    private static func oneDim(_ v: Value, _ op: String) throws -> Int {
        let dims = try Convert.ints([v], "dim")
        guard dims.count == 1 else { throw PyException(.notImplementedError, "\(op) over several dims is not supported; reduce one dim at a time") }
        return dims[0]
    }
}
