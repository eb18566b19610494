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

    /// Shared frame of the norms: per row, `normalize` writes x̂ and returns the row's 1/σ; the output
    /// is x̂·weight + bias. Backward gets dx̂ = g·weight and writes dx; weight and bias get
    /// column sums of g·x̂ and g.
    private func normalizeRows(width: Int, weight: Tensor?, bias: Tensor?, _ op: String,
                               normalize: @escaping (UnsafePointer<Float>, UnsafeMutablePointer<Float>, Int) -> Float,
                               backward: @escaping (UnsafePointer<Float>, UnsafePointer<Float>, Float, UnsafeMutablePointer<Float>, Int) -> Void) throws -> Tensor {
        let x = detached().denseFloat()
        let rows = width == 0 ? 0 : scalarCount / width
        let w = try weight?.detached().denseFloat().reshape([width]), b = try bias?.detached().denseFloat().reshape([width])
        var rstds = [Float](repeating: 0, count: rows)
        let xhat = rstds.withUnsafeMutableBufferPointer { rstd in
            Tensor.makeFloat(shape, zeroed: false) { dst in
                parallelChunks(rows, costPerItem: width) { r in
                    for row in r { rstd[row] = normalize(x.floatPointer + row * width, dst + row * width, width) }
                }
            }
        }
        let out = Tensor.makeFloat(shape, zeroed: false) { dst in
            let px = xhat.floatPointer
            parallelChunks(rows, costPerItem: width) { r in
                for row in r {
                    for j in 0..<width {
                        let i = row * width + j
                        dst[i] = px[i] * (w?.floatPointer[j] ?? 1) + (b?.floatPointer[j] ?? 0)
                    }
                }
            }
        }
        var inputs = [self]
        if let weight { inputs.append(weight) }
        if let bias { inputs.append(bias) }
        let inputShape = shape, affineShapes = inputs.dropFirst().map(\.shape)
        return Tensor.record(out, op, inputs) { g, needs in
            let dg = g.denseFloat()
            return try withExtendedLifetime(dg) { () throws -> [Tensor?] in
                let pg = dg.floatPointer, px = xhat.floatPointer
                let dxhat = w.map { w in Tensor.makeFloat([rows, width], zeroed: false) { d in
                    for row in 0..<rows { for j in 0..<width { d[row * width + j] = pg[row * width + j] * w.floatPointer[j] } }
                } } ?? dg
                let dx = needs[0] ? Tensor.makeFloat(inputShape, zeroed: false) { dst in
                    rstds.withUnsafeBufferPointer { rstd in
                        parallelChunks(rows, costPerItem: width) { r in
                            for row in r {
                                let o = row * width
                                backward(dxhat.floatPointer + o, px + o, rstd[row], dst + o, width)
                            }
                        }
                    }
                } : nil
                var grads: [Tensor?] = [dx]
                if weight != nil {
                    grads.append(needs[1] ? try (dg * xhat).reshape([rows, width]).columnSumsAsTensor().reshape(affineShapes[0]) : nil)
                }
                if bias != nil {
                    grads.append(needs[grads.count] ? try Tensor.columnSums(pg, rows: rows, columns: width).reshape(affineShapes[grads.count - 1]) : nil)
                }
                return grads
            }
        }
    }

    /// Column sums of a dense 2-D tensor.
    private func columnSumsAsTensor() -> Tensor {
        let x = denseFloat()
        return withExtendedLifetime(x) { Tensor.columnSums(x.floatPointer, rows: shape[0], columns: shape[1]) }
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
