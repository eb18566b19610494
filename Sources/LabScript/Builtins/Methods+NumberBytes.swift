import BigInt

/// `int.to_bytes`: two's complement when signed, with CPython's OverflowErrors.
func intToBytes(_ value: BigInt, length: Int, order: String, signed: Bool) throws -> [UInt8] {
    guard order == "big" || order == "little" else { throw PyException.valueError("byteorder must be either 'little' or 'big'") }
    guard length >= 0 else { throw PyException.valueError("length argument must be non-negative") }
    if value.sign == .minus && !value.isZero && !signed { throw PyException.overflow("can't convert negative int to unsigned") }
    let bits = BigInt(1) << (8 * length)
    let fits = signed ? (value >= -(bits >> 1) && value < (bits >> 1)) : value < bits
    guard fits else { throw PyException.overflow("int too big to convert") }
    var m = value.sign == .minus ? (value + bits).magnitude : value.magnitude
    var out: [UInt8] = []
    out.reserveCapacity(length)
    for _ in 0..<length {
        out.append(UInt8(m & 0xFF))
        m >>= 8
    }
    return order == "big" ? out.reversed() : out
}

/// `int.from_bytes`.
func intFromBytes(_ bytes: [UInt8], order: String, signed: Bool) throws -> BigInt {
    guard order == "big" || order == "little" else { throw PyException.valueError("byteorder must be either 'little' or 'big'") }
    var m = BigUInt(0)
    for b in (order == "big" ? bytes : bytes.reversed()) { m = m << 8 | BigUInt(b) }
    var value = BigInt(m)
    if signed, let top = (order == "big" ? bytes.first : bytes.last), top & 0x80 != 0 { value -= BigInt(1) << (8 * bytes.count) }
    return value
}

/// `float.hex()` in CPython's form: `0x1.8000000000000p+0`, `0x0.0p+0`, `-inf`, subnormals as `0x0.…p-1022`.
func floatHex(_ d: Double) -> String {
    if d.isNaN { return "nan" }
    if d.isInfinite { return d < 0 ? "-inf" : "inf" }
    let sign = d.sign == .minus ? "-" : ""
    if d == 0 { return sign + "0x0.0p+0" }
    let lead = d.isSubnormal ? "0" : "1"
    let exponent = d.isSubnormal ? -1022 : Int(d.exponent)
    let fraction = String(d.significandBitPattern, radix: 16).leftPadded(to: 13, with: "0")
    return "\(sign)0x\(lead).\(fraction)p\(exponent >= 0 ? "+" : "")\(exponent)"
}
