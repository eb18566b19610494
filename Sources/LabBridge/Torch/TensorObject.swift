import LabScript
import LabTensor

/// A `torch.Tensor` as scripts see it: a box around an engine ``Tensor`` (value semantics,
/// copy-on-write storage), so in-place operations and `requires_grad` changes are visible through
/// every name bound to the object.
///
/// A tensor an optimizer updates is backed by an engine ``Parameter`` (a model's weights always
/// are; any other leaf becomes one when an optimizer takes it), so reading and writing `tensor`
/// reads and writes the weight the module and the optimizer share.
class TensorObject: NativeObject {
    private var own: Tensor
    private(set) var parameter: Parameter?
    var version = 0
    /// Set on the copies the REPL keeps in its snapshots of a parameter-backed tensor: the
    /// parameter's value, trainability and gradient when taken (see `snapshot(_:)`).
    private var savedParameter: (value: Tensor, requiresGrad: Bool, grad: Tensor?)?

    init(_ tensor: Tensor) { own = tensor }

    init(parameter: Parameter) {
        self.parameter = parameter
        own = Tensor(0)
    }

    /// The tensor. Writing a parameter-backed tensor with a value of the same shape that records no
    /// graph (an in-place update) keeps the weight's gradient slot.
    var tensor: Tensor {
        get { parameter?.value ?? own }
        set {
            guard let parameter else { own = newValue; return }
            if newValue.shape == parameter.value.shape, !newValue.requiresGrad, newValue.dtype == parameter.value.dtype, parameter.requiresGrad {
                try! parameter.assign(newValue)   // same shape: cannot fail
            } else {
                parameter.value = newValue
            }
        }
    }

    /// The engine parameter behind this tensor, made on first use for a leaf that requires grad
    /// (`torch.optim.SGD([w], lr=0.1)` on a plain tensor).
    func asParameter() throws -> Parameter {
        if let parameter { return parameter }
        guard tensor.isLeaf else { throw PyException.valueError("can't optimize a non-leaf Tensor") }
        let made = Parameter(own, requiresGrad: own.requiresGrad)
        made.grad = own.grad
        parameter = made
        return made
    }

    var pyClass: PyType { TensorObject.cls.type }

    func repr(_ interpreter: Interpreter) throws -> String { tensor.description }

    func length(_ interpreter: Interpreter) throws -> Int? {
        guard let first = tensor.shape.first else { throw PyException.typeError("len() of a 0-d tensor") }
        return first
    }

    func makeIterator(_ interpreter: Interpreter) throws -> (() throws -> Value?)? {
        guard let count = tensor.shape.first else { throw PyException.typeError("iteration over a 0-d tensor") }
        var i = 0
        return { [tensor] in
            guard i < count else { return nil }
            defer { i += 1 }
            return .native(TensorObject(try torchCall { try tensor.select(dim: 0, index: i) }))
        }
    }

    func truthiness(_ interpreter: Interpreter) throws -> Bool? {
        guard tensor.scalarCount == 1 else {
            throw PyException.runtimeError("Boolean value of Tensor with \(tensor.scalarCount == 0 ? "no values" : "more than one value") is ambiguous")
        }
        return try tensor.item() != 0
    }

    /// A plain tensor's snapshot is a copy (copy-on-write). A parameter-backed tensor (a lab
    /// module's weight, a tensor an optimizer took) keeps its identity, since the module and the
    /// optimizer hold the same engine parameter: its snapshot carries the parameter's state, and
    /// copying that snapshot (how the REPL restores one) writes the state back into the
    /// parameter and gives a live tensor over it again.
    func snapshot(_ copier: DeepCopier) -> NativeObject {
        guard let parameter else { return TensorObject(tensor) }
        let copy = self is ParameterObject ? ParameterObject(parameter) : TensorObject(parameter: parameter)
        copy.version = version
        if let saved = savedParameter {
            if saved.value.shape == parameter.value.shape, (try? parameter.assign(saved.value)) != nil {
                parameter.requiresGrad = saved.requiresGrad
            } else {
                parameter.value = saved.value
            }
            parameter.grad = saved.grad
        } else {
            copy.savedParameter = (parameter.value, parameter.requiresGrad, parameter.grad)
        }
        return copy
    }

    /// The tensor a snapshot copy stands for: the saved value, not the live parameter's.
    var snapshotTensor: Tensor { savedParameter?.value ?? tensor }

    /// The tensor's elements as nested Python lists (`tolist()`): ints for integer dtypes, bools for
    /// bool, floats (the float32 value widened) otherwise.
    var nestedList: Value {
        let scalars: [Value]
        switch tensor.dtype {
        case .float32, .float16, .bfloat16: scalars = tensor.toFloatArray().map { .float(Double($0)) }
        case .bool: scalars = tensor.toBoolArray().map { .bool($0) }
        case .int64, .int32, .uint8: scalars = tensor.toInt64Array().map { .int(Int($0)) }
        }
        return TensorObject.nest(scalars[...], shape: tensor.shape[...])
    }

