import LabScript
import LabTensor

/// The `torch` module: tensor creation, shared tensor operations, dtypes, devices, `no_grad`,
/// seeding, and the `cuda`, `backends.mps`, `nn.functional`, `nn.utils` and `optim` submodules.
/// Computation is float32 on the CPU whatever dtype or device a lab names.
enum TorchModule {
    /// Makes `torch` and its submodules importable; `torch.nn` is written in the lab language
    /// (``NNModule``) over the native `functional`, `init`, `parameter` and `utils` modules.
    static func register(in interpreter: Interpreter, random: SessionRandom) {
        interpreter.register(moduleNamed: "torch") { _ in make(random: random) }
        interpreter.register(moduleNamed: "torch.nn.functional") { _ in Functional.make(random: random) }
        interpreter.register(moduleNamed: "torch.nn.init") { _ in NNInit.make(random: random) }
        interpreter.register(module: NativeModule("torch.nn.parameter", classes: [ParameterObject.parameterClass]))
        interpreter.register(module: ClipGrad.module)
        NNModule.module.register(in: interpreter)
    }

    /// The module, with `random` holding the stream `randn`/`rand` draw from (reset by `manual_seed`).
    static func make(random: SessionRandom) -> NativeModule {
        let seeding = [
            Function("manual_seed", params: ["seed"]) { a in random.reseedTorch(try GeneratorObject.seed(a["seed"], a.interpreter)); return .none },
            Function("initial_seed") { a in try GeneratorObject.seedValue(random.torch, a.interpreter) },
        ]
        return NativeModule("torch",
            functions: creation(random) + sampling(random) + TorchSave.functions + (TensorOperation.shared + TensorOperation.selection + TensorOperation.scattering + TensorOperation.normsAndDivision + TensorOperation.everyday).map(\.function) + joining + [einsum] + seeding + RandomStateFunctions.module(random) + [
                Function("is_tensor", params: ["obj"]) { a in
                    if case .native(is TensorObject) = a["obj"] { return .bool(true) }
                    return .bool(false)
                },
                Function("allclose", params: ["input", "other", "rtol=1e-05", "atol=1e-08"]) { a in
                    let x = try a.native("input", as: TensorObject.self).tensor, y = try a.native("other", as: TensorObject.self).tensor
                    let rtol = try a.double("rtol"), atol = try a.double("atol")
                    return .bool(try torchCall {
                        let shape = try Tensor.broadcastShape(x.shape, y.shape)
                        return try x.expand(shape).allClose(y.expand(shape), rtol: rtol, atol: atol)
                    })
                },
                Function("zeros_like", params: ["input", "dtype=None"]) { a in try like(a, 0) },
                Function("ones_like", params: ["input", "dtype=None"]) { a in try like(a, 1) },
                Function("empty_like", params: ["input", "dtype=None"]) { a in try like(a, 0) },
                Function("where", params: ["condition", "input", "other"]) { a in
                    let condition = try a.native("condition", as: TensorObject.self).tensor
                    let x = try operand(a["input"], like: a["other"]), y = try operand(a["other"], like: a["input"])
                    let selected = try torchCall { try Tensor.where(condition, x, y) }
                    return .tensor(x.dtype == y.dtype ? selected.converted(to: x.dtype) : selected)
                },
            ],
            classes: [TensorObject.cls, DTypeObject.cls, DeviceObject.cls, SizeObject.cls, NoGradObject.cls, GeneratorObject.cls, FInfoObject.cls],
            constants: DTypeObject.all.map { ($0.0, .native($0.1)) } + [("__version__", .str("2.5.0+cpu"))],
            submodules: [
                NativeModule("torch.linalg", functions: TensorOperation.linalg),
                NativeModule("torch.cuda", functions: [
                    Function("is_available") { _ in .bool(false) },
                    Function("device_count") { _ in .int(0) },
                ]),
                NativeModule("torch.backends", submodules: [
                    NativeModule("torch.backends.mps", functions: [Function("is_available") { _ in .bool(false) }]),
                ]),
                OptimModule.module,
                RandomStateFunctions.submodule(random, seeding: seeding),
            ])
    }

    /// A tensor argument that may also be a Python number (then shaped like the other operand's dtype).
    private static func operand(_ v: Value, like other: Value) throws -> Tensor {
        let reference = (try? TensorObject.make(from: other, dtype: nil)) ?? Tensor(0)
        guard let t = try TensorObject.operand(v, like: reference) else { throw PyException.typeError("expected a Tensor or a number, not \(v.typeName)") }
        return t
    }

