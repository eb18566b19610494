import LabScript
import LabTensor

/// int64 arithmetic as NumPy does it: results wrap around on overflow (`np.array([10]) ** 20`
/// is 7766279631452241920), and `x // 0` and `x % 0` give 0 with a RuntimeWarning on stderr.
/// Elements are stored as Doubles, so a wrapped result above 2**53 keeps only 53 significant bits.
extension NDArrayObject {
    /// Set when an integer division by zero happened, for the one warning per operation.
    final class IntegerFlags {
        var dividedByZero = false
    }

    /// The Int64 an integer element holds (saturating, for values rounded up to 2**63).
    static func int64(_ v: Double) -> Int64 {
        if v.isNaN { return .min }
        if v >= 9.223372036854775807e18 { return .max }
        if v <= -9.223372036854775808e18 { return .min }
        return Int64(v)
    }

    /// The element-wise operation for two integer arrays, or nil when `op` isn't one.
    static func integerOperation(_ op: BinaryOp, _ flags: IntegerFlags) -> ((Double, Double) -> Double)? {
        let body: (Int64, Int64) -> Int64
        switch op {
        case .add: body = { $0 &+ $1 }
        case .sub: body = { $0 &- $1 }
        case .mul: body = { $0 &* $1 }
        case .floordiv:
            body = { a, b in
                if b == 0 { flags.dividedByZero = true; return 0 }
                if a == .min && b == -1 { return .min }
                let q = a / b
                return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
            }
        case .mod:
            body = { a, b in
                if b == 0 { flags.dividedByZero = true; return 0 }
                if b == -1 { return 0 }
                let r = a % b
                return (r != 0 && (r < 0) != (b < 0)) ? r + b : r
            }
        case .pow: body = { $0.wrappingPower($1) }
        default: return nil
        }
        return { Double(body(int64($0), int64($1))) }
    }

    /// NumPy's name for `op` in its "divide by zero encountered in ..." warning.
    static func ufuncName(_ op: BinaryOp) -> String { op == .mod ? "remainder" : "floor_divide" }
}
