import LabScript

/// Installs the `datasets` and `evaluate` modules into an interpreter.
public enum DataBridge {
    /// Registers both modules, sharing `context` (numpy's global random state, the stderr for
    /// progress lines).
    public static func install(into interpreter: Interpreter, context: DataBridgeContext) {
        DataBridgeContext.register(context, for: interpreter)
        interpreter.register(sessionState: context.random)
        interpreter.register(moduleNamed: "datasets") { _ in DatasetsModule.make(context) }
        interpreter.register(moduleNamed: "evaluate") { _ in EvaluateModule.make(context) }
    }

    /// Registers both modules with numpy's global state seeded from `seed` and progress lines on
    /// the interpreter's stderr.
    public static func install(into interpreter: Interpreter, seed: UInt64) {
        let random = NumpyGlobalRandom(seed: UInt32(truncatingIfNeeded: seed))
        install(into: interpreter, context: DataBridgeContext(random: random, stderr: interpreter.configuration.stderr))
    }
}
