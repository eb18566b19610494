import LabScript

/// The modules labs import (`torch`, `numpy`, ...), exposed to the interpreter as native modules.
/// The interpreter knows nothing of ML and the engine nothing of the interpreter; this is where
/// the two meet.
public enum LabBridge {
    /// Makes the bridge's modules importable in `interpreter`.
    /// - Parameters:
    ///   - seed: seeds the stream `torch.randn`/`torch.rand` draw from until `manual_seed`.
    ///   - display: shows an output in the running cell (`plt.show()`), given as representations
    ///     keyed by MIME type, always including `text/plain`.
    public static func install(into interpreter: Interpreter, seed: UInt64 = 42,
                               display: @escaping ([String: String]) -> Void = { _ in }) {
        let random = RandomStream(seed: seed)
        interpreter.register(moduleNamed: "torch") { _ in TorchModule.make(random: random) }
        interpreter.register(module: NumPyModule.module)
        interpreter.register(module: TQDMModule.module)
        interpreter.register(module: PandasModule.module)
        interpreter.register(moduleNamed: "transformers") { _ in TransformersModule.make(random: random) }
        interpreter.register(module: PEFTModule.module)
        interpreter.register(moduleNamed: "trl") { _ in TRLModule.make(random: random) }
    }

    /// The richer views of a displayed value (`text/html` tables, `image/svg+xml` charts), keyed by
    /// MIME type; nil when the value has none beyond its repr.
    public static func richRepresentations(of value: Value, _ interpreter: Interpreter) -> [String: String]? {
        guard case .native(let object as MimeRepresentable) = value else { return nil }
        return try? object.richRepresentations(interpreter)
    }
}
