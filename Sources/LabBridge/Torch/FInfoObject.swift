import Foundation
import LabScript

/// `torch.finfo(dtype)`: the limits of a floating-point dtype (float32, float16, bfloat16), as
/// Python floats, printed as PyTorch prints them.
final class FInfoObject: NativeObject {
    static let cls = NativeClass("finfo", module: "torch",
        constructor: Function("finfo", params: ["type=None"]) { a in
            guard let type = a.optional("type") else { return .native(FInfoObject(.float32)) }
            guard case .native(let dtype as DTypeObject) = type else {
                throw PyException.typeError("finfo(): argument 'type' (position 1) must be torch.dtype, not \(type.typeName)")
            }
            guard let format = Format(rawValue: dtype.name) else {
                throw PyException.typeError("torch.finfo() requires a floating point input type. Use torch.iinfo to handle 'torch.finfo'")
            }
            return .native(FInfoObject(format))
        },
        properties: [
            field("bits") { .int($0.bits) }, field("eps") { .float($0.eps) }, field("max") { .float($0.max) },
            field("min") { .float(-$0.max) }, field("tiny") { .float($0.tiny) }, field("smallest_normal") { .float($0.tiny) },
            field("resolution") { .float($0.resolution) }, field("dtype") { .str($0.format.rawValue) },
        ])

    /// The floating-point formats and their limits.
    enum Format: String {
        case float32, float16, bfloat16
    }

    let format: Format

    init(_ format: Format) { self.format = format }

    var bits: Int { format == .float32 ? 32 : 16 }
    var eps: Double {
        switch format {
        case .float32: return Double(Float.ulpOfOne)
        case .float16: return 0x1p-10
        case .bfloat16: return 0x1p-7
        }
    }
    var max: Double {
        switch format {
        case .float32: return Double(Float.greatestFiniteMagnitude)
        case .float16: return 65504
        case .bfloat16: return Double(Float(bitPattern: 0x7F7F_0000))
        }
    }
    /// The smallest normal value (`tiny`, `smallest_normal`).
    var tiny: Double { format == .float16 ? 0x1p-14 : Double(Float.leastNormalMagnitude) }
    /// 10^-(decimal digits of precision).
    var resolution: Double {
        switch format {
        case .float32: return 1e-06
        case .float16: return 0.001
        case .bfloat16: return 0.01
        }
    }

    var pyClass: PyType { FInfoObject.cls.type }

    func repr(_ interpreter: Interpreter) throws -> String {
        let g = { (x: Double) in String(format: "%g", x) }
        return "finfo(resolution=\(g(resolution)), min=\(g(-max)), max=\(g(max)), eps=\(g(eps)), "
            + "smallest_normal=\(g(tiny)), tiny=\(g(tiny)), dtype=\(format.rawValue))"
    }

    func compare(_ op: CompareOp, _ other: Value, _ interpreter: Interpreter) throws -> Value? {
        guard op == .eq || op == .ne, case .native(let o as FInfoObject) = other else { return nil }
        return .bool((o.format == format) == (op == .eq))
    }

    private static func field(_ name: String, _ get: @escaping (FInfoObject) -> Value) -> Property {
        Property(name) { v, _ in
            guard case .native(let info as FInfoObject) = v else { return .none }
            return get(info)
        }
    }
}
