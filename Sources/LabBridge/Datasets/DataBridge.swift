import LabScript

/// Installs the `datasets` and `evaluate` modules into an interpreter.
public enum DataBridge {
    /// Registers both modules, sharing `context` (the session's random streams, already
    /// registered as session state, and the stderr for progress lines).
    static func install(into interpreter: Interpreter, context: DataBridgeContext) {
        DataBridgeContext.register(context, for: interpreter)
        interpreter.register(moduleNamed: "datasets") { _ in DatasetsModule.make(context) }
        interpreter.register(moduleNamed: "evaluate") { _ in EvaluateModule.make(context) }
    }
}
