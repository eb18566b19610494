import LabScript
import LabTensor

/// Python operators on tensors: arithmetic with tensors and numbers on either side, `@`, unary
/// minus, and comparisons giving bool tensors.
extension TensorObject {
    func binaryOp(_ op: BinaryOp, _ other: Value, reflected: Bool, _ interpreter: Interpreter) throws -> Value? {
        guard let rhs = try TensorObject.operand(other, like: tensor) else { return nil }
        let (a, b) = reflected ? (rhs, tensor) : (tensor, rhs)
        let result: Tensor? = try torchCall {
            switch op {
            case .add: return try TensorObject.scalarAware(a, b, +, +, +)
            case .sub: return try TensorObject.scalarAware(a, b, -, -, -)
            case .mul: return try TensorObject.scalarAware(a, b, *, *, *)
            case .truediv: return try TensorObject.scalarAware(a.floatingPoint(), b.floatingPoint(), /, /, /)
            case .floordiv: return try Tensor.floorDivide(a, b)
            case .mod: return try Tensor.remainder(a, b)
            case .pow: return try TensorObject.power(a, b)
            case .matmul: return try a.matmul(b)
            default: return nil
            }
        }
        return result.map { .native(TensorObject($0)) }
    }

    func unaryOp(_ op: UnaryOp, _ interpreter: Interpreter) throws -> Value? {
        switch op {
        case .neg: return .native(TensorObject(tensor.dtype.isFloatingPoint ? -tensor : try torchCall { try Tensor(int64: [0], shape: []) - tensor }))
        case .pos: return .native(self)
        default: return nil
        }
    }

    func compare(_ op: CompareOp, _ other: Value, _ interpreter: Interpreter) throws -> Value? {
        guard let rhs = try TensorObject.operand(other, like: tensor) else { return nil }
        let comparison: Tensor.Comparison
        switch op {
        case .lt: comparison = .less
        case .le: comparison = .lessOrEqual
        case .eq: comparison = .equal
        case .ne: comparison = .notEqual
        case .gt: comparison = .greater
        case .ge: comparison = .greaterOrEqual
        }
        return .native(TensorObject(try torchCall { try tensor.compare(comparison, rhs) }))
    }

    /// Uses the engine's tensor-scalar op when one side is a 0-d float, so `grad_fn` names match
    /// PyTorch (`x * 2` is `MulBackward0` either way) and no gradient is kept for the constant.
    private static func scalarAware(_ a: Tensor, _ b: Tensor, _ both: (Tensor, Tensor) throws -> Tensor,
                                    _ right: (Tensor, Float) -> Tensor, _ left: (Float, Tensor) -> Tensor) throws -> Tensor {
        if b.rank == 0, !b.requiresGrad, b.dtype == .float32, a.dtype.isFloatingPoint, Tensor.resultType(a, b) == a.dtype { return right(a, Float(try b.item())) }
        if a.rank == 0, !a.requiresGrad, a.dtype == .float32, b.dtype.isFloatingPoint, Tensor.resultType(a, b) == b.dtype { return left(Float(try a.item()), b) }
        return try both(a, b)
    }

    /// `a ** b`: exact for integer operands, else in float32.
    static func power(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        if !Tensor.resultType(a, b).isFloatingPoint { return try a.integerPower(b) }
        if b.rank == 0, !b.requiresGrad { return a.floatingPoint().pow(Float(try b.item())) }
        return try a.floatingPoint().pow(b.floatingPoint())
    }
}
