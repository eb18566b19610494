import Foundation

/// Eight floats processed together; the pointwise kernels are written over lanes so they vectorize.
typealias Lanes = SIMD8<Float>

/// Calls `body(start, width)` for consecutive blocks of up to 8 indices covering `range`.
@inline(__always)
func forEachLaneBlock(_ range: Range<Int>, _ body: (Int, Int) -> Void) {
    var start = range.lowerBound
    while start < range.upperBound {
        let width = Swift.min(8, range.upperBound - start)
        body(start, width)
        start += width
    }
}

/// Loads `width` ≤ 8 floats (the remaining lanes are 0).
@inline(__always)
func loadLanes(_ p: UnsafePointer<Float>, _ width: Int) -> Lanes {
    if width == 8 { return UnsafeRawPointer(p).loadUnaligned(as: Lanes.self) }
    var lanes = Lanes()
    for k in 0..<width { lanes[k] = p[k] }
    return lanes
}

/// Stores the first `width` ≤ 8 lanes.
@inline(__always)
func storeLanes(_ lanes: Lanes, _ p: UnsafeMutablePointer<Float>, _ width: Int) {
    if width == 8 { return UnsafeMutableRawPointer(p).storeBytes(of: lanes, as: Lanes.self) }
    for k in 0..<width { p[k] = lanes[k] }
}

/// A scalar function applied to each lane (for functions without a vector form).
@inline(__always)
func lanewise(_ x: Lanes, _ f: (Float) -> Float) -> Lanes {
    var result = Lanes()
    for k in 0..<8 { result[k] = f(x[k]) }
    return result
}

/// eˣ per lane: x = n·ln2 + r with |r| ≤ ln2/2 (two-part ln2, Cody–Waite), a degree-6 polynomial
/// for eʳ (Cephes' expf coefficients), scaled by 2ⁿ through the exponent bits. Within 2 ulp of the
/// true value for normal results up to 88.37; eˣ underflows to 0 below about −87.3 (so −∞ gives 0)
/// and is +∞ above ln(Float.greatestFiniteMagnitude); NaN stays NaN. This is the fast kernel; where
/// a result must be PyTorch's subnormal float, see ``expLanesWithSubnormals(_:)`` and
/// ``sumOfExponentials(_:_:shift:into:)``.
@inline(__always)
func expLanes(_ x: Lanes) -> Lanes {
    let low = Lanes(repeating: -88.37626), high = Lanes(repeating: 88.37626)
    let clamped = x.replacing(with: low, where: x .< low).replacing(with: high, where: x .> high)
    // Adding 1.5·2²³ rounds to an integer and leaves it in the low mantissa bits (no float→int
    // conversion instruction needed).
    let shifted = clamped * 1.442695041 + 12_582_912
    let n = shifted - 12_582_912
    var r = clamped - n * 0.693359375
    r = r + n * 2.12194440e-4
    let r2 = r * r
    var p = Lanes(repeating: 1.9875691500e-4)
    p = p * r + 1.3981999507e-3
    p = p * r + 8.3334519073e-3
    p = p * r + 4.1665795894e-2
    p = p * r + 1.6666665459e-1
    p = p * r + 5.0000001201e-1
    let y = p * r2 + r + 1
    let exponent = unsafeBitCast(shifted, to: SIMD8<Int32>.self) &- 0x4B40_0000
    let scale = unsafeBitCast((exponent &+ 127) &<< 23, to: Lanes.self)
    return (y * scale).replacing(with: .infinity, where: x .> 88.72284).replacing(with: x, where: x .!= x)
}

/// Where eˣ is subnormal (a float below 2⁻¹²⁶) or 0 in PyTorch: from −104 (e⁻¹⁰⁴ rounds to 0) up
/// to ln 2⁻¹²⁶ = −87.34. (The kernels spell the bounds out, so no global is read per block.)
let subnormalExponents: Range<Float> = -104 ..< -87.33654

