import LabScript
import LabTensor

/// A `torch.dtype` (`torch.float32`, `torch.float16`, ...). For a Hugging Face model, `float16` and
/// `bfloat16` name the precision its weights are rounded to (`from_pretrained(torch_dtype=)`,
/// `model.half()`).
final class DTypeObject: NativeObject {
    static let cls = NativeClass("dtype", module: "torch", properties: [
        Property("is_floating_point") { v, _ in
            guard case .native(let d as DTypeObject) = v else { return .none }
            return .bool(d.storage.isFloatingPoint)
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
        let f16 = DTypeObject("float16", .float16), i32 = DTypeObject("int32", .int32), b = DTypeObject("bool", .bool), u8 = DTypeObject("uint8", .uint8)
        return [("float32", f32), ("float", f32), ("float16", f16), ("half", f16), ("bfloat16", DTypeObject("bfloat16", .bfloat16)), ("int64", i64), ("long", i64), ("int32", i32), ("int", i32), ("uint8", u8), ("bool", b)]
    }()

    /// The dtype object printed for an engine dtype.
    static func of(_ dtype: DType) -> DTypeObject {
        all.first { $0.1.storage == dtype && $0.1.name == dtype.rawValue }!.1
    }

    /// The legacy tensor type names `Tensor.type()` gives and takes (`torch.FloatTensor`).
    static let tensorTypeNames: [(DType, String)] = [
        (.float32, "torch.FloatTensor"), (.float16, "torch.HalfTensor"), (.bfloat16, "torch.BFloat16Tensor"),
        (.int64, "torch.LongTensor"), (.int32, "torch.IntTensor"), (.uint8, "torch.ByteTensor"), (.bool, "torch.BoolTensor"),
    ]

    /// The dtype `Tensor.type(name)` converts to; float64 and the other types labrun lacks are refused.
    static func parse(tensorTypeName name: String) throws -> DType {
        if let known = tensorTypeNames.first(where: { $0.1 == name }) { return known.0 }
        let unsupported = ["torch.DoubleTensor", "torch.ShortTensor", "torch.CharTensor", "torch.ComplexFloatTensor", "torch.ComplexDoubleTensor"]
        if unsupported.contains(name) || name.hasPrefix("torch.cuda.") {
            throw PyException(.notImplementedError, "\(name) is not supported: labrun's tensors are float32, float16, bfloat16, int64, int32, uint8 or bool")
        }
        throw PyException.valueError("invalid type: '\(name)'")
    }

    /// The tensor dtype a `dtype=` argument names; nil when the argument is None.
    static func parse(_ v: Value) throws -> DType? {
        if v.isNone { return nil }
        if case .native(let d as DTypeObject) = v {
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
