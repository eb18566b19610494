import LabScript
import LabRL

/// `trl.core.LengthSampler(min_value, max_value)`: calling it draws a length in `min ..< max`
/// from numpy's global stream, which the session owns (`PPOTrainer` reseeds it; its steps'
/// minibatch orders draw from it too).
final class LengthSamplerObject: CallableNative {
    let random: SessionRandom
    var sampler: LengthSampler
    let pyClass: PyType

    init(random: SessionRandom, sampler: LengthSampler, type: PyType) {
        self.random = random
        self.sampler = sampler
        pyClass = type
    }

    /// The class, whose instances draw from `random`'s numpy stream.
    static func makeClass(random: SessionRandom) -> NativeClass {
        var type: PyType?
        let cls = NativeClass("LengthSampler", module: "trl.core",
            constructor: Function("LengthSampler", params: ["min_value", "max_value"]) { a in
                let sampler = try hubCall { try LengthSampler(min: try a.int("min_value"), max: try a.int("max_value"), generator: random.numpy) }
                return .native(LengthSamplerObject(random: random, sampler: sampler, type: type!))
            },
            methods: [
                Function("__call__") { a in
                    let object = try a.receiver(as: LengthSamplerObject.self)
                    object.sampler.generator = object.random.numpy
                    let length = object.sampler()
                    object.random.numpy = object.sampler.generator
                    return .int(length)
                },
            ])
        type = cls.type
        return cls
    }
}
