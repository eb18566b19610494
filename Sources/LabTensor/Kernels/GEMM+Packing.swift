/// Packing copies a block of op(A) or op(B) into the order the micro-kernel reads it, so that the
/// kernel's loads are sequential whatever the transposes and leading dimensions. Edges are padded with
/// zeros, so the kernel always runs a full tile.
extension GEMM {
    /// A matrix operand as op(X): element (row, col) of the logical matrix.
    struct Operand {
        var base: UnsafePointer<Float>
        var ld: Int
        var transposed: Bool

        /// Pointer to logical element (row, col).
        @inline(__always)
        func at(_ row: Int, _ col: Int) -> UnsafePointer<Float> {
            transposed ? base + col * ld + row : base + row * ld + col
        }
    }

    /// Packs rows [row0, row0+rows) × depth [p0, p0+depth) of op(A) as 6-row strips: strip s holds, for each
    /// p, the 6 values op(A)[row0+6s+r, p0+p]. `dst` has room for roundUp(rows, 6) × depth floats.
    static func packA(_ a: Operand, row0: Int, rows: Int, p0: Int, depth: Int, into dst: UnsafeMutablePointer<Float>) {
        let mr = microRows
        for s in stride(from: 0, to: rows, by: mr) {
            let strip = dst + s * depth
            let live = min(mr, rows - s)
            if live < mr { strip.initialize(repeating: 0, count: mr * depth) }
            if a.transposed {
                // op(A) columns are contiguous: each p reads `live` neighbouring floats.
                for p in 0..<depth {
                    let src = a.at(row0 + s, p0 + p)
                    for r in 0..<live { strip[p * mr + r] = src[r] }
                }
            } else {
                // Rows are contiguous: walk p outermost so the strip is written sequentially.
                let src = a.at(row0 + s, p0), ld = a.ld
                if mr == 6, live == mr {
                    for p in 0..<depth {
                        let out = strip + p * mr
                        out[0] = src[p]; out[1] = src[ld + p]; out[2] = src[2 * ld + p]
                        out[3] = src[3 * ld + p]; out[4] = src[4 * ld + p]; out[5] = src[5 * ld + p]
                    }
                } else {
                    for p in 0..<depth {
                        for r in 0..<live { strip[p * mr + r] = src[r * ld + p] }
                    }
                }
            }
        }
    }

    /// Packs depth [p0, p0+depth) × columns [col0, col0+cols) of op(B) as strips of `width` columns: strip s
    /// holds, for each p, the `width` values op(B)[p0+p, col0+width·s+j]. `dst` has room for
    /// depth × roundUp(cols, width) floats.
    static func packB(_ b: Operand, p0: Int, depth: Int, col0: Int, cols: Int, width: Int,
                      into dst: UnsafeMutablePointer<Float>) {
        for s in stride(from: 0, to: cols, by: width) {
            let strip = dst + s * depth
            let live = min(width, cols - s)
            if live < width { strip.initialize(repeating: 0, count: width * depth) }
            if b.transposed {
                for j in 0..<live {
                    let src = b.at(p0, col0 + s + j)
                    for p in 0..<depth { strip[p * width + j] = src[p] }
                }
            } else {
                for p in 0..<depth {
                    let src = b.at(p0 + p, col0 + s)
                    (strip + p * width).update(from: src, count: live)
                }
            }
        }
    }
}
