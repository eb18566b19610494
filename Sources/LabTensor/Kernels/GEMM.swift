/// Single-precision matrix multiply (BLAS sgemm semantics, row-major).
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
        reference(transA: transA, transB: transB, m: m, n: n, k: k, alpha: alpha,
                  a: a, lda: lda, b: b, ldb: ldb, beta: beta, c: c, ldc: ldc)
    }
}
