import LabScript
import LabTensor

/// `numpy.random`: the legacy functions over the session's global stream (`np.random.seed`,
/// `rand`, `randn`, `randint`, `choice`, …, drawing numpy's values), `RandomState`, and
/// `default_rng` with its `Generator`.
enum NumPyRandomModule {
    static func make(random: SessionRandom) -> NativeModule {
        let global = RandomStateObject.legacyFunctions { _, body in try body(&random.numpy) }
        return NativeModule("numpy.random",
            functions: global + RandomStateObject.notBuilt + [
                Function("seed", params: ["seed=None"]) { a in
                    random.numpy = try RandomStateObject.seeded(a["seed"], random: random)
                    return .none
                },
                Function("default_rng", params: ["seed=None"]) { a in
                    try NumPyGeneratorObject.defaultRNG(a["seed"], random: random, a.interpreter)
                },
            ],
            classes: [RandomStateObject.makeClass(random: random), NumPyGeneratorObject.cls])
    }
}
