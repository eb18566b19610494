import LabScript
import LabTensor

extension TensorOperation {
    /// Operations a lab's own model needs besides ``shared``: sorting and selection, masks, tiling,
    /// batched products and checks.
    static let selection: [TensorOperation] = [
        TensorOperation("sort", params: ["dim=-1", "descending=False", "stable=False"]) { x, a in
            let (values, indices) = try x.sort(dim: try a.int("dim"), descending: try a.bool("descending"))
            return .native(ReturnTypesObject("sort", values: values, indices: indices))
        },
        TensorOperation("argsort", params: ["dim=-1", "descending=False", "stable=False"]) { x, a in
            .tensor(try x.argsort(dim: try a.int("dim"), descending: try a.bool("descending")))
        },
        TensorOperation("topk", params: ["k", "dim=-1", "largest=True", "sorted=True"]) { x, a in
            let (values, indices) = try x.topk(try a.int("k"), dim: try a.int("dim"), largest: try a.bool("largest"))
            return .native(ReturnTypesObject("topk", values: values, indices: indices))
        },
        TensorOperation("cumsum", params: ["dim", "*", "dtype=None"]) { x, a in .tensor(try x.cumsum(dim: try a.int("dim"))) },
        TensorOperation("gather", params: ["dim", "index", "*", "sparse_grad=False"]) { x, a in
            let gathered = try x.gather(dim: try a.int("dim"), index: try a.native("index", as: TensorObject.self).tensor)
            return .tensor(x.dtype == .float32 ? gathered : gathered.converted(to: x.dtype))
        },
        TensorOperation("masked_fill", params: ["mask", "value"]) { x, a in
            let mask = try a.native("mask", as: TensorObject.self).tensor
            guard mask.dtype == .bool else { throw PyException.runtimeError("masked_fill_ only supports boolean masks, but got mask with dtype \(DTypeObject.of(mask.dtype).name)") }
            let filled = try x.maskedFill(mask, Float(try a.double("value")))
            return .tensor(x.dtype == .float32 ? filled : filled.converted(to: x.dtype))
        },
        TensorOperation("tril", params: ["diagonal=0"]) { x, a in .tensor(try x.tril(diagonal: try a.int("diagonal"))) },
        TensorOperation("triu", params: ["diagonal=0"]) { x, a in .tensor(try x.triu(diagonal: try a.int("diagonal"))) },
        TensorOperation("bmm", params: ["mat2"]) { x, a in .tensor(try x.bmm(try a.native("mat2", as: TensorObject.self).tensor).recordedAs("BmmBackward0")) },
        TensorOperation("isnan") { x, _ in .tensor(try x.isNaN()) },
        TensorOperation("isinf") { x, _ in .tensor(try x.isInfinite()) },
        TensorOperation("var", params: ["dim=None", "keepdim=False", "*", "correction=1", "unbiased=None"]) { x, a in
            let dims = try a.optional("dim").map { try Convert.ints([$0], "dim") }
            let correction = try a.int("correction")
            let unbiased = a.optional("unbiased").map { $0.isTruthyBool } ?? (correction != 0)
            return .tensor(try x.variance(dims: dims, unbiased: unbiased, keepDim: try a.bool("keepdim")))
        },
        TensorOperation("chunk", params: ["chunks", "dim=0"]) { x, a in
            let dim = try Tensor.normalizeDim(try a.int("dim"), rank: x.rank, "chunk"), chunks = try a.int("chunks")
            guard chunks > 0 else { throw PyException.runtimeError("chunk expects `chunks` to be greater than 0, got: \(chunks)") }
            let size = (x.shape[dim] + chunks - 1) / chunks
            return try pieces(x, dim: dim, sizes: size == 0 ? [] : stride(from: 0, to: x.shape[dim], by: size).map { min(size, x.shape[dim] - $0) })
        },
        TensorOperation("split", params: ["split_size_or_sections", "dim=0"]) { x, a in
            let dim = try Tensor.normalizeDim(try a.int("dim"), rank: x.rank, "split")
            if let size = a["split_size_or_sections"].integer {
                guard size > 0 else { throw PyException.runtimeError("split expects split_size be non-negative, but got split_size=\(size)") }
                return try pieces(x, dim: dim, sizes: stride(from: 0, to: x.shape[dim], by: size).map { min(size, x.shape[dim] - $0) })
            }
            let sizes = try Convert.ints([a["split_size_or_sections"]], "split_size_or_sections")
            guard sizes.reduce(0, +) == x.shape[dim] else {
                throw PyException.runtimeError("split_with_sizes expects split_sizes to sum exactly to \(x.shape[dim]) (input tensor's size at dimension \(dim)), but got split_sizes=\(sizes)")
            }
            return try pieces(x, dim: dim, sizes: sizes)
        },
    ]

    /// Consecutive slices of `sizes` along `dim`, as a tuple of tensors.
    private static func pieces(_ x: Tensor, dim: Int, sizes: [Int]) throws -> Value {
        var start = 0
        return .tuple(try sizes.map { size in
            defer { start += size }
            return .tensor(try x.narrow(dim: dim, start: start, length: size))
        })
    }
}

extension Value {
    /// Python truthiness of a plain bool/int argument.
    fileprivate var isTruthyBool: Bool { (number ?? 0) != 0 }
}
