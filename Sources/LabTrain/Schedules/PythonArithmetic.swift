import Foundation

// The schedules compute as PyTorch's Python code does, so their rates match to the last bit and a
// zero divisor fails as CPython fails.

/// Python's `a % b` on integers: the result takes the divisor's sign.
func pythonModulo(_ a: Int, _ b: Int) throws -> Int {
    guard b != 0 else { throw ScheduleError(.zeroDivision, "integer modulo by zero") }
    let r = a % b
    return r != 0 && (r < 0) != (b < 0) ? r + b : r
}

/// Python's `a // b` on integers: rounds toward negative infinity.
func pythonFloorDivide(_ a: Int, _ b: Int) throws -> Int {
    guard b != 0 else { throw ScheduleError(.zeroDivision, "integer division or modulo by zero") }
    return (a - (try pythonModulo(a, b))) / b
}

/// Python's `a / b` on floats.
func pythonDivide(_ a: Double, _ b: Double) throws -> Double {
    guard b != 0 else { throw ScheduleError(.zeroDivision, "float division by zero") }
    return a / b
}

/// Python's `x ** n` for a float and an int, which CPython computes with the C library's `pow`.
func pythonPower(_ x: Double, _ n: Int) throws -> Double {
    guard x != 0 || n >= 0 else { throw ScheduleError(.zeroDivision, "0.0 cannot be raised to a negative power") }
    return pow(x, Double(n))
}
