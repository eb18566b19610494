/// The path for a few rows of A against a weight stored [out, in] (x · Wᵀ), as in token-by-token
/// generation: each output is a dot product of an A row with a contiguous W row, so W is streamed once
/// from memory without packing.
extension GEMM {
    /// Whether x · Wᵀ with m rows and depth k is faster as dot products than packed: up to 8 rows always,
    /// up to 64 when rows are long enough (k ≥ 128) to amortize each dot product's final sum. On the
    /// machine in docs/PERFORMANCE.md, m = 16, k = 512 ran at ~80 GFLOP/s this way against ~35 packed:
    /// at small m, packing a transposed W costs as much as the product itself.
    static func prefersDotProducts(m: Int, k: Int) -> Bool { m <= 8 || (m <= 64 && k >= 128) }

    /// W rows per task: the unit of the fixed work split.
    static let smallRowsPerTask = 128

    /// C[m×n] = alpha · op(A)[m×k] · Bᵀ + beta · C, B stored [n, ldb]; for few rows (`prefersDotProducts`).
    static func smallM(_ a: Operand, m: Int, n: Int, k: Int, alpha: Float, b: UnsafePointer<Float>, ldb: Int,
                       beta: Float, c: UnsafeMutablePointer<Float>, ldc: Int) {
        let x = UnsafeMutablePointer<Float>.allocate(capacity: m * k)
        defer { x.deallocate() }
        for i in 0..<m {
            for p in 0..<k { x[i * k + p] = a.at(i, p).pointee }
        }
        let xs = UnsafePointer(x)
        let tasks = n * k < 1 << 16 ? 1 : (n + smallRowsPerTask - 1) / smallRowsPerTask
        let perTask = (n + tasks - 1) / tasks
        Parallel.forEach(tasks) { t in
            let j0 = t * perTask, j1 = min(n, j0 + perTask)
            var j = j0
            while j < j1 {
                let group = min(4, j1 - j)
                for i in stride(from: 0, to: m, by: 2) {
                    let rows = min(2, m - i)
                    var dots = (SIMD4<Float>(), SIMD4<Float>())
                    if rows == 2 {
                        dotBlock(xs + i * k, twoRows: true, w: b + j * ldb, ldw: ldb, group: group, k: k, into: &dots)
                    } else {
                        dotBlock(xs + i * k, twoRows: false, w: b + j * ldb, ldw: ldb, group: group, k: k, into: &dots)
                    }
                    for r in 0..<rows {
                        let row = r == 0 ? dots.0 : dots.1
                        for g in 0..<group {
                            let out = c + (i + r) * ldc + j + g
                            let value = alpha * row[g]
                            out.pointee = beta == 0 ? value : value + beta * out.pointee
                        }
                    }
                }
                j += group
            }
        }
    }

    /// Dot products of 1 or 2 contiguous x rows [k] with up to 4 W rows [group, ldw]:
    /// dots.r[g] = Σ_p x[r, p] · w[g, p]. Called with a constant `twoRows`, so the one-row case does no
    /// work for the second row.
    @inline(__always)
    static func dotBlock(_ x: UnsafePointer<Float>, twoRows: Bool, w: UnsafePointer<Float>, ldw: Int, group: Int,
                         k: Int, into dots: inout (SIMD4<Float>, SIMD4<Float>)) {
        var acc = (SIMD16<Float>(), SIMD16<Float>(), SIMD16<Float>(), SIMD16<Float>(),
                   SIMD16<Float>(), SIMD16<Float>(), SIMD16<Float>(), SIMD16<Float>())
        let w0 = w, w1 = w + (group > 1 ? ldw : 0), w2 = w + (group > 2 ? 2 * ldw : 0), w3 = w + (group > 3 ? 3 * ldw : 0)
        let x0 = x, x1 = x + k
        var p = 0
        while p + 16 <= k {
            let v0 = load16(w0 + p), v1 = load16(w1 + p), v2 = load16(w2 + p), v3 = load16(w3 + p)
            let a0 = load16(x0 + p)
            acc.0 = madd(acc.0, a0, v0); acc.1 = madd(acc.1, a0, v1)
            acc.2 = madd(acc.2, a0, v2); acc.3 = madd(acc.3, a0, v3)
            if twoRows {
                let a1 = load16(x1 + p)
                acc.4 = madd(acc.4, a1, v0); acc.5 = madd(acc.5, a1, v1)
                acc.6 = madd(acc.6, a1, v2); acc.7 = madd(acc.7, a1, v3)
            }
            p += 16
        }
        dots.0 = SIMD4(acc.0.sum(), acc.1.sum(), acc.2.sum(), acc.3.sum())
        dots.1 = SIMD4(acc.4.sum(), acc.5.sum(), acc.6.sum(), acc.7.sum())
        while p < k {
            let v = SIMD4<Float>(w0[p], w1[p], w2[p], w3[p])
            dots.0 += x0[p] * v
            if twoRows { dots.1 += x1[p] * v }
            p += 1
        }
    }
}
