import BigInt
import Foundation

extension BigInt {
    /// The nearest Double (ties to even), as Python's `float(int)` gives; ±inf when too large.
    var nearestDouble: Double {
        let m = magnitude
        let width = m.bitWidth
        var d: Double
        if width <= 64 {
            d = Double(UInt64(m))
        } else {
            // Keep the top 64 bits and fold the rest into a sticky bit, so the hardware
            // conversion of the 64-bit value rounds exactly as the full value would.
            let shift = width - 64
            let top = UInt64(m >> shift)
            let sticky: UInt64 = (m & ((BigUInt(1) << shift) - 1)).isZero ? 0 : 1
            d = scalbn(Double(top | sticky), Int32(clamping: shift))
        }
        return sign == .minus ? -d : d
    }
}
