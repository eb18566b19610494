import XCTest
@testable import LabTensor

/// The fast SGEMM against the naive reference kernel.
final class GEMMTests: XCTestCase {
    /// A deterministic matrix filler: either small dyadic values (every product and sum is exact in Float,
    /// so fast and reference must agree bit for bit) or uniform values in [-1, 1).
    struct Filler {
        var state: UInt64
        var exact: Bool
        mutating func next() -> Float {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let bits = Int(truncatingIfNeeded: state >> 40)
            return exact ? Float(bits % 9 - 4) / 4 : Float(bits % 2_000_001 - 1_000_000) / 1_000_000
        }
    }

    struct Case {
        var transA = false, transB = false
        var m: Int, n: Int, k: Int
        var alpha: Float = 1, beta: Float = 0
        var pad = 0  // extra columns in every leading dimension
    }

    /// Runs `sgemm` and (unless `skipReference`) the reference on the same inputs; returns (fast C, reference C).
    func run(_ t: Case, exact: Bool, seed: UInt64 = 1, skipReference: Bool = false) -> ([Float], [Float]) {
        var fill = Filler(state: seed, exact: exact)
        let (aRows, aCols) = t.transA ? (t.k, t.m) : (t.m, t.k)
        let (bRows, bCols) = t.transB ? (t.n, t.k) : (t.k, t.n)
        let lda = aCols + t.pad, ldb = bCols + t.pad, ldc = t.n + t.pad
        // Padding holds NaN: reading it would poison the result.
        let a = (0..<aRows * lda).map { $0 % lda < aCols ? fill.next() : .nan }
        let b = (0..<bRows * ldb).map { $0 % ldb < bCols ? fill.next() : .nan }
        let c0 = (0..<t.m * ldc).map { $0 % ldc < t.n ? (t.beta == 0 ? Float.nan : fill.next()) : -7 }
        var fast = c0, reference = c0
        GEMM.sgemm(transA: t.transA, transB: t.transB, m: t.m, n: t.n, k: t.k, alpha: t.alpha, a: a, lda: lda,
                   b: b, ldb: ldb, beta: t.beta, c: &fast, ldc: ldc)
        if !skipReference {
            GEMM.reference(transA: t.transA, transB: t.transB, m: t.m, n: t.n, k: t.k, alpha: t.alpha, a: a, lda: lda,
                           b: b, ldb: ldb, beta: t.beta, c: &reference, ldc: ldc)
        }
        return (fast, reference)
    }

    func testExactValuesMatchReferenceBitForBit() {
        let sizes = [1, 3, 7, 17, 65]
        for transA in [false, true] {
            for transB in [false, true] {
                for m in sizes {
                    for n in [1, 5, 17, 33, 65] {
                        for k in [1, 2, 17, 63] {
                            let t = Case(transA: transA, transB: transB, m: m, n: n, k: k)
                            let (fast, reference) = run(t, exact: true)
                            XCTAssertEqual(fast, reference, "\(t)")
                        }
                    }
                }
            }
        }
    }

    /// The dot-product path for x · Wᵀ (up to 64 rows when k ≥ 128): odd row counts (a last single
    /// row), partial groups of W rows, and a depth that is not a multiple of 16.
    func testSmallRowPathMatchesReferenceBitForBit() {
        for m in [1, 2, 3, 4, 5, 6, 7, 16, 19] {
            for n in [1, 3, 6, 33] {
                for k in [128, 137] {
                    let t = Case(transB: true, m: m, n: n, k: k, alpha: 0.5, beta: m % 2 == 0 ? 0 : 2, pad: 1)
                    XCTAssertTrue(GEMM.prefersDotProducts(m: m, k: k))
                    let (fast, reference) = run(t, exact: true)
                    XCTAssertEqual(fast, reference, "\(t)")
                }
            }
        }
    }

    /// Both micro-kernel widths, whichever one this machine prefers.
    func testBothMicroKernelsMatchReference() {
        for kernel in [GEMM.MicroKernel.columns16, .columns32] {
            for (m, n, k) in [(1, 1, 1), (7, 33, 17), (13, 65, 300), (65, 17, 3)] {
                var fill = Filler(state: 3, exact: true)
                let a = (0..<m * k).map { _ in fill.next() }, b = (0..<k * n).map { _ in fill.next() }
                let c0 = (0..<m * n).map { _ in fill.next() }
                var fast = c0, reference = c0
                a.withUnsafeBufferPointer { a in
                    b.withUnsafeBufferPointer { b in
                        GEMM.blocked(.init(base: a.baseAddress!, ld: k, transposed: false),
                                     .init(base: b.baseAddress!, ld: n, transposed: false),
                                     m: m, n: n, k: k, alpha: 2, beta: 0.5, c: &fast, ldc: n, kernel: kernel)
                    }
                }
                GEMM.reference(transA: false, transB: false, m: m, n: n, k: k, alpha: 2, a: a, lda: k, b: b, ldb: n,
                               beta: 0.5, c: &reference, ldc: n)
                XCTAssertEqual(fast, reference, "\(kernel) \(m)×\(n)×\(k)")
            }
        }
    }

    func testAlphaBetaAndLeadingDimensions() {
        for transA in [false, true] {
            for transB in [false, true] {
                for (m, n, k) in [(1, 40, 20), (5, 3, 7), (8, 17, 5), (9, 33, 18), (13, 65, 64), (41, 9, 130)] {
                    for (alpha, beta) in [(Float(0.5), Float(-2)), (-1, 1), (2, 0.25)] {
                        let t = Case(transA: transA, transB: transB, m: m, n: n, k: k, alpha: alpha, beta: beta, pad: 3)
                        let (fast, reference) = run(t, exact: true)
                        XCTAssertEqual(fast, reference, "\(t)")
                    }
                }
            }
        }
    }

    func testRandomValuesAgreeWithinRounding() {
        for (m, n, k) in [(127, 65, 129), (63, 127, 300), (2, 300, 127), (7, 70, 513)] {
            for transB in [false, true] {
                let t = Case(transA: false, transB: transB, m: m, n: n, k: k, alpha: 1.5, beta: 0.5)
                let (fast, reference) = run(t, exact: false)
                let tolerance = Float(k) * 4e-7 * 3
                let worst = zip(fast, reference).map { abs($0 - $1) }.max() ?? 0
                XCTAssertLessThan(worst, tolerance, "\(t)")
            }
        }
    }

    func testZeroDepthAndZeroAlphaScaleC() {
        for (k, alpha) in [(0, Float(1)), (5, 0)] {
            for beta in [Float(0), 3] {
                let t = Case(m: 4, n: 6, k: k, alpha: alpha, beta: beta, pad: 2)
                let (fast, reference) = run(t, exact: true)
                XCTAssertEqual(fast, reference, "\(t)")
            }
        }
    }

    /// Results are the same bits for 1 and 2 threads, on shapes that cut into several tasks on both paths.
    func testThreadCountDoesNotChangeResults() {
        defer { Parallel.threadCount = Parallel.defaultThreadCount() }
        for t in [Case(m: 100, n: 260, k: 40, beta: 0.5), Case(transB: true, m: 3, n: 300, k: 256),
                  Case(transA: true, transB: true, m: 97, n: 257, k: 40)] {
            Parallel.threadCount = 1
            let (one, _) = run(t, exact: false, seed: 7, skipReference: true)
            Parallel.threadCount = 2
            let (two, _) = run(t, exact: false, seed: 7, skipReference: true)
            XCTAssertEqual(one.map(\.bitPattern), two.map(\.bitPattern), "\(t)")
        }
    }
}
