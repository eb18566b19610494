/// Single-precision matrix multiply (BLAS sgemm semantics, row-major).
///
/// Few rows against a transposed B (x · Wᵀ) take a streaming dot-product path; everything else runs
/// the packed, register-blocked kernel in `GEMM+Blocked.swift`. Both split work by shape only, so results
/// do not depend on the thread count.
public enum GEMM {
    /// C[m×n] = alpha · op(A)[m×k] · op(B)[k×n] + beta · C; row-major; op(X) = Xᵀ when trans is true.
    ///
    /// - Parameters:
    ///   - a: A, stored as [m, lda] (or [k, lda] when `transA`), with `lda` ≥ its row width.
    ///   - b: B, stored as [k, ldb] (or [n, ldb] when `transB`), with `ldb` ≥ its row width.
    ///   - c: C, stored as [m, ldc] with `ldc` ≥ n. When `beta` is 0, C is not read (NaNs in it vanish).
    public static func sgemm(transA: Bool, transB: Bool, m: Int, n: Int, k: Int, alpha: Float,
                             a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int,
                             beta: Float, c: UnsafeMutablePointer<Float>, ldc: Int) {
        precondition(m >= 0 && n >= 0 && k >= 0, "sgemm: negative size \(m)×\(n)×\(k)")
        precondition(lda >= max(1, transA ? m : k) && ldb >= max(1, transB ? k : n) && ldc >= max(1, n),
                     "sgemm: leading dimension smaller than the row width")
        guard m > 0, n > 0 else { return }
        if k == 0 || alpha == 0 {
            scale(c, ldc: ldc, m: m, n: n, by: beta)
            return
        }
        let opA = Operand(base: a, ld: lda, transposed: transA)
        if transB && prefersDotProducts(m: m, k: k) {
            smallM(opA, m: m, n: n, k: k, alpha: alpha, b: b, ldb: ldb, beta: beta, c: c, ldc: ldc)
        } else {
            blocked(opA, Operand(base: b, ld: ldb, transposed: transB), m: m, n: n, k: k,
                    alpha: alpha, beta: beta, c: c, ldc: ldc, kernel: .preferred)
        }
    }

    /// C = beta · C (C set to zero, not read, when beta is 0).
    static func scale(_ c: UnsafeMutablePointer<Float>, ldc: Int, m: Int, n: Int, by beta: Float) {
        for i in 0..<m {
            let row = c + i * ldc
            if beta == 0 { row.update(repeating: 0, count: n) } else { for j in 0..<n { row[j] *= beta } }
        }
    }
}
