/// A value given to a `PPOConfig` field by keyword, as a lab writes `PPOConfig(batch_size=16, ...)`.
public enum PPOConfigValue: Equatable, Sendable {
    case none
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
}

extension PPOConfigValue: CustomStringConvertible {
    /// The value as Python writes it (`None`, `True`, `3`, `0.5`, `'kl'`).
    public var description: String {
        switch self {
        case .none: return "None"
        case .bool(let v): return v ? "True" : "False"
        case .int(let v): return String(v)
        case .double(let v): return String(v)
        case .string(let v): return "'\(v)'"
        }
    }
}

extension PPOConfig {
    /// trl 0.11's fields that only name things for experiment tracking or tune devices and
    /// logging; they are accepted and do not change what PPO computes.
    public static let trackingOnlyFields: Set<String> = [
        "exp_name", "log_with", "task_name", "query_dataset", "reward_model", "remove_unused_columns", "tracker_kwargs",
        "accelerator_kwargs", "project_kwargs", "tracker_project_name", "push_to_hub_if_best_kwargs", "optimize_cuda_cache",
        "optimize_device_cache", "compare_steps", "gradient_checkpointing", "is_encoder_decoder", "is_peft_model",
        "world_size", "backward_batch_size", "global_backward_batch_size", "global_batch_size", "dataset_num_proc",
    ]

    /// Sets the field trl calls `name` (e.g. `mini_batch_size`). Tracking-only fields are ignored.
    /// Throws for a name trl's PPOConfig does not have (Python's TypeError wording) and for a
    /// value of the wrong kind.
    public mutating func set(_ name: String, _ value: PPOConfigValue) throws {
        if Self.trackingOnlyFields.contains(name) { return }
        switch name {
        case "seed": seed = UInt64(try Self.int(name, value))
        case "model_name": modelName = try Self.string(name, value)
        case "steps": steps = try Self.int(name, value)
        case "learning_rate": learningRate = try Self.double(name, value)
        case "adap_kl_ctrl": adapKLCtrl = try Self.bool(name, value)
        case "init_kl_coef": initKLCoef = try Self.double(name, value)
        case "kl_penalty":
            guard let mode = KLPenalty(rawValue: try Self.string(name, value)) else {
                throw PPOError.invalidConfig("kl_penalty must be one of 'kl', 'abs', 'mse', 'full'")
            }
            klPenalty = mode
        case "target": target = try Self.double(name, value)
        case "horizon": horizon = try Self.double(name, value)
        case "gamma": gamma = try Self.double(name, value)
        case "lam": lam = try Self.double(name, value)
        case "cliprange": cliprange = try Self.double(name, value)
        case "cliprange_value": cliprangeValue = try Self.double(name, value)
        case "vf_coef": vfCoef = try Self.double(name, value)
        case "batch_size": batchSize = try Self.int(name, value)
        case "forward_batch_size": forwardBatchSize = value == .none ? nil : try Self.int(name, value)
        case "mini_batch_size": miniBatchSize = try Self.int(name, value)
        case "gradient_accumulation_steps": gradientAccumulationSteps = try Self.int(name, value)
        case "ppo_epochs": ppoEpochs = try Self.int(name, value)
        case "max_grad_norm": maxGradNorm = value == .none ? nil : try Self.double(name, value)
        case "early_stopping": earlyStopping = try Self.bool(name, value)
        case "target_kl": targetKL = try Self.double(name, value)
        case "ratio_threshold": ratioThreshold = try Self.double(name, value)
        case "use_score_scaling": useScoreScaling = try Self.bool(name, value)
        case "use_score_norm": useScoreNorm = try Self.bool(name, value)
        case "score_clip": scoreClip = value == .none ? nil : try Self.double(name, value)
        case "whiten_rewards": whitenRewards = try Self.bool(name, value)
        default: throw PPOError.invalidConfig("PPOConfig.__init__() got an unexpected keyword argument '\(name)'")
        }
    }

    private static func int(_ name: String, _ value: PPOConfigValue) throws -> Int {
        switch value {
        case .int(let v): return v
        case .bool(let v): return v ? 1 : 0
        default: throw wrongKind(name, "an int", value)
        }
    }

    private static func double(_ name: String, _ value: PPOConfigValue) throws -> Double {
        switch value {
        case .double(let v): return v
        case .int(let v): return Double(v)
        case .bool(let v): return v ? 1 : 0
        default: throw wrongKind(name, "a float", value)
        }
    }

    private static func bool(_ name: String, _ value: PPOConfigValue) throws -> Bool {
        guard case .bool(let v) = value else { throw wrongKind(name, "a bool", value) }
        return v
    }

    private static func string(_ name: String, _ value: PPOConfigValue) throws -> String {
        guard case .string(let v) = value else { throw wrongKind(name, "a str", value) }
        return v
    }

    private static func wrongKind(_ name: String, _ expected: String, _ value: PPOConfigValue) -> PPOError {
        PPOError.invalidConfig("PPOConfig field `\(name)` must be \(expected), got \(value)")
    }
}
