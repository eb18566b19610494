import LabScript
import LabRL

/// trl's `PPOConfig(...)`: PPO settings by keyword; an unknown keyword is the TypeError Python raises.
/// Every one of trl's fields reads back and prints as trl's dataclass prints (``PPOConfigFields``).
final class PPOConfigObject: NativeObject {
    let config: PPOConfig
    /// trl's fields in order, as given or defaulted.
    let fields: [(name: String, value: Value)]

    /// The keyword arguments it was made with, to make it again from a saved session.
    var keywords: [(String, Value)] = []

    init(_ config: PPOConfig, fields: [(name: String, value: Value)]) {
        self.config = config
        self.fields = fields
    }

    var pyClass: PyType { PPOConfigObject.cls.type }

    static let cls = NativeClass("PPOConfig", module: "trl.trainer.ppo_config",
        constructor: Function("PPOConfig", params: ["**kwargs"]) { a in
            var config = PPOConfig()
            for (name, value) in a.kwargs {
                do { try config.set(name, try keyword(value)) } catch let error as PPOError {
                    let message = error.description
                    throw message.contains("unexpected keyword") ? PyException.typeError(message) : PyException.valueError(message)
                }
            }
            let fields = PPOConfigFields.values(a.kwargs, argv0: a.interpreter.configuration.argv.first ?? "")
            let object = PPOConfigObject(config, fields: fields)
            object.keywords = a.kwargs
            return .native(object)
        })

    private static func keyword(_ v: Value) throws -> PPOConfigValue {
        switch v {
        case .none: return .none
        case .bool(let b): return .bool(b)
        case .float(let d): return .double(d)
        case .str(let s): return .string(s)
        default:
            if let i = v.integer { return .int(i) }
            return .string("\(v.typeName)")
        }
    }

    /// Any of trl's fields (`config.batch_size`, `config.model_name`, ...).
    func getAttribute(_ name: String, _ interpreter: Interpreter) throws -> Value? {
        fields.first { $0.name == name }?.value
    }

    /// `PPOConfig(exp_name='lab3', seed=0, …)`, the dataclass repr.
    func repr(_ interpreter: Interpreter) throws -> String {
        "PPOConfig(" + fields.map { "\($0.name)=\(interpreter.repr($0.value))" }.joined(separator: ", ") + ")"
    }
}
