import LabScript
import LabTensor

/// `torch.Tensor`: the methods and properties of tensor objects.
extension TensorObject {
    static let cls = NativeClass("Tensor", module: "torch",
        constructor: Function("Tensor", params: ["data=()"]) { args in
            .tensor(try make(from: args["data"], dtype: .float32))
        },
        methods: (TensorOperation.shared + TensorOperation.selection + TensorOperation.scattering + TensorOperation.normsAndDivision + TensorOperation.everyday).map(\.method) + methods + inPlaceMethods + scatterInPlaceMethods,
        properties: properties)

    private static func unwrap(_ v: Value) throws -> TensorObject {
        guard case .native(let t as TensorObject) = v else { throw PyException.typeError("expected a Tensor, not \(v.typeName)") }
        return t
    }

    private static func receiver(_ a: Args) throws -> Tensor { try a.receiver(as: TensorObject.self).tensor }

    /// The one element of a tensor as a Double (`float(t)`, `int(t)`).
    private static func scalar(_ a: Args) throws -> Double {
        let x = try receiver(a)
        guard x.scalarCount == 1 else { throw PyException.valueError("only one element tensors can be converted to Python scalars") }
        return try torchCall { try x.item() }
    }

    private static let methods: [Function] = [
        Function("size", params: ["dim=None"]) { a in
            let x = try receiver(a)
            guard let dim = a.optional("dim") else { return .native(SizeObject(x.shape)) }
            return .int(try torchCall { try x.size(try Convert.int(dim, "dim")) })
        },
        Function("dim") { a in .int(try receiver(a).rank) },
        Function("tolist") { a in try a.receiver(as: TensorObject.self).nestedList },
        Function("item") { a in
            let x = try receiver(a)
            let value = try torchCall { try x.item() }
            switch x.dtype {
            case .float32, .float16, .bfloat16: return .float(value)
            case .bool: return .bool(value != 0)
            case .int64, .int32, .uint8: return .int(Int(value))
            }
        },
        Function("float") { a in .tensor(try receiver(a).float()) },
        Function("double") { _ in
            throw PyException(.notImplementedError, "torch.float64 tensors are not supported: labrun's tensors are float32, float16, bfloat16, int64, int32, uint8 or bool")
        },
        Function("half") { a in .tensor(try receiver(a).converted(to: .float16)) },
        Function("bfloat16") { a in .tensor(try receiver(a).converted(to: .bfloat16)) },
        Function("type", params: ["dtype=None", "non_blocking=False"]) { a in
            let x = try receiver(a)
            switch a["dtype"] {
            case .none: return .str(DTypeObject.tensorTypeNames.first { $0.0 == x.dtype }!.1)
            case .str(let name): return .tensor(x.converted(to: try DTypeObject.parse(tensorTypeName: name)))
            case let dtype: return .tensor(x.converted(to: try DTypeObject.parse(dtype)!))
            }
        },
        Function("new_zeros", params: ["*size", "dtype=None", "device=None", "requires_grad=False"]) { a in try newFilled(a, 0) },
        Function("new_ones", params: ["*size", "dtype=None", "device=None", "requires_grad=False"]) { a in try newFilled(a, 1) },
        Function("new_empty", params: ["*size", "dtype=None", "device=None", "requires_grad=False"]) { a in try newFilled(a, 0) },
        Function("new_full", params: ["size", "fill_value", "*", "dtype=None", "device=None", "requires_grad=False"]) { a in
            try newTensor(a, try torchCall { try Tensor.full(try Convert.ints([a["size"]], "new_full(): size"), Float(try a.double("fill_value"))) })
        },
        Function("new_tensor", params: ["data", "dtype=None", "device=None", "requires_grad=False"]) { a in
            try newTensor(a, try TensorObject.make(from: a["data"], dtype: try DTypeObject.parse(a["dtype"]) ?? receiver(a).dtype))
        },
        Function("element_size") { a in .int(try receiver(a).dtype.itemSize) },
        Function("is_floating_point") { a in .bool(try receiver(a).dtype.isFloatingPoint) },
        Function("long") { a in .tensor(try receiver(a).converted(to: .int64)) },
        Function("int") { a in .tensor(try receiver(a).converted(to: .int32)) },
        Function("bool") { a in .tensor(try receiver(a).converted(to: .bool)) },
        Function("byte") { a in .tensor(try receiver(a).converted(to: .uint8)) },
        Function("detach") { a in .tensor(try receiver(a).detached()) },
        Function("clone") { a in
            let x = try receiver(a)
            return .tensor(x.requiresGrad ? x.contiguous() * 1 : x)
        },
        Function("contiguous") { a in .tensor(try receiver(a).contiguous()) },
        Function("numpy") { a in
            let x = try receiver(a)
            guard !x.requiresGrad else {
                throw PyException.runtimeError("Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead.")
            }
            return .native(NDArrayObject(x))
        },
        Function("backward", params: ["gradient=None", "retain_graph=False"]) { a in
            let x = try receiver(a)
            let gradient = try a.optional("gradient").map { try unwrap($0).tensor }
            try torchCall { try x.backward(gradient, retainGraph: try a.bool("retain_graph")) }
            return .none
        },
        Function("requires_grad_", params: ["requires_grad=True"]) { a in
            let box = try a.receiver(as: TensorObject.self)
            try box.setRequiresGrad(try a.bool("requires_grad"))
            return .native(box)
        },
        Function("view", params: ["*shape"]) { a in .tensor(try torchCall { try receiver(a).reshape(try Convert.ints(a.varargs, "view(): size")) }) },
        Function("reshape", params: ["*shape"]) { a in .tensor(try torchCall { try receiver(a).reshape(try Convert.ints(a.varargs, "reshape(): shape")) }) },
        Function("permute", params: ["*dims"]) { a in .tensor(try torchCall { try receiver(a).permute(try Convert.ints(a.varargs, "permute(): dims")) }) },
        Function("to", params: ["*args", "**kwargs"]) { a in
            var x = try receiver(a)
            for v in a.varargs + a.kwargs.map(\.1) {
                switch v {
                case .native(let d as DTypeObject): x = x.converted(to: d.storage)
                case .native(let other as TensorObject): x = x.converted(to: other.tensor.dtype)
                case .str, .native(is DeviceObject): try DeviceObject(parsing: v).requireAvailable()
                default: continue   // non_blocking=, copy=
                }
            }
            return .tensor(x)
        },
        Function("cpu") { a in .native(try a.receiver(as: TensorObject.self)) },
        Function("__float__") { a in .float(try scalar(a)) },
        Function("__int__") { a in .int(Int(try scalar(a))) },
        Function("__index__") { a in
            let x = try receiver(a)
            guard x.scalarCount == 1, x.dtype.isIntegral || x.dtype == .bool else {
                throw PyException.typeError("only integer tensors of a single element can be converted to an index")
            }
            return .int(Int(try torchCall { try x.item() }))
        },
        Function("__format__", params: ["spec"]) { a in
            let box = try a.receiver(as: TensorObject.self), spec = try a.string("spec")
            guard box.tensor.rank == 0 else {
                if spec.isEmpty { return .str(box.tensor.description) }
                throw PyException.typeError("unsupported format string passed to Tensor.__format__")
            }
            return .str(try a.interpreter.format(box.nestedList, spec))
        },
        Function("cuda") { _ in throw PyException(.assertionError, "Torch not compiled with CUDA enabled") },
    ]

