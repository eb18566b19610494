import LabScript
import LabRL

/// trl's `PPOConfig(...)`: PPO settings by keyword; an unknown keyword is the TypeError Python raises.
final class PPOConfigObject: NativeObject {
    let config: PPOConfig

    init(_ config: PPOConfig) { self.config = config }

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
            return .native(PPOConfigObject(config))
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

    /// The fields labs read back (`config.batch_size`, `config.model_name`, ...).
    func getAttribute(_ name: String, _ interpreter: Interpreter) throws -> Value? {
        switch name {
        case "seed": return .int(Int(config.seed))
        case "model_name": return .str(config.modelName)
        case "steps": return .int(config.steps)
        case "learning_rate": return .float(config.learningRate)
        case "batch_size": return .int(config.batchSize)
        case "mini_batch_size": return .int(config.miniBatchSize)
        case "gradient_accumulation_steps": return .int(config.gradientAccumulationSteps)
        case "ppo_epochs": return .int(config.ppoEpochs)
        case "init_kl_coef": return .float(config.initKLCoef)
        case "adap_kl_ctrl": return .bool(config.adapKLCtrl)
        case "target": return .float(config.target)
        default: return nil
        }
    }
}
