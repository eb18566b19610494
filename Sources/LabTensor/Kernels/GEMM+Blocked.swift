/// The cache-blocked, packed, multi-threaded SGEMM (the BLIS loop structure).
///
/// For each column panel (NC) and depth block (KC), op(B)'s panel and all of op(A)'s depth block are
/// packed, then C is cut into fixed tiles of MC rows × NCHUNK columns, one task each. The partition and the
/// order of the depth blocks depend only on the shape, so every element of C is summed in the same order
/// whatever the thread count: results are bit-identical for any `Parallel.threadCount`.
extension GEMM {
    /// Depth of a packed block; one B strip (KC × 32 floats) stays in L1 while A's block stays in L2.
    static let depthBlock = 256
    /// Rows of C per task (a multiple of the micro-kernel's 6 rows).
    static let rowBlock = 96
    /// Columns of C per task.
    static let columnChunk = 256
    /// Columns of op(B) packed at once.
    static let columnPanel = 4096

    static func blocked(_ a: Operand, _ b: Operand, m: Int, n: Int, k: Int, alpha: Float, beta: Float,
                        c: UnsafeMutablePointer<Float>, ldc: Int, kernel: MicroKernel) {
        let nr = kernel.columns, mr = microRows
        let paddedM = roundUp(m, mr)
        let packedA = UnsafeMutablePointer<Float>.allocate(capacity: paddedM * min(k, depthBlock))
        let packedB = UnsafeMutablePointer<Float>.allocate(capacity: roundUp(min(n, columnPanel), nr) * min(k, depthBlock))
        defer { packedA.deallocate(); packedB.deallocate() }

        for jc in stride(from: 0, to: n, by: columnPanel) {
            let nc = min(columnPanel, n - jc)
            for pc in stride(from: 0, to: k, by: depthBlock) {
                let kc = min(depthBlock, k - pc)
                let bTasks = (nc + columnChunk - 1) / columnChunk
                let aTasks = (m + rowBlock - 1) / rowBlock
                Parallel.forEach(bTasks + aTasks) { t in
                    if t < bTasks {
                        let col = t * columnChunk
                        packB(b, p0: pc, depth: kc, col0: jc + col, cols: min(columnChunk, nc - col), width: nr,
                              into: packedB + col * kc)
                    } else {
                        let row = (t - bTasks) * rowBlock
                        packA(a, row0: row, rows: min(rowBlock, m - row), p0: pc, depth: kc, into: packedA + row * kc)
                    }
                }
                let update = TileUpdate(alpha: alpha, beta: beta, first: pc == 0)
                Parallel.forEach(aTasks * bTasks) { t in
                    let row = (t / bTasks) * rowBlock, col = (t % bTasks) * columnChunk
                    let rows = min(rowBlock, m - row), cols = min(columnChunk, nc - col)
                    for jr in stride(from: 0, to: cols, by: nr) {
                        let bStrip = UnsafePointer(packedB + (col + jr) * kc)
                        for ir in stride(from: 0, to: rows, by: mr) {
                            let aStrip = UnsafePointer(packedA + (row + ir) * kc)
                            let cTile = c + (row + ir) * ldc + jc + col + jr
                            let tileRows = min(mr, rows - ir), tileCols = min(nr, cols - jr)
                            switch kernel {
                            case .columns16:
                                kernel6x16(depth: kc, a: aStrip, b: bStrip, c: cTile, ldc: ldc,
                                           rows: tileRows, cols: tileCols, update: update)
                            case .columns32:
                                kernel6x32(depth: kc, a: aStrip, b: bStrip, c: cTile, ldc: ldc,
                                           rows: tileRows, cols: tileCols, update: update)
                            }
                        }
                    }
                }
            }
        }
    }

    @inline(__always)
    static func roundUp(_ x: Int, _ multiple: Int) -> Int { (x + multiple - 1) / multiple * multiple }
}