/// e^x computed in double and rounded to float once: PyTorch's float where the result is subnormal
/// (e⁻¹⁰⁰ = 3.78e-44) or near overflow, which ``expLanes(_:)`` gives as 0 or clamped.
@inline(never)
func expInDouble(_ x: Float) -> Float { Float(Foundation.exp(Double(x))) }

/// ``expLanes(_:)`` with PyTorch's floats below 2⁻¹²⁶ and near overflow (for `Tensor.exp()`); a
/// block without such lanes costs a few compares more.
@inline(__always)
func expLanesWithSubnormals(_ x: Lanes) -> Lanes {
    var out = expLanes(x)
    let outside = (x .< -87.33654 .& x .>= -104) .| x .> 88.37626
    if any(outside) {
        for k in 0..<8 where outside[k] { out[k] = expInDouble(x[k]) }
    }
    return out
}

/// eˣ for one float, with the same rounding as ``expLanes(_:)``.
@inline(__always)
func expScalar(_ x: Float) -> Float { expLanes(Lanes(repeating: x))[0] }

/// tanh per lane as 1 − 2/(e²ˣ + 1): absolute error about 1e-7 (relative error grows near 0, so
/// the public `tanh()` uses the libm function; this serves GELU's 1 + tanh(·)).
@inline(__always)
func tanhLanes(_ x: Lanes) -> Lanes { 1 - 2 / (expLanes(2 * x) + 1) }

/// erf per lane (Abramowitz & Stegun 7.1.26: a degree-5 polynomial in 1/(1 + p·|x|) times e^(−x²),
/// odd in x): absolute error below 3e-7 in float32, enough for GELU's 1 + erf(·).
@inline(__always)
func erfLanes(_ x: Lanes) -> Lanes {
    let magnitude = x.replacing(with: -x, where: x .< 0)
    let t = 1 / (1 + 0.3275911 * magnitude)
    var p = Lanes(repeating: 1.061405429)
    p = p * t - 1.453152027
    p = p * t + 1.421413741
    p = p * t - 0.284496736
    p = p * t + 0.254829592
    let y = 1 - p * t * expLanes(-magnitude * magnitude)
    return y.replacing(with: -y, where: x .< 0)
}

/// Σ e^(src[j] − shift) over a row, writing each term to `dst` when given. Lane sums are combined
/// in a fixed order, so the result is the same on every run. The terms written are PyTorch's
/// floats also where they are subnormal: the row's lowest exponent above −104 is tracked (two
/// compares per block; masked entries such as −∞ are below it), and only a row that reaches the
/// subnormal range gets a second pass over those terms. The sum is unchanged by them (they are
/// below 2⁻¹²⁶ and the largest term is 1), so without `dst` nothing is tracked.
func sumOfExponentials(_ src: UnsafePointer<Float>, _ n: Int, shift: Float, into dst: UnsafeMutablePointer<Float>?) -> Float {
    var total = Lanes()
    guard let dst else {
        forEachLaneBlock(0..<n) { start, width in
            var terms = expLanes(loadLanes(src + start, width) - shift)
            if width < 8 { for k in width..<8 { terms[k] = 0 } }
            total += terms
        }
        return total.sum()
    }
    var lowest = Lanes(repeating: .infinity)
    forEachLaneBlock(0..<n) { start, width in
        let x = loadLanes(src + start, width) - shift
        var terms = expLanes(x)
        if width < 8 { for k in width..<8 { terms[k] = 0 } }
        storeLanes(terms, dst + start, width)
        total += terms
        let candidate = x.replacing(with: .infinity, where: x .< -104)
        lowest = lowest.replacing(with: candidate, where: candidate .< lowest)
    }
    if lowest.min() < -87.33654 {
        for j in 0..<n where subnormalExponents.contains(src[j] - shift) { dst[j] = expInDouble(src[j] - shift) }
    }
    return total.sum()
}
