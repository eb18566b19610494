/// The cache-blocked, packed, multi-threaded SGEMM (the BLIS loop structure).
///
/// For each depth block (KC), all of op(A)'s rows are packed once; then for each column panel (NC),
/// op(B)'s panel is packed and C is cut into fixed tiles of MC rows × NCHUNK columns, one task each,
/// which runs the micro-kernel over its tile. Every element of C still sums its depth blocks in
/// ascending order. The partition and the order of the depth blocks depend only on the
/// shape, so every element of C is summed in the same order whatever the thread count: results are
/// bit-identical for any `Parallel.threadCount`.
extension GEMM {
    /// Depth of a packed block: a B strip (KC × 32 floats, 32 KB) is reused by every 6-row strip of the
    /// task's A block (96 × KC floats, 96 KB, kept in L2).
    static let depthBlock = 256
    /// Rows of C per task (a multiple of the micro-kernel's 6 rows).
    static let rowBlock = 96
    /// Columns of C per task.
    static let columnChunk = 256
    /// Columns of op(B) packed at once.
    static let columnPanel = 4096

    /// C[m×n] = alpha · op(A) · op(B) + beta · C with the given micro-kernel (m, n, k > 0).
    static func blocked(_ a: Operand, _ b: Operand, m: Int, n: Int, k: Int, alpha: Float, beta: Float,
                        c: UnsafeMutablePointer<Float>, ldc: Int, kernel: MicroKernel) {
        let nr = kernel.columns
        let packedB = UnsafeMutablePointer<Float>.allocate(capacity: roundUp(min(n, columnPanel), nr) * min(k, depthBlock))
        defer { packedB.deallocate() }
        // All rows of op(A) for one depth block, packed once and shared by every column panel and task
        // (row block `row` starts at `row · kc`, as row blocks are whole 6-row strips).
        let packedA = UnsafeMutablePointer<Float>.allocate(capacity: roundUp(m, microRows) * min(k, depthBlock))
        defer { packedA.deallocate() }
        let rowTasks = (m + rowBlock - 1) / rowBlock

        for pc in stride(from: 0, to: k, by: depthBlock) {
            let kc = min(depthBlock, k - pc)
            Parallel.forEach(rowTasks) { t in
                let row = t * rowBlock
                packA(a, row0: row, rows: min(rowBlock, m - row), p0: pc, depth: kc, into: packedA + row * kc)
            }
            let update = TileUpdate(alpha: alpha, beta: beta, first: pc == 0)
            for jc in stride(from: 0, to: n, by: columnPanel) {
                let nc = min(columnPanel, n - jc)
                let columnTasks = (nc + columnChunk - 1) / columnChunk
                Parallel.forEach(columnTasks) { t in
                    let col = t * columnChunk
                    packB(b, p0: pc, depth: kc, col0: jc + col, cols: min(columnChunk, nc - col), width: nr,
                          into: packedB + col * kc)
                }
                Parallel.forEach(rowTasks * columnTasks) { t in
                    let row = (t / columnTasks) * rowBlock, col = (t % columnTasks) * columnChunk
                    multiplyBlock(packedA + row * kc, rows: min(rowBlock, m - row), packedB + col * kc,
                                  cols: min(columnChunk, nc - col), depth: kc,
                                  c: c + row * ldc + jc + col, ldc: ldc, update: update, kernel: kernel)
                }
            }
        }
    }

    /// C[rows×cols] ⊕= packed A block [rows×depth] · packed B block [depth×cols], one micro-tile at a time.
    static func multiplyBlock(_ packedA: UnsafePointer<Float>, rows: Int, _ packedB: UnsafePointer<Float>, cols: Int,
                              depth: Int, c: UnsafeMutablePointer<Float>, ldc: Int, update: TileUpdate,
                              kernel: MicroKernel) {
        let mr = microRows, nr = kernel.columns
        for jr in stride(from: 0, to: cols, by: nr) {
            let bStrip = packedB + jr * depth
            for ir in stride(from: 0, to: rows, by: mr) {
                let aStrip = packedA + ir * depth
                let tile = c + ir * ldc + jr
                let tileRows = min(mr, rows - ir), tileCols = min(nr, cols - jr)
                switch kernel {
                case .columns16:
                    kernel6x16(depth: depth, a: aStrip, b: bStrip, c: tile, ldc: ldc, rows: tileRows, cols: tileCols, update: update)
                case .columns32:
                    kernel6x32(depth: depth, a: aStrip, b: bStrip, c: tile, ldc: ldc, rows: tileRows, cols: tileCols, update: update)
                }
            }
        }
    }

    @inline(__always)
    static func roundUp(_ x: Int, _ multiple: Int) -> Int { (x + multiple - 1) / multiple * multiple }
}