    private static func creation(_ random: SessionRandom) -> [Function] {
        [
            Function("tensor", params: ["data", "*", "dtype=None", "device=None", "requires_grad=False"]) { a in
                try tensorArgument(a, try TensorObject.make(from: a["data"], dtype: try DTypeObject.parse(a["dtype"])))
            },
            Function("as_tensor", params: ["data", "dtype=None", "device=None"]) { a in
                if case .native(let t as TensorObject) = a["data"], a.optional("dtype") == nil { return .native(t) }
                return .tensor(try TensorObject.make(from: a["data"], dtype: try DTypeObject.parse(a["dtype"])))
            },
            filled("zeros", 0), filled("ones", 1),
            Function("full", params: ["size", "fill_value", "*", "dtype=None", "device=None", "requires_grad=False"]) { a in
                let shape = try Convert.ints([a["size"]], "full(): size")
                let fill = try a.double("fill_value")
                let inferred: DType = a["fill_value"].integer != nil ? .int64 : .float32
                let dtype = try DTypeObject.parse(a["dtype"]) ?? inferred
                return try tensorArgument(a, try torchCall { try Tensor.full(shape, Float(fill)).converted(to: dtype) })
            },
            Function("arange", params: ["start", "end=None", "step=1", "*", "dtype=None", "device=None", "requires_grad=False"]) { a in
                let (start, end) = a.optional("end") == nil ? (0.0, try a.double("start")) : (try a.double("start"), try a.double("end"))
                let allInts = [a["start"], a["end"], a["step"]].allSatisfy { $0.isNone || $0.integer != nil }
                let dtype = try DTypeObject.parse(a["dtype"]) ?? (allInts ? .int64 : .float32)
                let values = try torchCall { try Tensor.arange(Float(start), Float(end), step: Float(try a.double("step"))) }
                return try tensorArgument(a, dtype.isFloatingPoint ? values.converted(to: dtype) : try Tensor(int64: values.toFloatArray().map { Int64($0.rounded()) }, shape: values.shape).converted(to: dtype))
            },
            Function("randn", params: ["*size", "generator=None", "dtype=None", "device=None", "requires_grad=False"]) { a in
                try SessionRandom.requireFloat(a, kernel: "normal_kernel_cpu")
                let shape = try Convert.ints(a.varargs, "randn(): size")
                return try tensorArgument(a, try torchCall { try random.drawing(a) { try $0.normal(shape) } })
            },
            Function("rand", params: ["*size", "generator=None", "dtype=None", "device=None", "requires_grad=False"]) { a in
                try SessionRandom.requireFloat(a, kernel: "check_uniform_bounds")
                let shape = try Convert.ints(a.varargs, "rand(): size")
                return try tensorArgument(a, try torchCall { try random.drawing(a) { try $0.uniform(shape) } })
            },
            Function("device", params: ["type", "index=None"]) { a in .native(try DeviceObject(parsing: a["type"])) },
            Function("no_grad") { _ in .native(NoGradObject()) },
        ]
    }

    private static func filled(_ name: String, _ value: Float) -> Function {
        Function(name, params: ["*size", "dtype=None", "device=None", "requires_grad=False"]) { a in
            let shape = try Convert.ints(a.varargs, "\(name)(): size")
            let dtype = try DTypeObject.parse(a["dtype"]) ?? .float32
            return try tensorArgument(a, try torchCall { try Tensor.full(shape, value).converted(to: dtype) })
        }
    }

    /// A tensor shaped like `input`, filled with `value`, in `input`'s dtype unless `dtype=` says otherwise.
    private static func like(_ a: Args, _ value: Float) throws -> Value {
        let x = try a.native("input", as: TensorObject.self).tensor
        let dtype = try DTypeObject.parse(a["dtype"]) ?? x.dtype
        return .tensor(try torchCall { try Tensor.full(x.shape, value).converted(to: dtype) })
    }

    /// Applies the `device=` and `requires_grad=` arguments every creation function takes.
    private static func tensorArgument(_ a: Args, _ tensor: Tensor) throws -> Value {
        if let device = a.optional("device") { try DeviceObject(parsing: device).requireAvailable() }
        let box = TensorObject(tensor)
        if try a.bool("requires_grad") { try box.setRequiresGrad(true) }
        return .native(box)
    }

    private static let joining: [Function] = [
        Function("cat", params: ["tensors", "dim=0"]) { a in .tensor(try torchCall { try Tensor.concat(try tensors(a["tensors"]), dim: try a.int("dim")) }) },
        Function("stack", params: ["tensors", "dim=0"]) { a in .tensor(try torchCall { try Tensor.stack(try tensors(a["tensors"]), dim: try a.int("dim")) }) },
    ]

    private static func tensors(_ v: Value) throws -> [Tensor] {
        guard let items = Convert.sequence(v) else { throw PyException.typeError("expected a list or tuple of Tensors, not \(v.typeName)") }
        return try items.map {
            guard case .native(let t as TensorObject) = $0 else { throw PyException.typeError("expected Tensor as element, but got \($0.typeName)") }
            return t.tensor
        }
    }
}
