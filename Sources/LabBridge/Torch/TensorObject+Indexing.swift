import LabScript
import LabTensor

/// `x[...]` and `x[...] = v` with PyTorch's basic indexing: ints, slices (positive steps), `None`,
/// `...`, integer index lists/tensors along one dim, and a bool mask over the whole tensor.
extension TensorObject {
    func getItem(_ index: Value, _ interpreter: Interpreter) throws -> Value? {
        .native(TensorObject(try TensorObject.index(tensor, index)))
    }

    /// Assignment writes through the positions the same index selects: it indexes a tensor of flat
    /// positions, then stores the (broadcast) value at those positions.
    func setItem(_ index: Value, _ value: Value, _ interpreter: Interpreter) throws -> Bool {
        if tensor.requiresGrad && tensor.isLeaf && GradMode.isEnabled {
            throw PyException.runtimeError("a leaf Variable that requires grad is being used in an in-place operation.")
        }
        guard let source = try TensorObject.operand(value, like: tensor) else { return false }
        try torchCall {
            let positions = try Tensor(indices: Array(0..<tensor.scalarCount), shape: tensor.shape)
            let selected = try TensorObject.index(positions, index)
            let values = try source.detached().converted(to: tensor.dtype).expand(selected.shape)
            let targets = selected.toInt64Array()
            switch tensor.dtype {
            case .float32, .float16, .bfloat16:
                var flat = tensor.toFloatArray()
                for (p, v) in zip(targets, values.toFloatArray()) { flat[Int(p)] = v }
                tensor = try Tensor(flat, shape: tensor.shape).converted(to: tensor.dtype)
            case .bool:
                var flat = tensor.toBoolArray()
                for (p, v) in zip(targets, values.toBoolArray()) { flat[Int(p)] = v }
                tensor = try Tensor(bools: flat, shape: tensor.shape)
            case .int64, .int32, .uint8:
                var flat = tensor.toInt64Array()
                for (p, v) in zip(targets, values.toInt64Array()) { flat[Int(p)] = v }
                tensor = try Tensor(int64: flat, shape: tensor.shape).converted(to: tensor.dtype)
            }
        }
        version += 1
        return true
    }

    /// The tensor `x[index]` selects (a view where PyTorch gives one).
    static func index(_ x: Tensor, _ index: Value) throws -> Tensor {
        let items: [Value]
        if case .tuple(let parts) = index { items = parts } else { items = [index] }
        if items.count == 1, case .native(let mask as TensorObject) = items[0], mask.tensor.dtype == .bool {
            return try maskedSelect(x, mask.tensor)
        }
        let consumed = items.filter { !$0.isNone && !$0.isEllipsis }.count
        guard consumed <= x.rank else {
            throw PyException.indexError("too many indices for tensor of dimension \(x.rank)")
        }
        let lists = items.filter(isIndexList).count
        if lists >= 2 {
            guard lists == items.count else {
                throw PyException(.notImplementedError, "indexing with several index tensors mixed with slices, ints, None or ... is not supported by labrun; index the dims in separate steps")
            }
            return try pointwise(x, items)
        }
        var out = x, dim = 0
        for item in items {
            switch item {
            case .none:
                out = try torchCall { try out.unsqueeze(dim) }
                dim += 1
            case _ where item.isEllipsis:
                dim += x.rank - consumed
            case .object(let s as PySlice):
                let (start, count, step) = try Convert.slice(s, length: out.shape[dim])
                guard step > 0 else { throw PyException.valueError("step must be greater than zero") }
                out = try torchCall { try out.slice(dim: dim, start: start, end: count == 0 ? start : start + (count - 1) * step + 1, step: step) }
                dim += 1
            case .int, .bool:
                var i = item.integer!
                let size = out.shape[dim]
                guard i >= -size && i < size else {
                    throw PyException.indexError("index \(i) is out of bounds for dimension \(dim) with size \(size)")
                }
                if i < 0 { i += size }
                out = try torchCall { try out.select(dim: dim, index: i) }
            default:
                let positions = try indexPositions(item, dim: dim, of: out.shape)
                guard positions.rank == 1 else { throw PyException.indexError("only 1-D index lists and tensors are supported") }
                out = try gathered(out) { [dim] in try $0.indexSelect(dim: dim, index: positions) }
                dim += 1
            }
        }
        return out
    }

