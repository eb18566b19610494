import Foundation

/// Floor division and the two remainders, with PyTorch's sign rules: `floorDivide` and
/// `remainder` follow Python (`-5 // 3 == -2`, `-5 % 3 == 1`, the remainder takes the divisor's
/// sign), `fmod` follows C (`fmod(-5, 3) == -2`, the dividend's sign). Integer operands compute
/// exactly in their result type and refuse a zero divisor; float operands follow PyTorch's
/// `div_floor` and `remainder` kernels, so `1 // 0.1` is 9 as in Python.
extension Tensor {
    /// `a // b` (`torch.floor_divide`). No gradient, as in PyTorch.
    public static func floorDivide(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        if let exact = try integerDivision(a, b, "floor_divide", { x, y in
            let (q, r) = (x.dividedReportingOverflow(by: y).partialValue, x.remainderReportingOverflow(dividingBy: y).partialValue)
            return r != 0 && (r < 0) != (y < 0) ? q &- 1 : q
        }) { return exact }
        return try zipFloat(a.detached(), b.detached(), "floor_divide", floorQuotient)
    }

    /// `a % b` (`torch.remainder`): the remainder with the divisor's sign.
    /// Gradients: `g` for `a`, `−g·floor_divide(a, b)` for `b`.
    public static func remainder(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        if let exact = try integerDivision(a, b, "remainder", { x, y in
            let r = x.remainderReportingOverflow(dividingBy: y).partialValue
            return r != 0 && (r < 0) != (y < 0) ? r &+ y : r
        }) { return exact }
        let out = try zipFloat(a, b, "remainder") { x, y in
            let mod = Foundation.fmod(x, y)
            return mod != 0 && (y < 0) != (mod < 0) ? mod + y : mod
        }
        let x = a.detached(), y = b.detached()
        return record(out, "remainder", [a, b]) { g, needs in
            [needs[0] ? try g.sumToShape(x.shape) : nil,
             needs[1] ? try (-(g * zipFloat(x, y, "remainder", floorQuotient))).sumToShape(y.shape) : nil]
        }
    }

    /// `torch.fmod(a, b)`: the remainder with the dividend's sign, as C's `fmod`.
    /// Gradients: `g` for `a`, `−g·trunc(a / b)` for `b`.
    public static func fmod(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        if let exact = try integerDivision(a, b, "fmod", { x, y in x.remainderReportingOverflow(dividingBy: y).partialValue }) { return exact }
        let out = try zipFloat(a, b, "fmod") { Foundation.fmod($0, $1) }
        let x = a.detached(), y = b.detached()
        return record(out, "fmod", [a, b]) { g, needs in
            [needs[0] ? try g.sumToShape(x.shape) : nil,
             needs[1] ? try (-(g * zipFloat(x, y, "fmod") { ($0 / $1).rounded(.towardZero) })).sumToShape(y.shape) : nil]
        }
    }

    /// PyTorch's `div_floor` for floats: the quotient of `a − fmod(a, b)` corrected toward −∞ and
    /// rounded to the nearest integer, which keeps `a == b * (a // b) + a % b` as close as floats allow.
    private static func floorQuotient(_ a: Float, _ b: Float) -> Float {
        if b == 0 { return a / b }
        let mod = Foundation.fmod(a, b)
        var quotient = (a - mod) / b
        if mod != 0 && (b < 0) != (mod < 0) { quotient -= 1 }
        guard quotient != 0 else { return Float(signOf: a / b, magnitudeOf: 0) }
        let floored = quotient.rounded(.down)
        return quotient - floored > 0.5 ? floored + 1 : floored
    }

    /// Exact division of integer or bool operands in their result type, nil when either is a float.
    /// A zero divisor is refused, as PyTorch's integer kernels refuse it, and bools as its dispatch does.
    private static func integerDivision(_ a: Tensor, _ b: Tensor, _ op: String, _ f: (Int64, Int64) -> Int64) throws -> Tensor? {
        let type = resultType(a, b)
        guard !type.isFloatingPoint else { return nil }
        guard type != .bool else {
            throw TensorError(op, "\"\(op == "floor_divide" ? "div_floor" : op)_cpu\" not implemented for 'Bool'")
        }
        let shape = try broadcastShape(a.shape, b.shape, op)
        let x = try a.expand(shape).toInt64Array(), y = try b.expand(shape).toInt64Array()
        guard !y.contains(0) else { throw TensorError(op, "ZeroDivisionError") }
        return wrapping(zip(x, y).map(f), shape: shape, to: type)
    }
}
