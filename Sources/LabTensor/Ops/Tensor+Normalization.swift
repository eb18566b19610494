import Foundation

/// Row-wise normalizations as fused kernels over the last dim(s): softmax, log_softmax,
/// layer norm and T5's RMS norm, each with its backward beside it.
extension Tensor {
    /// exp(x) / Σ exp(x) along `dim`, computed stably (the row maximum is subtracted first).
    public func softmax(dim: Int) throws -> Tensor {
        try alongLastDim(dim, "softmax") { x in
            let rows = RowKernel(x)
            let out = rows.map { src, dst, n in
                let total = sumOfExponentials(src, n, shift: rowMaximum(src, n), into: dst)
                forEachLaneBlock(0..<n) { j, width in storeLanes(loadLanes(dst + j, width) / total, dst + j, width) }
            }
            return Tensor.record(out, "softmax", [x]) { g, _ in [softmaxBackward(g, out)] }
        }
    }

    /// log(softmax(x)) along `dim`, computed as x − logsumexp(x).
    public func logSoftmax(dim: Int) throws -> Tensor {
        try alongLastDim(dim, "log_softmax") { x in
            let out = RowKernel(x).map { src, dst, n in
                let normalizer = rowLogSumExp(src, n)
                for j in 0..<n { dst[j] = src[j] - normalizer }
            }
            return Tensor.record(out, "log_softmax", [x]) { g, _ in
                // dx = g − softmax · Σ g
                [RowKernel(g.denseFloat()).zip(out) { pg, py, dst, n in
                    var total: Float = 0
                    for j in 0..<n { total += pg[j] }
                    forEachLaneBlock(0..<n) { j, width in
                        storeLanes(loadLanes(pg + j, width) - expLanes(loadLanes(py + j, width)) * total, dst + j, width)
                    }
                }]
            }
        }
    }

    /// Layer normalization over the last `normalizedShape.count` dims (which must equal
    /// `normalizedShape`): `(x − mean) / sqrt(var + eps) · weight + bias`, with the biased variance.
    ///
    /// Shapes: self `[..., *normalizedShape]`, weight and bias `normalizedShape`.
    public func layerNorm(normalizedShape: [Int], weight: Tensor? = nil, bias: Tensor? = nil, eps: Float = 1e-5) throws -> Tensor {
        guard normalizedShape.count <= rank, Array(shape.suffix(normalizedShape.count)) == normalizedShape else {
            throw TensorError("layer_norm", "Given normalized_shape=\(normalizedShape), expected input with shape [*, \(normalizedShape.map(String.init).joined(separator: ", "))], but got input of size \(shape)")
        }
        for (name, t) in [("weight", weight), ("bias", bias)] {
            if let t, t.shape != normalizedShape { throw TensorError("layer_norm", "\(name) must have shape \(normalizedShape), got \(t.shape)") }
        }
        let width = normalizedShape.reduce(1, *)
        return try normalizeRows(width: width, weight: weight, bias: bias, "layer_norm") { src, xhat, n in
            var mean = 0.0
            for j in 0..<n { mean += Double(src[j]) }
            mean /= Double(n)
            var variance = 0.0
            for j in 0..<n { let d = Double(src[j]) - mean; variance += d * d }
            let rstd = Float(1 / (variance / Double(n) + Double(eps)).squareRoot())
            for j in 0..<n { xhat[j] = (src[j] - Float(mean)) * rstd }
            return rstd
        } backward: { dxhat, xhat, rstd, dst, n in
            var meanD: Float = 0, meanDX: Float = 0
            for j in 0..<n { meanD += dxhat[j]; meanDX += dxhat[j] * xhat[j] }
            meanD /= Float(n); meanDX /= Float(n)
            for j in 0..<n { dst[j] = rstd * (dxhat[j] - meanD - xhat[j] * meanDX) }
        }
    }