    private static func nest(_ flat: ArraySlice<Value>, shape: ArraySlice<Int>) -> Value {
        guard let first = shape.first else { return flat.first ?? .none }
        let inner = shape.dropFirst().reduce(1, *)
        return .list(PyList((0..<first).map { i in
            let start = flat.startIndex + i * inner
            return nest(flat[start..<start + inner], shape: shape.dropFirst())
        }))
    }
}

extension TensorObject {
    /// A tensor from nested lists/tuples of numbers or bools, a tensor, or a scalar
    /// (`torch.tensor`'s rules: any float makes float32, all bools make bool, else int64).
    static func make(from data: Value, dtype: DType?) throws -> Tensor {
        if case .native(let t as TensorObject) = data {
            return dtype.map { t.tensor.detached().converted(to: $0) } ?? t.tensor.detached()
        }
        if case .native(let a as NDArrayObject) = data { return try a.tensor(dtype: dtype) }
        var scalars: [Value] = []
        let shape = try collect(data, into: &scalars)
        let inferred: DType = scalars.contains(where: \.isFloat) ? .float32
            : (!scalars.isEmpty && scalars.allSatisfy { if case .bool = $0 { return true } else { return false } }) ? .bool
            : scalars.isEmpty ? .float32 : .int64
        let target = dtype ?? inferred
        return try torchCall {
            switch target {
            case .float32, .float16, .bfloat16: return try Tensor(scalars.map { Float($0.number ?? 0) }, shape: shape).converted(to: target)
            case .bool: return try Tensor(bools: scalars.map { ($0.number ?? 0) != 0 }, shape: shape)
            case .int64, .int32, .uint8:
                return try Tensor(int64: scalars.map { try element($0.number ?? 0, of: target) }, shape: shape).converted(to: target)
            }
        }
    }

    /// A number as an element of an integer dtype, truncated toward zero; one out of the dtype's
    /// range is refused as PyTorch refuses it (uint8 takes -255...255, negatives wrapping).
    private static func element(_ value: Double, of dtype: DType) throws -> Int64 {
        let range: ClosedRange<Double> = dtype == .uint8 ? -255...255 : dtype == .int32 ? -0x1p31...(0x1p31 - 1) : -0x1p63...0x1.fffffffffffffp62
        guard range.contains(value) else { throw PyException.runtimeError("value cannot be converted to type \(dtype.rawValue) without overflow") }
        return Int64(value.rounded(.towardZero))
    }

    /// Appends the scalars of nested sequences and returns their shape; ragged input is an error.
    private static func collect(_ v: Value, into scalars: inout [Value]) throws -> [Int] {
        try Convert.nestedScalars(v, leaf: { scalars.append(try scalar($0)) }, ragged: { expected, found, dimension in
            PyException.valueError("expected sequence of length \(expected.first ?? 0) at dim \(dimension) (got \(found.first ?? 0))")
        })
    }

    private static func scalar(_ v: Value) throws -> Value {
        if case .native(let t as TensorObject) = v {
            guard t.tensor.scalarCount == 1 else {
                throw PyException.valueError("only one element tensors can be converted to Python scalars")
            }
            let x = try t.tensor.item()
            return t.tensor.dtype.isFloatingPoint ? .float(x) : .int(Int(x))
        }
        switch v {
        case .int, .bool, .float: return v
        case .native(let s as NumPyScalar): return s.python
        default: throw PyException.typeError("new(): invalid data type '\(v.typeName)'")
        }
    }

    /// A tensor operand: a tensor, or a Python number made a 0-d tensor of a matching dtype.
    static func operand(_ v: Value, like other: Tensor) throws -> Tensor? {
        switch v {
        case .native(let t as TensorObject): return t.tensor
        case .native(let a as NDArrayObject): return try a.tensor(dtype: nil)
        case .float(let d): return Tensor(Float(d))
        case .native(let s as NumPyScalar): return try operand(s.python, like: other)
        case .bool(let b):
            return other.dtype.isFloatingPoint ? Tensor(b ? 1 : 0) : try Tensor(bools: [b], shape: [])
        case .int:
            // A Python int next to a 0-dim integer tensor takes its dtype, as PyTorch's wrapped numbers do.
            let i = v.integer!
            if other.dtype.isFloatingPoint { return Tensor(Float(i)) }
            let exact = try Tensor(int64: [Int64(i)], shape: [])
            return other.dtype.isIntegral && other.rank == 0 ? exact.converted(to: other.dtype) : exact
        default: return nil
        }
    }
}