    /// `x.new_zeros(*size)`, `new_ones`, `new_empty` (zeros): `value` in `x`'s dtype unless `dtype=` says otherwise.
    private static func newFilled(_ a: Args, _ value: Float) throws -> Value {
        try newTensor(a, try torchCall { try Tensor.full(try Convert.ints(a.varargs, "size"), value) })
    }

    /// A `new_*` result: `values` converted to `dtype=` or the receiver's dtype, then `device=` and `requires_grad=` applied.
    private static func newTensor(_ a: Args, _ values: Tensor) throws -> Value {
        if let device = a.optional("device") { try DeviceObject(parsing: device).requireAvailable() }
        let box = TensorObject(values.converted(to: try DTypeObject.parse(a["dtype"]) ?? receiver(a).dtype))
        if try a.bool("requires_grad") { try box.setRequiresGrad(true) }
        return .native(box)
    }

    private static let properties: [Property] = [
        Property("shape") { v, _ in .native(SizeObject(try unwrap(v).tensor.shape)) },
        Property("ndim") { v, _ in .int(try unwrap(v).tensor.rank) },
        Property("dtype") { v, _ in .native(DTypeObject.of(try unwrap(v).tensor.dtype)) },
        Property("device") { _, _ in .native(DeviceObject(type: "cpu")) },
        Property("is_leaf") { v, _ in .bool(try unwrap(v).tensor.isLeaf) },
        Property("data", get: { v, _ in .tensor(try unwrap(v).tensor.detached()) },
                 set: { v, new, _ in try unwrap(v).replaceData(try unwrap(new).tensor) }),
        Property("mT") { v, _ in .tensor(try torchCall { try unwrap(v).tensor.mT() }) },
        Property("T") { v, _ in
            let x = try unwrap(v).tensor
            return .tensor(try torchCall { try x.permute(Array((0..<x.rank).reversed())) })
        },
        Property("requires_grad", get: { v, _ in .bool(try unwrap(v).tensor.requiresGrad) },
                 set: { v, new, interp in try unwrap(v).setRequiresGrad(try interp.truthy(new)) }),
        Property("grad", get: { v, _ in try unwrap(v).tensor.grad.map { .tensor($0) } ?? .none },
                 set: { v, new, _ in
                     let box = try unwrap(v)
                     box.tensor.grad = new.isNone ? nil : try unwrap(new).tensor
                     box.version += 1
                 }),
        Property("grad_fn") { v, _ in
            try unwrap(v).tensor.gradFunctionName.map { .native(GradFunctionObject(name: $0)) } ?? .none
        },
    ]