    /// T5's layer norm (RMS norm): `x / sqrt(mean(x²) + eps) · weight`, with no mean subtraction and
    /// no bias; the mean of squares is accumulated in float32 or wider.
    ///
    /// Shapes: self `[..., d]`, weight `[d]`.
    public func rmsNorm(weight: Tensor?, eps: Float = 1e-6) throws -> Tensor {
        guard rank >= 1 else { throw TensorError("rms_norm", "expected at least a 1-D input") }
        let width = shape[rank - 1]
        if let weight, weight.shape != [width] { throw TensorError("rms_norm", "weight must have shape [\(width)], got \(weight.shape)") }
        return try normalizeRows(width: width, weight: weight, bias: nil, "rms_norm") { src, xhat, n in
            var squares = 0.0
            for j in 0..<n { squares += Double(src[j]) * Double(src[j]) }
            let rstd = Float(1 / (squares / Double(n) + Double(eps)).squareRoot())
            for j in 0..<n { xhat[j] = src[j] * rstd }
            return rstd
        } backward: { dxhat, xhat, rstd, dst, n in
            var meanDX: Float = 0
            for j in 0..<n { meanDX += dxhat[j] * xhat[j] }
            meanDX /= Float(n)
            for j in 0..<n { dst[j] = rstd * (dxhat[j] - xhat[j] * meanDX) }
        }
    }

    /// Per-row normalizer: writes x̂ for a source row and returns the row's 1/σ.
    typealias RowNormalizer = (UnsafePointer<Float>, UnsafeMutablePointer<Float>, Int) -> Float
    /// Per-row backward: from dx̂, x̂ and 1/σ, writes dx.
    typealias RowNormalizerBackward = (UnsafePointer<Float>, UnsafePointer<Float>, Float, UnsafeMutablePointer<Float>, Int) -> Void

    /// Shared frame of the norms: the output is x̂·weight + bias; backward turns g into dx̂ = g·weight
    /// for the row backward, and gives weight and bias the column sums of g·x̂ and g.
    private func normalizeRows(width: Int, weight: Tensor?, bias: Tensor?, _ op: String,
                               normalize: RowNormalizer, backward: @escaping RowNormalizerBackward) throws -> Tensor {
        let rows = try NormalizedRows(self, width: width, weight: weight, normalize: normalize)
        let out = try rows.affine(bias: bias?.detached().denseFloat().reshape([width]))
        let inputs = [self] + [weight, bias].compactMap { $0 }
        let inputShape = shape, affineShapes = inputs.dropFirst().map(\.shape)
        return Tensor.record(out, op, inputs) { g, needs in
            let dg = g.denseFloat()
            var grads: [Tensor?] = [needs[0] ? try rows.inputGradient(dg, backward: backward).reshape(inputShape) : nil]
            if weight != nil { grads.append(needs[1] ? try rows.columnSums(dg * rows.xhat).reshape(affineShapes[0]) : nil) }
            if bias != nil { grads.append(needs[grads.count] ? try rows.columnSums(dg).reshape(affineShapes[grads.count - 1]) : nil) }
            return grads
        }
    }

    /// Applies a last-dim row op to `dim` by moving `dim` last and back (a view when `dim` is last).
    private func alongLastDim(_ dim: Int, _ op: String, _ body: (Tensor) throws -> Tensor) throws -> Tensor {
        if rank == 0 { return try body(unsqueeze(0).denseFloat()).squeeze(0) }
        let axis = try normalizeDim(dim, op)
        if axis == rank - 1 { return try body(denseFloat()) }
        return try body(transposed(axis, -1).denseFloat()).transposed(axis, -1)
    }
}

/// The gradient through a softmax along the last dim with output `y`: y · (g − Σ g·y) per row.
func softmaxBackward(_ g: Tensor, _ y: Tensor) -> Tensor {
    RowKernel(g.denseFloat()).zip(y) { pg, py, dst, n in
        var dot: Float = 0
        for j in 0..<n { dot += pg[j] * py[j] }
        for j in 0..<n { dst[j] = py[j] * (pg[j] - dot) }
    }
}

/// Largest element of a dense row (−∞ for an empty row).
func rowMaximum(_ row: UnsafePointer<Float>, _ n: Int) -> Float {
    var largest = Lanes(repeating: -.infinity)
    forEachLaneBlock(0..<n) { j, width in
        var values = loadLanes(row + j, width)
        if width < 8 { for k in width..<8 { values[k] = -.infinity } }
        largest = largest.replacing(with: values, where: values .> largest)
    }
    return largest.max()
}

