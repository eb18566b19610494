import LabScript
import LabRL

/// numpy's global legacy random state as trl uses it: `LengthSampler` draws from it and
/// `PPOTrainer` reseeds it with `config.seed` (trl's `set_seed`).
final class NumPyGlobalState {
    var state: NumPyRandomState
    init() { state = try! NumPyRandomState(seed: 0) }
}

/// `trl.core.LengthSampler(min_value, max_value)`: calling it draws a length in `min ..< max`.
final class LengthSamplerObject: CallableNative {
    let global: NumPyGlobalState
    var sampler: LengthSampler
    let pyClass: PyType

    init(global: NumPyGlobalState, sampler: LengthSampler, type: PyType) {
        self.global = global
        self.sampler = sampler
        pyClass = type
    }

    /// The class, whose instances draw from `global`.
    static func makeClass(global: NumPyGlobalState) -> NativeClass {
        var type: PyType?
        let cls = NativeClass("LengthSampler", module: "trl.core",
            constructor: Function("LengthSampler", params: ["min_value", "max_value"]) { a in
                let sampler = try hubCall { try LengthSampler(min: try a.int("min_value"), max: try a.int("max_value"), generator: global.state) }
                return .native(LengthSamplerObject(global: global, sampler: sampler, type: type!))
            },
            methods: [
                Function("__call__") { a in
                    let object = try a.receiver(as: LengthSamplerObject.self)
                    object.sampler.generator = object.global.state
                    let length = object.sampler()
                    object.global.state = object.sampler.generator
                    return .int(length)
                },
            ])
        type = cls.type
        return cls
    }
}
