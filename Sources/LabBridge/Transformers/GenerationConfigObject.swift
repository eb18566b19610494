import LabScript
import LabModels

/// transformers' `GenerationConfig(...)`: decoding settings handed to `model.generate`.
final class GenerationConfigObject: NativeObject {
    var config: GenerationConfig

    init(_ config: GenerationConfig) { self.config = config }

    var pyClass: PyType { GenerationConfigObject.cls.type }

    static let cls = NativeClass("GenerationConfig", module: "transformers.generation.configuration_utils",
        constructor: Function("GenerationConfig", params: ["**kwargs"]) { a in
            var config = GenerationConfig()
            try hubCall { try config.update(from: try PythonJSON.config(a.kwargs)) }
            return .native(GenerationConfigObject(config))
        })

    func getAttribute(_ name: String, _ interpreter: Interpreter) throws -> Value? {
        guard let stored = config.toJSON().values[name] else { return nil }
        return interpreter.value(fromJSON: stored)
    }
}
