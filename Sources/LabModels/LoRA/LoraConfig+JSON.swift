import Foundation

/// adapter_config.json, with the keys and defaults PEFT 0.13 writes for LoRA.
extension LoraConfig {
    /// Reads a parsed adapter_config.json; `file` names it in errors.
    public init(json: ConfigJSON, file: String = "adapter_config.json") throws {
        self.init()
        let peftType = try json.string("peft_type", default: "LORA", in: file)
        guard peftType == "LORA" else {
            throw LoraError.adapterFile("\(file): peft_type \(peftType) is not supported; only LORA")
        }
        r = try json.int("r", default: r, in: file)
        loraAlpha = Float(try json.double("lora_alpha", default: Double(loraAlpha), in: file))
        loraDropout = Float(try json.double("lora_dropout", default: Double(loraDropout), in: file))
        bias = try json.string("bias", default: bias, in: file)
        taskType = try json.optionalString("task_type", in: file)
        fanInFanOut = try json.bool("fan_in_fan_out", default: fanInFanOut, in: file)
        useRslora = try json.bool("use_rslora", default: useRslora, in: file)
        inferenceMode = try json.bool("inference_mode", default: inferenceMode, in: file)
        baseModelNameOrPath = try json.optionalString("base_model_name_or_path", in: file)
        revision = try json.optionalString("revision", in: file)
        targetModules = try Self.targetModules(json.values["target_modules"], file: file)
        if let initWeights = json.values["init_lora_weights"], !(initWeights is NSNull) {
            guard let flag = initWeights as? NSNumber, flag.isJSONBoolean else {
                throw LoraError.adapterFile("\(file): init_lora_weights \(initWeights) is not supported; only true or false")
            }
            initLoraWeights = flag.boolValue
        }
        try rejectUnsupported(json, file: file)
        try validate()
    }

    /// Reads adapter_config.json at `url`.
    public init(contentsOf url: URL) throws {
        try self.init(json: ConfigJSON(contentsOf: url), file: url.path)
    }

    private static func targetModules(_ raw: Any?, file: String) throws -> TargetModules? {
        switch raw {
        case nil, is NSNull: return nil
        case let pattern as String: return .pattern(pattern)
        case let names as [String]: return .names(names)
        default: throw LoraError.adapterFile("\(file): target_modules must be a string or a list of strings")
        }
    }

    /// Features PEFT supports and this implementation does not are errors, not silent differences.
    private func rejectUnsupported(_ json: ConfigJSON, file: String) throws {
        for key in ["modules_to_save", "layers_to_transform", "layer_replication"] {
            if let value = json.values[key], !(value is NSNull) {
                throw LoraError.adapterFile("\(file): \(key) is not supported")
            }
        }
        for key in ["rank_pattern", "alpha_pattern"] {
            if let value = json.values[key] as? [String: Any], !value.isEmpty {
                throw LoraError.adapterFile("\(file): \(key) is not supported")
            }
        }
        if let dora = json.values["use_dora"] as? NSNumber, dora.isJSONBoolean, dora.boolValue {
            throw LoraError.adapterFile("\(file): use_dora is not supported")
        }
    }

    /// The adapter_config.json PEFT 0.13 writes: all its LoRA keys, with PEFT's defaults for those
    /// this implementation does not use.
    public func toJSON() -> ConfigJSON {
        let targets: Any
        switch targetModules {
        case .names(let names)?: targets = names
        case .pattern(let pattern)?: targets = pattern
        case nil: targets = NSNull()
        }
        return ConfigJSON([
            "alpha_pattern": [String: Any](), "auto_mapping": NSNull(),
            "base_model_name_or_path": baseModelNameOrPath.map { $0 as Any } ?? NSNull(),
            "bias": bias, "fan_in_fan_out": fanInFanOut, "inference_mode": inferenceMode,
            "init_lora_weights": initLoraWeights, "layer_replication": NSNull(), "layers_pattern": NSNull(),
            "layers_to_transform": NSNull(), "loftq_config": [String: Any](), "lora_alpha": pythonNumber(loraAlpha),
            "lora_dropout": jsonNumber(loraDropout), "megatron_config": NSNull(), "megatron_core": "megatron.core",
            "modules_to_save": NSNull(), "peft_type": "LORA", "r": r, "rank_pattern": [String: Any](),
            "revision": revision.map { $0 as Any } ?? NSNull(), "target_modules": targets,
            "task_type": taskType.map { $0 as Any } ?? NSNull(), "use_dora": false, "use_rslora": useRslora,
        ])
    }
}

/// An integral alpha as an int (PEFT's `lora_alpha: int`), otherwise as a float.
private func pythonNumber(_ value: Float) -> Any {
    value == value.rounded() && abs(value) < 1e9 ? Int(value) : jsonNumber(value)
}

extension ConfigJSON {
    /// A string, or `nil` when absent or `null`.
    func optionalString(_ key: String, in file: String) throws -> String? {
        guard let raw = values[key], !(raw is NSNull) else { return nil }
        return try string(key, default: "", in: file)
    }
}

extension NSNumber {
    /// Whether JSON parsing made this number from `true` or `false` (a number of C type `char`).
    var isJSONBoolean: Bool { String(cString: objCType) == "c" }
}
