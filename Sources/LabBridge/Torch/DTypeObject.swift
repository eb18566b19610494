import LabScript
import LabTensor

/// A `torch.dtype` (`torch.float32`). `float16` and `bfloat16` name the precision a model's weights
/// are rounded to (`from_pretrained(torch_dtype=)`, `model.half()`); tensors of those dtypes are
/// not supported, and asking for one raises an error naming it rather than computing in float32
/// under a float32 name.
final class DTypeObject: NativeObject {
    static let cls = NativeClass("dtype", module: "torch", properties: [
        Property("is_floating_point") { v, _ in
            guard case .native(let d as DTypeObject) = v else { return .none }
            return .bool(d.storage == .float32)
        },
    ])

    /// The name after `torch.`, as the script wrote it (`bfloat16`).
    let name: String
    /// The engine dtype the tensor is stored in.
    let storage: DType

    init(_ name: String, _ storage: DType) {
        self.name = name
        self.storage = storage
    }

    var pyClass: PyType { DTypeObject.cls.type }
    func repr(_ interpreter: Interpreter) throws -> String { "torch.\(name)" }
    func hashValue() -> Int? { name.hashValue }
    func compare(_ op: CompareOp, _ other: Value, _ interpreter: Interpreter) throws -> Value? {
        guard op == .eq || op == .ne, case .native(let o as DTypeObject) = other else { return nil }
        return .bool((o.name == name) == (op == .eq))
    }

    /// The dtypes `torch` exports, by attribute name (aliases such as `long` share an object).
    static let all: [(String, DTypeObject)] = {
        let f32 = DTypeObject("float32", .float32), i64 = DTypeObject("int64", .int64)
        let i32 = DTypeObject("int32", .int32), b = DTypeObject("bool", .bool), u8 = DTypeObject("uint8", .uint8)
        return [("float32", f32), ("float", f32), ("float16", DTypeObject("float16", .float32)), ("half", DTypeObject("float16", .float32)),
                ("bfloat16", DTypeObject("bfloat16", .float32)), ("int64", i64), ("long", i64), ("int32", i32), ("int", i32), ("uint8", u8), ("bool", b)]
    }()

    /// The dtype object printed for an engine dtype.
    static func of(_ dtype: DType) -> DTypeObject {
        all.first { $0.1.storage == dtype && $0.1.name == dtype.rawValue }!.1
    }

    /// Whether this is `float16` or `bfloat16`, which only models' weights can take.
    var isReducedFloat: Bool { name == "float16" || name == "bfloat16" }

    /// The error for a tensor asked to hold `float16` or `bfloat16`.
    static func reducedFloatTensor(_ name: String) -> PyException {
        PyException(.notImplementedError, "torch.\(name) tensors are not supported: labrun's tensors are float32, int64, int32, uint8 or bool "
                    + "(a model's weights can be rounded with model.half() or torch_dtype=torch.\(name))")
    }

    /// The tensor dtype a `dtype=` argument names; nil when the argument is None.
    static func parse(_ v: Value) throws -> DType? {
        if v.isNone { return nil }
        if case .native(let d as DTypeObject) = v {
            if d.isReducedFloat { throw reducedFloatTensor(d.name) }
            return d.storage
        }
        if case .type(let t) = v {
            switch t.name {
            case "float": return .float32
            case "int": return .int64
            case "bool": return .bool
            default: break
            }
        }
        throw PyException.typeError("dtype must be torch.dtype, not \(v.typeName)")
    }
}
