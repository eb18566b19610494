import Foundation
import LabScript
import LabModels

/// `AutoConfig.from_pretrained(name)`, `T5Config(**kwargs)` and `RobertaConfig(**kwargs)`: configurations `from_config` builds
/// freshly initialized models from.
enum AutoConfigs {
    static let autoConfig = NativeClass("AutoConfig", module: "transformers", staticMethods: [
        Function("from_pretrained", params: ["pretrained_model_name_or_path", "**kwargs"]) { a in
            let folder = try pretrainedFolder(a["pretrained_model_name_or_path"])
            var json = try hubCall { try ConfigJSON(contentsOf: folder.appendingPathComponent("config.json")) }
            json.values.merge(try PythonJSON.config(a.kwargs).values) { _, new in new }
            return .native(ConfigObject(json, className: className(json)))
        },
    ])

    static let t5Config = NativeClass("T5Config", module: "transformers.models.t5.configuration_t5",
        constructor: Function("T5Config", params: ["**kwargs"]) { a in
            var json = try PythonJSON.config(a.kwargs)
            json.values["model_type"] = "t5"
            let config = try hubCall { try T5Config(json: json, file: "T5Config") }
            return .native(ConfigObject(config.toJSON(), className: "T5Config"))
        })

    static let robertaConfig = NativeClass("RobertaConfig", module: "transformers.models.roberta.configuration_roberta",
        constructor: Function("RobertaConfig", params: ["**kwargs"]) { a in
            var json = try PythonJSON.config(a.kwargs)
            json.values["model_type"] = "roberta"
            let config = try hubCall { try RobertaConfig(json: json, file: "RobertaConfig") }
            return .native(ConfigObject(config.toJSON(), className: "RobertaConfig"))
        })

    /// transformers' class name for a config.json's `model_type`.
    static func className(_ json: ConfigJSON) -> String {
        switch json.values["model_type"] as? String {
        case "t5": return "T5Config"
        case "roberta": return "RobertaConfig"
        case let other?: return other.prefix(1).uppercased() + other.dropFirst() + "Config"
        case nil: return "PretrainedConfig"
        }
    }
}
