import LabScript
import LabTensor

/// Norms, floor division and remainders, as `torch.<name>` and `Tensor.<name>`, and the
/// `torch.linalg` norms.
extension TensorOperation {
    static let normsAndDivision: [TensorOperation] = [
        TensorOperation("norm", params: ["p='fro'", "dim=None", "keepdim=False", "dtype=None"]) { x, a in
            .tensor(try x.vectorNorm(try order(a["p"], fro: 2), dims: try dims(a["dim"]), keepDim: try a.bool("keepdim")))
        },
        TensorOperation("remainder", params: ["other"]) { x, a in .tensor(try Tensor.remainder(x, try other(a, x))) },
        TensorOperation("fmod", params: ["other"]) { x, a in .tensor(try Tensor.fmod(x, try other(a, x))) },
        TensorOperation("floor_divide", params: ["other"]) { x, a in .tensor(try Tensor.floorDivide(x, try other(a, x))) },
    ]

    /// `torch.linalg`: `vector_norm`, and `norm` for the vector norms and the Frobenius norm.
    static let linalg: [Function] = [
        Function("vector_norm", params: ["x", "ord=2", "dim=None", "keepdim=False", "*", "dtype=None"]) { a in
            let x = try a.native("x", as: TensorObject.self).tensor
            return .tensor(try torchCall { try x.vectorNorm(try order(a["ord"], fro: nil), dims: try dims(a["dim"]), keepDim: try a.bool("keepdim")) })
        },
        Function("norm", params: ["A", "ord=None", "dim=None", "keepdim=False", "*", "dtype=None"]) { a in
            let x = try a.native("A", as: TensorObject.self).tensor
            let dims = try dims(a["dim"])
            let matrix = (dims?.count ?? x.rank) == 2
            let p: Double
            switch a["ord"] {
            case .none: p = 2
            case .str("fro") where matrix: p = 2
            case let ord where !matrix: p = try order(ord, fro: nil)
            default:
                throw PyException(.notImplementedError, "torch.linalg.norm with ord=\(try Convert.text(a["ord"], a.interpreter)) over two dims (a matrix norm) is not supported; use 'fro' or torch.linalg.vector_norm")
            }
            return .tensor(try torchCall { try x.vectorNorm(p, dims: dims, keepDim: try a.bool("keepdim")) })
        },
    ]

    /// A norm order: a number (`float('inf')` included), or `'fro'` where `fro` gives its value.
    private static func order(_ v: Value, fro: Double?) throws -> Double {
        if let p = v.number { return p }
        if case .str(let name) = v {
            if name == "fro", let fro { return fro }
            throw PyException(.notImplementedError, "the '\(name)' norm is not supported; labrun computes vector norms and 'fro'")
        }
        throw PyException.typeError("norm order must be a number, not \(v.typeName)")
    }

    /// `dim=`: None, an int, or a tuple or list of ints.
    private static func dims(_ v: Value) throws -> [Int]? {
        if v.isNone { return nil }
        if let sequence = Convert.sequence(v) { return try sequence.map { try Convert.int($0, "dim") } }
        return [try Convert.int(v, "dim")]
    }

    /// The second operand: a tensor, or a Python number made a 0-d tensor.
    private static func other(_ a: Args, _ x: Tensor) throws -> Tensor {
        guard let other = try TensorObject.operand(a["other"], like: x) else {
            throw PyException.typeError("other must be a Tensor or a number, not \(a["other"].typeName)")
        }
        return other
    }
}
