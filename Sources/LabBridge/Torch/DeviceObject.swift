import LabScript

/// A `torch.device`. Everything runs on the CPU: `cpu` is the only device tensors can move to;
/// naming `cuda` or `mps` is accepted by `torch.device` but moving a tensor there raises the error
/// a CPU-only PyTorch raises.
final class DeviceObject: NativeObject {
    static let cls = NativeClass("device", module: "torch",
        constructor: Function("device", params: ["type", "index=None"]) { args in
            .native(try DeviceObject(parsing: args["type"]))
        },
        properties: [Property("type") { v, _ in
            guard case .native(let d as DeviceObject) = v else { return .none }
            return .str(d.type)
        }])

    let type: String
    let index: Int?

    init(type: String, index: Int? = nil) {
        self.type = type
        self.index = index
    }

    /// A device from `"cpu"`, `"cuda:0"` or another device object.
    convenience init(parsing v: Value) throws {
        if case .native(let d as DeviceObject) = v {
            self.init(type: d.type, index: d.index)
            return
        }
        guard case .str(let text) = v else { throw PyException.typeError("device() expected a string, not \(v.typeName)") }
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard ["cpu", "cuda", "mps", "meta"].contains(parts[0]), parts.count <= 2 else {
            throw PyException.runtimeError("Expected one of cpu, cuda, mps, meta device type at start of device string: \(text)")
        }
        let index = parts.count == 2 ? Int(parts[1]) : nil
        if parts.count == 2 && index == nil { throw PyException.runtimeError("Invalid device string: '\(text)'") }
        self.init(type: parts[0], index: index)
    }

    /// Checks that tensors can live on this device (only the CPU is available).
    func requireAvailable() throws {
        switch type {
        case "cpu": return
        case "cuda": throw PyException(.assertionError, "Torch not compiled with CUDA enabled")
        default: throw PyException.runtimeError("\(type) device is not available: labrun computes on the CPU")
        }
    }

    var pyClass: PyType { DeviceObject.cls.type }
    func repr(_ interpreter: Interpreter) throws -> String {
        "device(type='\(type)'" + (index.map { ", index=\($0)" } ?? "") + ")"
    }
    func str(_ interpreter: Interpreter) throws -> String { type + (index.map { ":\($0)" } ?? "") }
    func compare(_ op: CompareOp, _ other: Value, _ interpreter: Interpreter) throws -> Value? {
        guard op == .eq || op == .ne, case .native(let o as DeviceObject) = other else { return nil }
        return .bool((o.type == type && o.index == index) == (op == .eq))
    }
}
