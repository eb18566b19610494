import LabScript

/// Installs the `datasets` and `evaluate` modules into an interpreter.
public enum DataBridge {
    /// Registers both modules, sharing `context` (numpy's global random state, the tensor
    /// conversion for the torch format, the stderr for progress lines).
    public static func install(into interpreter: Interpreter, context: DataBridgeContext) {
        interpreter.register(moduleNamed: "datasets") { _ in DatasetsModule.make(context) }
        interpreter.register(moduleNamed: "evaluate") { _ in EvaluateModule.make(context) }
    }

    /// Registers both modules with a context of their own: numpy's global state seeded from the
    /// interpreter's seed and progress lines on its stderr.
    public static func install(into interpreter: Interpreter) {
        let random = NumpyGlobalRandom(seed: UInt32(truncatingIfNeeded: interpreter.configuration.seed))
        install(into: interpreter, context: DataBridgeContext(random: random, stderr: interpreter.configuration.stderr))
    }
}
