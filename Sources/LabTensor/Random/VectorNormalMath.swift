/// The float32 logarithm, sine and cosine of PyTorch's AVX2 normal kernel (`torch.randn` and
/// `normal_` of 16 or more contiguous float32 values): Cephes' polynomials as Pommier's
/// `avx_mathfun` evaluates them, with the multiply-adds fused where PyTorch's compiled kernel fuses
/// them. Their last bits differ from the C library's `logf`/`sinf`/`cosf`, so the normals match
/// PyTorch's only when computed this way.
enum VectorNormalMath {
    /// ln x for x > 0 (NaN for x ≤ 0); subnormal inputs are raised to the smallest normal float.
    static func log(_ input: Float) -> Float {
        guard input > 0 else { return .nan }
        var x = Swift.max(input, Float(bitPattern: 0x0080_0000))
        let exponent = Int32(bitPattern: x.bitPattern >> 23) - 0x7F
        x = Float(bitPattern: (x.bitPattern & ~0x7F80_0000) | Float(0.5).bitPattern)
        var e = Float(exponent) + 1
        // Keep x in [√½, √2): below √½, double it and lower the exponent.
        let below = x < Float(0.707106781186547524)
        let doubled: Float = below ? x : 0
        x -= 1
        e -= below ? 1 : 0
        x += doubled
        let z = x * x
        var y: Float = 7.0376836292E-2
        for c: Float in [-1.1514610310E-1, 1.1676998740E-1, -1.2420140846E-1, 1.4249322787E-1,
                         -1.6668057665E-1, 2.0000714765E-1, -2.4999993993E-1, 3.3333331174E-1] {
            y = c.addingProduct(y, x)
        }
        y *= x
        y = (e * Float(-2.12194440e-4)).addingProduct(y, z)
        y = y.addingProduct(-z, 0.5)
        x += y
        return x.addingProduct(e, 0.693359375)
    }

    /// (sin x, cos x), reducing x by multiples of π/4 in three parts (Cephes' extended precision).
    static func sinCos(_ input: Float) -> (sin: Float, cos: Float) {
        var x = abs(input)
        var j = Int32(x * Float(1.27323954473516))  // 4/π, truncated
        j = (j &+ 1) & ~1
        let y = Float(j)
        let sinNegative = (input.sign == .minus) != (j & 4 != 0)
        let cosNegative = ~(j &- 2) & 4 != 0
        let sinPolynomial = j & 2 != 0
        for part: Float in [-0.78515625, -2.4187564849853515625e-4, -3.77489497744594108e-8] { x = x.addingProduct(y, part) }
        let z = x * x
        var c: Float = 2.443315711809948E-005
        c = Float(-1.388731625493765E-003).addingProduct(c, z)
        c = Float(4.166664568298827E-002).addingProduct(c, z)
        c *= z
        c = (-(z * 0.5)).addingProduct(c, z)
        c += 1
        var s: Float = -1.9515295891E-4
        s = Float(8.3321608736E-3).addingProduct(s, z)
        s = Float(-1.6666654611E-1).addingProduct(s, z)
        s *= z
        s = x.addingProduct(s, x)
        let (sine, cosine) = sinPolynomial ? (c, s) : (s, c)
        return (sinNegative ? -sine : sine, cosNegative ? -cosine : cosine)
    }
}
