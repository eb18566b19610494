import LabScript
import LabTensor

/// `scatter`, `scatter_add` and `index_add`, as functions, methods and in-place methods (`scatter_`,
/// `scatter_add_`, `index_add_`), over the engine's ``Tensor/scatter(dim:index:source:)`` family.
/// Integer and bool tensors keep their dtype.
extension TensorOperation {
    static let scattering: [TensorOperation] = [
        TensorOperation("scatter", params: ["dim", "index", "src=None", "*", "value=None", "reduce=None"]) { x, a in .tensor(try scatter(x, a)) },
        TensorOperation("scatter_add", params: ["dim", "index", "src"]) { x, a in .tensor(try scatterAdd(x, a)) },
        TensorOperation("index_add", params: ["dim", "index", "source", "*", "alpha=1"]) { x, a in .tensor(try indexAdd(x, a)) },
    ]

    static func scatter(_ x: Tensor, _ a: Args) throws -> Tensor {
        guard a.optional("reduce") == nil else {
            throw PyException(.notImplementedError, "scatter(reduce=...) is not supported; use scatter_add or index_add")
        }
        let dim = try a.int("dim"), index = try a.native("index", as: TensorObject.self).tensor
        let given = a.optional("src") ?? a.optional("value")
        switch given {
        case .native(let box as TensorObject)?:
            try sameDtype(x, box.tensor, "scatter(): Expected self.dtype to be equal to src.dtype")
            return try x.floatingPoint().scatter(dim: dim, index: index, source: box.tensor.floatingPoint()).converted(to: x.dtype)
        case let number? where number.number != nil:
            return try x.floatingPoint().scatter(dim: dim, index: index, value: Float(number.number!)).converted(to: x.dtype)
        default:
            throw PyException.typeError("scatter() needs src (a Tensor) or value (a number), not \(given?.typeName ?? "neither")")
        }
    }

    static func scatterAdd(_ x: Tensor, _ a: Args) throws -> Tensor {
        let source = try a.native("src", as: TensorObject.self).tensor
        try sameDtype(x, source, "scatter(): Expected self.dtype to be equal to src.dtype")
        return try x.floatingPoint().scatterAdd(dim: try a.int("dim"), index: try a.native("index", as: TensorObject.self).tensor, source: source.floatingPoint())
            .converted(to: x.dtype)
    }

    static func indexAdd(_ x: Tensor, _ a: Args) throws -> Tensor {
        let source = try a.native("source", as: TensorObject.self).tensor
        try sameDtype(x, source, "index_add_(): self (\(x.dtype.scalarName)) and source (\(source.dtype.scalarName)) must have the same scalar type")
        let index = try a.native("index", as: TensorObject.self).tensor
        guard index.dtype == .int64 || index.dtype == .int32 else {
            throw PyException.runtimeError("index_add_(): Expected dtype int32/int64 for index but got: \(DTypeObject.of(index.dtype).name)")
        }
        return try x.floatingPoint().indexAdd(dim: try a.int("dim"), index: index, source: source.floatingPoint(), alpha: Float(try a.double("alpha")))
            .converted(to: x.dtype)
    }

    private static func sameDtype(_ x: Tensor, _ other: Tensor, _ message: String) throws {
        guard x.dtype == other.dtype else { throw PyException.runtimeError(message) }
    }
}

extension TensorObject {
    /// The in-place forms, which replace the receiver's tensor.
    static let scatterInPlaceMethods: [Function] = [
        inPlace("scatter_", ["dim", "index", "src=None", "*", "value=None", "reduce=None"], TensorOperation.scatter),
        inPlace("scatter_add_", ["dim", "index", "src"], TensorOperation.scatterAdd),
        inPlace("index_add_", ["dim", "index", "source", "*", "alpha=1"], TensorOperation.indexAdd),
    ]
}
