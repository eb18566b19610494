import Foundation
import LabScript
import LabModels

/// A model configuration (`model.config`) read as attributes from its config.json values, with
/// `id2label` keyed by int as transformers converts it.
final class ConfigObject: NativeObject {
    let json: ConfigJSON
    let className: String

    init(_ json: ConfigJSON, className: String) {
        self.json = json
        self.className = className
    }

    var pyClass: PyType { (ConfigObject.classes[className] ?? ConfigObject.classes["PretrainedConfig"]!).type }

    /// transformers' configuration classes by name, sharing their methods.
    static let classes: [String: NativeClass] = Dictionary(uniqueKeysWithValues: [
        ("PretrainedConfig", "transformers.configuration_utils"), ("T5Config", "transformers.models.t5.configuration_t5"),
        ("RobertaConfig", "transformers.models.roberta.configuration_roberta"),
    ].map { name, module in
        (name, NativeClass(name, module: module, methods: [
            Function("to_dict") { a in a.interpreter.value(fromJSON: try a.receiver(as: ConfigObject.self).json.values) },
        ]))
    })

    func getAttribute(_ name: String, _ interpreter: Interpreter) throws -> Value? {
        if name == "id2label" || name == "label2id", let labels = json.values["id2label"] as? [String: Any] {
            let pairs = labels.compactMap { key, label in Int(key).map { ($0, "\(label)") } }.sorted { $0.0 < $1.0 }
            let dict = PyDict()
            for (id, label) in pairs {
                if name == "id2label" { try dict.set(.int(id), .str(label)) } else { try dict.set(.str(label), .int(id)) }
            }
            return .dict(dict)
        }
        return json.values[name].map(interpreter.value(fromJSON:))
    }

    func repr(_ interpreter: Interpreter) throws -> String {
        let body = (try? json.serialized()).flatMap { String(data: $0, encoding: .utf8) } ?? "{}"
        return "\(className) \(body)\n"
    }
}
