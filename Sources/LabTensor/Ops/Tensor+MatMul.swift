/// Matrix products on `GEMM.sgemm`: matmul (with broadcast batch dims) and linear (x·Wᵀ + b).
///
/// Transposed operands are read through their strides: a view such as `k.mT()` is passed to sgemm
/// as a transposed matrix, never copied. Broadcast batch dims (stride 0) are not copied either.
extension Tensor {
    /// Matrix product with PyTorch's `matmul` rules: 1-D operands are promoted to a row (left) or a
    /// column (right) and the promoted dim removed from the result; batch dims broadcast.
    ///
    /// Shapes: `[..., m, k] · [..., k, n] → [broadcast(...), m, n]`.
    public func matmul(_ other: Tensor) throws -> Tensor {
        guard rank >= 1, other.rank >= 1 else {
            throw TensorError("matmul", "both arguments to matmul need to be at least 1D, but they are \(rank)D and \(other.rank)D")
        }
        if rank == 1 && other.rank == 1 { return try unsqueeze(0).matmul(other.unsqueeze(1)).reshape([]) }
        if rank == 1 { return try unsqueeze(0).matmul(other).squeeze(-2) }
        if other.rank == 1 { return try matmul(other.unsqueeze(1)).squeeze(-1) }
        let m = shape[rank - 2], k = shape[rank - 1], n = other.shape[other.rank - 1]
        guard other.shape[other.rank - 2] == k else {
            throw TensorError("matmul", "mat1 and mat2 shapes cannot be multiplied (\(m)x\(k) and \(other.shape[other.rank - 2])x\(n))")
        }
        let batch = try Tensor.broadcastShape(Array(shape.dropLast(2)), Array(other.shape.dropLast(2)), "matmul")
        if !dtype.isFloatingPoint || dtype != other.dtype { return try integerMatmul(other, batch: batch, m: m, k: k, n: n) }
        let a = try MatrixOperand(detached().float().expand(batch + [m, k]))
        let b = try MatrixOperand(other.detached().float().expand(batch + [k, n]))
        let batchCount = batch.reduce(1, *)
        let out = Tensor.makeFloat(batch + [m, n], zeroed: k == 0) { c in
            let multiply = { (i: Int) in
                GEMM.sgemm(transA: a.transposed, transB: b.transposed, m: m, n: n, k: k, alpha: 1,
                           a: a.matrix(i, batch), lda: a.leading, b: b.matrix(i, batch), ldb: b.leading,
                           beta: 0, c: c + i * m * n, ldc: n)
            }
            if batchCount > 1 { Parallel.forEach(batchCount, multiply) } else if batchCount == 1 { multiply(0) }
        }
        let x = detached(), y = other.detached()
        return Tensor.record(out, "matmul", [self, other]) { g, needs in
            [needs[0] ? try g.matmul(y.mT()).sumToShape(x.shape) : nil,
             needs[1] ? try x.mT().matmul(g).sumToShape(y.shape) : nil]
        }
    }

    /// PyTorch's `bmm`: `[B, m, k] · [B, k, n] → [B, m, n]`, no broadcasting.
    public func bmm(_ other: Tensor) throws -> Tensor {
        guard rank == 3, other.rank == 3, shape[0] == other.shape[0] else {
            throw TensorError("bmm", "expected two 3-D tensors with the same batch size, got \(shape) and \(other.shape)")
        }
        return try matmul(other)
    }

    /// `self · weightᵀ + bias` with PyTorch's weight layout.
    ///
    /// Shapes: self `[..., in]`, weight `[out, in]`, bias `[out]` → `[..., out]`.
    public func linear(weight: Tensor, bias: Tensor? = nil) throws -> Tensor {
        guard weight.rank == 2, rank >= 1, shape[rank - 1] == weight.shape[1] else {
            throw TensorError("linear", "mat1 and mat2 shapes cannot be multiplied (\(shape.dropLast().reduce(1, *))x\(shape.last ?? 0) and \(weight.shape.last ?? 0)x\(weight.shape.first ?? 0))")
        }
        let (outFeatures, inFeatures) = (weight.shape[0], weight.shape[1])
        if let bias, bias.shape != [outFeatures] {
            throw TensorError("linear", "bias must have shape [\(outFeatures)], got \(bias.shape)")
        }
        let x = detached().denseFloat(), rows = scalarCount / Swift.max(inFeatures, 1)
        let w = try MatrixOperand(weight.detached().float())
        let biasValues = bias?.detached().denseFloat()
        let out = Tensor.makeFloat(Array(shape.dropLast()) + [outFeatures], zeroed: inFeatures == 0) { c in
            if let biasValues {
                for r in 0..<rows { (c + r * outFeatures).update(from: biasValues.floatPointer, count: outFeatures) }
            }
            GEMM.sgemm(transA: false, transB: !w.transposed, m: rows, n: outFeatures, k: inFeatures, alpha: 1,
                       a: x.floatPointer, lda: inFeatures, b: w.base, ldb: w.leading,
                       beta: biasValues == nil ? 0 : 1, c: c, ldc: outFeatures)
        }
        let inputShape = shape
        var inputs = [self, weight]
        if let bias { inputs.append(bias) }
        return Tensor.record(out, "linear", inputs) { g, needs in
            let dg = g.denseFloat()
            return withExtendedLifetime(dg) { () -> [Tensor?] in
                let pg = dg.floatPointer
                let dx = needs[0] ? Tensor.makeFloat(inputShape, zeroed: outFeatures == 0) { d in
                    GEMM.sgemm(transA: false, transB: w.transposed, m: rows, n: inFeatures, k: outFeatures, alpha: 1,
                               a: pg, lda: outFeatures, b: w.base, ldb: w.leading, beta: 0, c: d, ldc: inFeatures)
                } : nil
                let dw = needs[1] ? Tensor.makeFloat([outFeatures, inFeatures], zeroed: rows == 0) { d in
                    GEMM.sgemm(transA: true, transB: false, m: outFeatures, n: inFeatures, k: rows, alpha: 1,
                               a: pg, lda: outFeatures, b: x.floatPointer, ldb: inFeatures, beta: 0, c: d, ldc: inFeatures)
                } : nil
                let db = needs.count > 2 && needs[2] ? Tensor.columnSums(pg, rows: rows, columns: outFeatures) : nil
                return [dx, dw, db]
            }
        }
    }

