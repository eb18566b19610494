/// Register-blocked micro-kernels: a 6-row strip of packed A times one packed B strip, accumulated in
/// registers over the whole depth, then merged into C.
///
/// Two widths share one 6-row A packing: 6×16 (12 accumulators of 8 lanes with AVX2) and 6×32
/// (12 accumulators of 16 lanes with AVX-512). Both keep 12 independent FMA chains in flight.
extension GEMM {
    static let microRows = 6

    /// Which micro-kernel the build runs: 32 columns when the code targets AVX-512, else 16.
    enum MicroKernel {
        case columns16, columns32

        var columns: Int { self == .columns16 ? 16 : 32 }

        static let preferred: MicroKernel = CPUFeatures.buildTargetsAVX512 ? .columns32 : .columns16
    }

    /// How a finished tile merges into C: `C = alpha·acc + beta·C` on the first depth block (C is not read
    /// when beta is 0), `C += alpha·acc` on later ones.
    struct TileUpdate {
        var alpha: Float
        var beta: Float
        var first: Bool
    }

    /// C[rows×cols] (rows ≤ 6, cols ≤ 16) ⊕= packedA[6×depth] · packedB[depth×16].
    @inline(__always)
    static func kernel6x16(depth: Int, a: UnsafePointer<Float>, b: UnsafePointer<Float>,
                           c: UnsafeMutablePointer<Float>, ldc: Int, rows: Int, cols: Int, update: TileUpdate) {
        var c0 = SIMD16<Float>(), c1 = SIMD16<Float>(), c2 = SIMD16<Float>()
        var c3 = SIMD16<Float>(), c4 = SIMD16<Float>(), c5 = SIMD16<Float>()
        var ap = a, bp = b
        for _ in 0..<depth {
            let b0 = load16(bp)
            c0 = madd(c0, SIMD16(repeating: ap[0]), b0)
            c1 = madd(c1, SIMD16(repeating: ap[1]), b0)
            c2 = madd(c2, SIMD16(repeating: ap[2]), b0)
            c3 = madd(c3, SIMD16(repeating: ap[3]), b0)
            c4 = madd(c4, SIMD16(repeating: ap[4]), b0)
            c5 = madd(c5, SIMD16(repeating: ap[5]), b0)
            ap += 6
            bp += 16
        }
        let tile = (c0, c1, c2, c3, c4, c5)
        withUnsafeBytes(of: tile) { raw in
            store(raw.baseAddress!.assumingMemoryBound(to: Float.self), tileWidth: 16,
                  c: c, ldc: ldc, rows: rows, cols: cols, update: update)
        }
    }

    /// C[rows×cols] (rows ≤ 6, cols ≤ 32) ⊕= packedA[6×depth] · packedB[depth×32].
    @inline(__always)
    static func kernel6x32(depth: Int, a: UnsafePointer<Float>, b: UnsafePointer<Float>,
                           c: UnsafeMutablePointer<Float>, ldc: Int, rows: Int, cols: Int, update: TileUpdate) {
        var c00 = SIMD16<Float>(), c01 = SIMD16<Float>(), c10 = SIMD16<Float>(), c11 = SIMD16<Float>()
        var c20 = SIMD16<Float>(), c21 = SIMD16<Float>(), c30 = SIMD16<Float>(), c31 = SIMD16<Float>()
        var c40 = SIMD16<Float>(), c41 = SIMD16<Float>(), c50 = SIMD16<Float>(), c51 = SIMD16<Float>()
        var ap = a, bp = b
        for _ in 0..<depth {
            let b0 = load16(bp), b1 = load16(bp + 16)
            let a0 = SIMD16<Float>(repeating: ap[0]), a1 = SIMD16<Float>(repeating: ap[1])
            c00 = madd(c00, a0, b0); c01 = madd(c01, a0, b1)
            c10 = madd(c10, a1, b0); c11 = madd(c11, a1, b1)
            let a2 = SIMD16<Float>(repeating: ap[2]), a3 = SIMD16<Float>(repeating: ap[3])
            c20 = madd(c20, a2, b0); c21 = madd(c21, a2, b1)
            c30 = madd(c30, a3, b0); c31 = madd(c31, a3, b1)
            let a4 = SIMD16<Float>(repeating: ap[4]), a5 = SIMD16<Float>(repeating: ap[5])
            c40 = madd(c40, a4, b0); c41 = madd(c41, a4, b1)
            c50 = madd(c50, a5, b0); c51 = madd(c51, a5, b1)
            ap += 6
            bp += 32
        }
        let tile = (c00, c01, c10, c11, c20, c21, c30, c31, c40, c41, c50, c51)
        withUnsafeBytes(of: tile) { raw in
            store(raw.baseAddress!.assumingMemoryBound(to: Float.self), tileWidth: 32,
                  c: c, ldc: ldc, rows: rows, cols: cols, update: update)
        }
    }

    /// Merges a row-major tile [6×tileWidth] into C's top-left rows×cols corner.
    @inline(__always)
    static func store(_ tile: UnsafePointer<Float>, tileWidth: Int, c: UnsafeMutablePointer<Float>, ldc: Int,
                      rows: Int, cols: Int, update: TileUpdate) {
        let alpha = SIMD16<Float>(repeating: update.alpha), beta = SIMD16<Float>(repeating: update.beta)
        for r in 0..<rows {
            let src = tile + r * tileWidth, dst = c + r * ldc
            var j = 0
            while j + 16 <= cols {
                let value = alpha * load16(src + j)
                let merged: SIMD16<Float>
                if !update.first { merged = value + load16(dst + j) }
                else if update.beta == 0 { merged = value }
                else { merged = value + beta * load16(dst + j) }
                UnsafeMutableRawPointer(dst + j).storeBytes(of: merged, as: SIMD16<Float>.self)
                j += 16
            }
            while j < cols {
                let value = update.alpha * src[j]
                if !update.first { dst[j] += value }
                else if update.beta == 0 { dst[j] = value }
                else { dst[j] = value + update.beta * dst[j] }
                j += 1
            }
        }
    }

    @inline(__always)
    static func load16(_ p: UnsafePointer<Float>) -> SIMD16<Float> {
        UnsafeRawPointer(p).loadUnaligned(as: SIMD16<Float>.self)
    }

    @inline(__always)
    static func load16(_ p: UnsafeMutablePointer<Float>) -> SIMD16<Float> {
        UnsafeRawPointer(p).loadUnaligned(as: SIMD16<Float>.self)
    }

    /// acc + x·y: one fused multiply-add, or a separate multiply and add in builds for CPUs without FMA
    /// (generic, x86-64), where `addingProduct` would call a slow software routine.
    @inline(__always)
    static func madd(_ acc: SIMD16<Float>, _ x: SIMD16<Float>, _ y: SIMD16<Float>) -> SIMD16<Float> {
        #if LABRUN_NO_FMA || LABRUN_TARGET_CPU_X86_64
        return acc + x * y
        #else
        return acc.addingProduct(x, y)
        #endif
    }
}
