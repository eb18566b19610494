import Foundation
import LabScript

/// A NumPy scalar (`np.float64(2.5)`, `np.int64(3)`), what reductions such as `np.mean` return.
/// `repr` names the type as NumPy 2 does; `str`, formatting, `float()`, `int()` and `round()`
/// behave as the Python number; arithmetic with numbers stays a NumPy scalar.
final class NumPyScalar: NativeObject {
    static let cls = NativeClass("float64", module: "numpy", methods: [
        Function("__float__") { a in .float(try a.receiver(as: NumPyScalar.self).value) },
        Function("__int__") { a in try a.interpreter.floatToInt(try a.receiver(as: NumPyScalar.self).value) },
        Function("__format__", params: ["spec"]) { a in
            .str(try a.interpreter.format(try a.receiver(as: NumPyScalar.self).python, try a.string("spec")))
        },
        Function("__round__", params: ["ndigits=None"]) { a in
            let x = try a.receiver(as: NumPyScalar.self)
            guard let digits = a.optional("ndigits") else { return try a.interpreter.floatToInt(x.value.rounded(.toNearestOrEven)) }
            let scale = pow(10, Double(try Convert.int(digits, "ndigits")))
            return .native(NumPyScalar((x.value * scale).rounded(.toNearestOrEven) / scale, isInteger: x.isInteger))
        },
        Function("item") { a in try a.receiver(as: NumPyScalar.self).python },
    ])

    let value: Double
    let isInteger: Bool

    init(_ value: Double, isInteger: Bool) {
        self.value = value
        self.isInteger = isInteger
    }

    /// The equivalent Python number.
    var python: Value { isInteger ? .int(Int(NDArrayObject.int64(value))) : .float(value) }

    var pyClass: PyType { NumPyScalar.cls.type }

    func repr(_ interpreter: Interpreter) throws -> String {
        (isInteger ? "np.int64(" : "np.float64(") + interpreter.repr(python) + ")"
    }

    func str(_ interpreter: Interpreter) throws -> String { interpreter.repr(python) }

    func truthiness(_ interpreter: Interpreter) throws -> Bool? { value != 0 }

    func hashValue() -> Int? { value.hashValue }

    func unaryOp(_ op: UnaryOp, _ interpreter: Interpreter) throws -> Value? {
        switch op {
        case .neg: return .native(NumPyScalar(-value, isInteger: isInteger))
        case .pos: return .native(self)
        case .invert: return nil
        }
    }

    func binaryOp(_ op: BinaryOp, _ other: Value, reflected: Bool, _ interpreter: Interpreter) throws -> Value? {
        if case .native(is NDArrayObject) = other { return nil }
        guard let y = other.number else { return nil }
        let (a, b) = reflected ? (y, value) : (value, y)
        let integer = isInteger && other.integer != nil
        let result: Double
        switch op {
        case .add: result = a + b
        case .sub: result = a - b
        case .mul: result = a * b
        case .truediv: return .native(NumPyScalar(a / b, isInteger: false))
        case .floordiv: result = (a / b).rounded(.down)
        case .mod: result = a - b * (a / b).rounded(.down)
        case .pow: result = pow(a, b)
        default: return nil
        }
        return .native(NumPyScalar(result, isInteger: integer))
    }

    func compare(_ op: CompareOp, _ other: Value, _ interpreter: Interpreter) throws -> Value? {
        guard let y = other.number else { return nil }
        switch op {
        case .lt: return .bool(value < y)
        case .le: return .bool(value <= y)
        case .eq: return .bool(value == y)
        case .ne: return .bool(value != y)
        case .gt: return .bool(value > y)
        case .ge: return .bool(value >= y)
        }
    }
}