    /// Sums of each column of a dense `[rows, columns]` matrix, each accumulated in Double in row
    /// order. Columns are split into fixed chunks; each chunk walks the rows in memory order.
    static func columnSums(_ p: UnsafePointer<Float>, rows: Int, columns: Int, divisor: Double = 1) -> Tensor {
        makeFloat([columns], zeroed: false) { out in
            parallelChunks(columns, costPerItem: rows) { r in
                var totals = [Double](repeating: 0, count: r.count)
                for i in 0..<rows {
                    let row = p + i * columns + r.lowerBound
                    for j in 0..<r.count { totals[j] += Double(row[j]) }
                }
                for j in 0..<r.count { out[r.lowerBound + j] = Float(totals[j] / divisor) }
            }
        }
    }
}

/// A float matrix (the last two dims of a tensor, batch dims before) as sgemm reads it: row-major
/// with a leading dimension, or transposed (column-major). Other layouts are copied densely first.
struct MatrixOperand {
    let tensor: Tensor
    let transposed: Bool
    let leading: Int

    init(_ view: Tensor) throws {
        let rows = view.shape[view.rank - 2], cols = view.shape[view.rank - 1]
        let rowStride = view.strides[view.rank - 2], colStride = view.strides[view.rank - 1]
        if colStride == 1 && (rows == 1 || rowStride >= Swift.max(cols, 1)) {
            (tensor, transposed, leading) = (view, false, rows == 1 ? Swift.max(cols, 1) : rowStride)
        } else if rowStride == 1 && (cols == 1 || colStride >= Swift.max(rows, 1)) {
            (tensor, transposed, leading) = (view, true, cols == 1 ? Swift.max(rows, 1) : colStride)
        } else {
            let dense = view.contiguous()
            (tensor, transposed, leading) = (dense, false, Swift.max(cols, 1))
        }
    }

    var base: UnsafePointer<Float> { UnsafePointer(tensor.floatPointer) }

    /// The matrix of batch element `index` (row-major over the batch dims `batch`).
    func matrix(_ index: Int, _ batch: [Int]) -> UnsafePointer<Float> {
        UnsafePointer(tensor.storage.floats + rowStorageOffset(index, outer: batch[...], strides: tensor.strides, base: tensor.offset))
    }
}

extension Tensor {
    /// PyTorch's C type names, as its dtype-mismatch messages print them.
    private static func cTypeName(_ dtype: DType) -> String {
        switch dtype {
        case .float32: return "float"
        case .float16: return "c10::Half"
        case .bfloat16: return "c10::BFloat16"
        case .int64: return "long int"
        case .int32: return "int"
        case .uint8: return "unsigned char"
        case .bool: return "bool"
        }
    }

    /// Matrix products of two integer tensors of one dtype, exact (in int64, wrapping to the dtype
    /// as PyTorch's integer kernels do); mixed dtypes and bools are refused with PyTorch's messages.
    /// Shapes: [batch..., m, k] × [batch..., k, n] → [batch..., m, n]. Records no graph (integer
    /// tensors have no gradient).
    private func integerMatmul(_ other: Tensor, batch: [Int], m: Int, k: Int, n: Int) throws -> Tensor {
        guard dtype == other.dtype, !dtype.isFloatingPoint else {
            throw TensorError("matmul", "expected m1 and m2 to have the same dtype, but got: \(Tensor.cTypeName(dtype)) != \(Tensor.cTypeName(other.dtype))")
        }
        guard dtype != .bool else { throw TensorError("matmul", "\"addmm_impl_cpu_\" not implemented for 'Bool'") }
        let a = try expand(batch + [m, k]).toInt64Array(), b = try other.expand(batch + [k, n]).toInt64Array()
        var c = [Int64](repeating: 0, count: batch.reduce(1, *) * m * n)
        for t in 0..<batch.reduce(1, *) {
            for i in 0..<m {
                for j in 0..<n {
                    var sum: Int64 = 0
                    for p in 0..<k { sum &+= a[(t * m + i) * k + p] &* b[(t * k + p) * n + j] }
                    c[(t * m + i) * n + j] = sum
                }
            }
        }
        return Tensor.wrapping(c, shape: batch + [m, n], to: dtype)
    }
}