/// A dense float tensor seen as rows of its last dim, for row-wise fused kernels run in parallel.
struct RowKernel {
    let tensor: Tensor
    let width: Int
    let rows: Int

    init(_ tensor: Tensor) {
        self.tensor = tensor
        width = tensor.shape.last ?? 1
        rows = width == 0 ? 0 : tensor.scalarCount / width
    }

    /// A new tensor of the same shape, each row written by `body(source, destination, width)`.
    func map(_ body: (UnsafePointer<Float>, UnsafeMutablePointer<Float>, Int) -> Void) -> Tensor {
        let src = tensor.floatPointer, n = width
        return Tensor.makeFloat(tensor.shape, zeroed: false) { dst in
            parallelChunks(rows, costPerItem: n) { r in for row in r { body(src + row * n, dst + row * n, n) } }
        }
    }

    /// Like ``map(_:)`` with a second dense tensor of the same shape read alongside.
    func zip(_ other: Tensor, _ body: (UnsafePointer<Float>, UnsafePointer<Float>, UnsafeMutablePointer<Float>, Int) -> Void) -> Tensor {
        let a = tensor.floatPointer, b = other.floatPointer, n = width
        return Tensor.makeFloat(tensor.shape, zeroed: false) { dst in
            parallelChunks(rows, costPerItem: n) { r in for row in r { body(a + row * n, b + row * n, dst + row * n, n) } }
        }
    }
}

/// What a norm keeps for backward: x̂ (dense, the input's shape) and 1/σ per row, with the weight.
private struct NormalizedRows {
    let xhat: Tensor
    let rstd: [Float]
    let weight: Tensor?
    let rows: Int
    let width: Int

    init(_ input: Tensor, width: Int, weight: Tensor?, normalize: Tensor.RowNormalizer) throws {
        let x = input.detached().denseFloat()
        let rows = width == 0 ? 0 : x.scalarCount / width
        var rstd = [Float](repeating: 0, count: rows)
        xhat = rstd.withUnsafeMutableBufferPointer { rstd in
            Tensor.makeFloat(x.shape, zeroed: false) { dst in
                parallelChunks(rows, costPerItem: width) { r in
                    for row in r { rstd[row] = normalize(x.floatPointer + row * width, dst + row * width, width) }
                }
            }
        }
        self.rstd = rstd
        self.weight = try weight?.detached().denseFloat().reshape([width])
        (self.rows, self.width) = (rows, width)
    }

    /// x̂·weight + bias, each row.
    func affine(bias: Tensor?) -> Tensor {
        Tensor.makeFloat(xhat.shape, zeroed: false) { dst in
            let px = xhat.floatPointer, pw = weight?.floatPointer, pb = bias?.floatPointer, width = width
            parallelChunks(rows, costPerItem: width) { r in
                for row in r {
                    for j in 0..<width {
                        let i = row * width + j
                        dst[i] = px[i] * (pw?[j] ?? 1) + (pb?[j] ?? 0)
                    }
                }
            }
        }
    }

    /// dx (as `[rows, width]`) from the dense output gradient `dg`, via dx̂ = dg·weight and the
    /// row backward.
    func inputGradient(_ dg: Tensor, backward: Tensor.RowNormalizerBackward) -> Tensor {
        let dxhat = weight.map { w in Tensor.makeFloat([rows, width], zeroed: false) { d in
            for i in 0..<rows * width { d[i] = dg.floatPointer[i] * w.floatPointer[i % width] }
        } } ?? dg
        return rstd.withUnsafeBufferPointer { rstd in
            Tensor.makeFloat([rows, width], zeroed: false) { dst in
                parallelChunks(rows, costPerItem: width) { r in
                    for row in r {
                        let o = row * width
                        backward(dxhat.floatPointer + o, xhat.floatPointer + o, rstd[row], dst + o, width)
                    }
                }
            }
        }
    }

    /// Column sums of a tensor with `rows × width` elements.
    func columnSums(_ t: Tensor) -> Tensor {
        let dense = t.denseFloat()
        return withExtendedLifetime(dense) { Tensor.columnSums(dense.floatPointer, rows: rows, columns: width) }
    }
}