    /// Whether an index item is a list or tensor of positions (or a mask), not a slice, int, None or `...`.
    private static func isIndexList(_ item: Value) -> Bool {
        switch item {
        case .none, .int, .bool, .object(is PySlice): return false
        default: return !item.isEllipsis
        }
    }

    /// The positions an index list or tensor picks along `dim`: its ints, or where a 1-D bool mask
    /// of the dim's size is true.
    private static func indexPositions(_ item: Value, dim: Int, of shape: [Int]) throws -> Tensor {
        guard case .native(let box as TensorObject) = item, box.tensor.dtype == .bool else { return try make(from: item, dtype: .int64) }
        guard box.tensor.shape == [shape[dim]] else { throw maskMismatch(box.tensor.shape, shape, dim: dim) }
        let picks = box.tensor.toBoolArray().enumerated().filter(\.element).map(\.offset)
        return try Tensor(indices: picks, shape: [picks.count])
    }

    /// `x[i, j, ...]` with an index list or tensor for each leading dim: the indices broadcast
    /// together (NumPy's advanced indexing), and element `p` of the result is
    /// `x[i[p], j[p], ...]`, followed by the dims not indexed. Shape: broadcast(i, j, ...) + x.shape[k...].
    private static func pointwise(_ x: Tensor, _ items: [Value]) throws -> Tensor {
        let lists = try items.enumerated().map { try indexPositions($1, dim: $0, of: x.shape) }
        guard let shape = try? lists.dropFirst().reduce(lists[0].shape, { try Tensor.broadcastShape($0, $1.shape) }) else {
            throw PyException.indexError("shape mismatch: indexing tensors could not be broadcast together with shapes " + lists.map { "\($0.shape)" }.joined(separator: ", "))
        }
        let leading = Array(x.shape.prefix(lists.count)), rest = Array(x.shape.dropFirst(lists.count))
        var flat = [Int](repeating: 0, count: shape.reduce(1, *))
        for (dim, list) in lists.enumerated() {
            let size = leading[dim]
            let values = try torchCall { try list.expand(shape).toInt64Array() }
            for (p, v) in values.enumerated() {
                guard v >= -Int64(size), v < Int64(size) else {
                    throw PyException.indexError("index \(v) is out of bounds for dimension \(dim) with size \(size)")
                }
                flat[p] = flat[p] * size + Int(v < 0 ? v + Int64(size) : v)
            }
        }
        let rows = try Tensor(indices: flat, shape: [flat.count])
        return try gathered(x) { try $0.reshape([leading.reduce(1, *)] + rest).indexSelect(dim: 0, index: rows).reshape(shape + rest) }
    }

    /// `x[mask]`: where `mask` (shaped like x's leading dims) is true, the elements (or the rows of
    /// the dims after the mask's). Shape: [count] + x.shape[mask.rank...].
    private static func maskedSelect(_ x: Tensor, _ mask: Tensor) throws -> Tensor {
        guard mask.rank <= x.rank, Array(x.shape.prefix(mask.rank)) == mask.shape else {
            let dim = zip(mask.shape, x.shape).enumerated().first { $1.0 != $1.1 }?.offset ?? min(mask.rank, x.rank)
            throw maskMismatch(mask.shape, x.shape, dim: dim)
        }
        let picks = mask.toBoolArray().enumerated().filter(\.element).map(\.offset)
        let index = try Tensor(indices: picks, shape: [picks.count])
        let rest = Array(x.shape.dropFirst(mask.rank))
        return try gathered(x) { try $0.reshape([mask.scalarCount] + rest).indexSelect(dim: 0, index: index) }
    }

    private static func maskMismatch(_ mask: [Int], _ shape: [Int], dim: Int) -> PyException {
        PyException.indexError("The shape of the mask \(mask) at index \(dim) does not match the shape of the indexed tensor \(shape) at index \(dim)")
    }

    /// Applies a gathering op, keeping integer and bool elements exact: the engine gathers float32,
    /// so for other dtypes it gathers element positions and reads the elements at them.
    static func gathered(_ x: Tensor, _ gather: (Tensor) throws -> Tensor) throws -> Tensor {
        try torchCall {
            if x.dtype.isFloatingPoint { return try gather(x) }
            let positions = try gather(Tensor(indices: Array(0..<x.scalarCount), shape: x.shape))
            let elements = x.toInt64Array()
            return try Tensor(int64: positions.toInt64Array().map { elements[Int($0)] }, shape: positions.shape).converted(to: x.dtype)
        }
    }
}