    /// `x.data = y`: new elements (any shape and dtype) under the same object, keeping
    /// `requires_grad` and the gradient, as `Module.half()` relies on.
    func replaceData(_ data: Tensor) {
        let requiresGrad = tensor.requiresGrad, grad = tensor.grad
        var value = data.detached()
        value.requiresGrad = requiresGrad
        value.grad = grad
        if let parameter { parameter.value = value } else { tensor = value }
        version += 1
    }

    /// `requires_grad = flag`, allowed (as in PyTorch) only on leaves and float tensors.
    func setRequiresGrad(_ flag: Bool) throws {
        guard tensor.isLeaf else {
            throw PyException.runtimeError("you can only change requires_grad flags of leaf variables.")
        }
        guard !flag || tensor.dtype.isFloatingPoint else {
            throw PyException.runtimeError("only Tensors of floating point dtype can require gradients")
        }
        if let parameter { parameter.requiresGrad = flag } else { tensor.requiresGrad = flag }
        version += 1
    }
}

/// The backward node printed for `x.grad_fn` (`<MulBackward0 object at 0x...>`).
final class GradFunctionObject: NativeObject {
    static let cls = NativeClass("Node", module: "torch.autograd.graph", methods: [
        Function("name") { a in .str(try a.receiver(as: GradFunctionObject.self).name) },
    ])
    let name: String
    init(name: String) { self.name = name }
    var pyClass: PyType { GradFunctionObject.cls.type }
    func repr(_ interpreter: Interpreter) throws -> String { "<\(name) object at \(Format.address(of: self))>" }
}
