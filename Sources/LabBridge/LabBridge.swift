import LabScript

/// The modules labs import (`torch`, `numpy`, `pandas`, `tqdm`, `matplotlib.pyplot`), exposed to the
/// interpreter as native modules. The interpreter knows nothing of ML and the engine nothing of the
/// interpreter; this is where the two meet.
///
/// The patterns a new module follows:
/// - An engine value is boxed in a `NativeObject` class (``TensorObject`` holds a ``Tensor``) whose
///   static `cls` (a `NativeClass`) declares its methods and properties with `Function`/`Property`.
/// - Operations offered both as `module.f(x, ...)` and `x.f(...)` are declared once
///   (``TensorOperation``).
/// - Engine errors become the Python exception the reference library raises, with its words
///   (`torchCall` turns a `TensorError` into PyTorch's RuntimeError).
/// - Argument conversions live in `Convert` and `Value.number`/`Value.integer`.
/// - State that belongs to one lab (random streams, pandas options, the current figure) is made in
///   ``install(into:seed:display:)``, never global.
/// - A value with a richer view than its repr adopts ``MimeRepresentable``; outputs shown while a
///   cell runs go through the `display` callback.
public enum LabBridge {
    /// Makes the bridge's modules importable in `interpreter`.
    /// - Parameters:
    ///   - seed: seeds the stream `torch.randn`/`torch.rand` draw from until `manual_seed`.
    ///   - display: shows an output in the running cell (`plt.show()`), given as representations
    ///     keyed by MIME type, always including `text/plain`. Without it, the plain text is printed.
    public static func install(into interpreter: Interpreter, seed: UInt64 = 42,
                               display: (([String: String]) -> Void)? = nil) {
        let random = SessionRandom(seed: seed)
        interpreter.register(sessionState: random)
        interpreter.documentationProvider = { APIDescriptions.table[$0] }
        TorchModule.register(in: interpreter, random: random)
        interpreter.register(module: NumPyModule.make(random: random))
        interpreter.register(module: TQDMModule.module)
        interpreter.register(moduleNamed: "pandas") { _ in PandasModule.make() }
        let show = display ?? { [weak interpreter] outputs in interpreter?.configuration.stdout((outputs["text/plain"] ?? "") + "\n") }
        let pyplot = Pyplot(display: show)
        interpreter.register(moduleNamed: "matplotlib") { _ in NativeModule("matplotlib", constants: [("__version__", .str("3.9.0"))]) }
        interpreter.register(moduleNamed: "matplotlib.pyplot") { _ in pyplot.module }
        let dataContext = DataBridgeContext(random: random, stderr: interpreter.configuration.stderr)
        DataBridge.install(into: interpreter, context: dataContext)
        interpreter.register(moduleNamed: "transformers") { _ in TransformersModule.make(random: random) }
        interpreter.register(module: TokenizersModule.module)
        interpreter.register(module: PEFTModule.module)
        interpreter.register(moduleNamed: "trl") { _ in TRLModule.make(random: random) }
        StepsModule.module.register(in: interpreter)
        SessionPersistence.register(in: interpreter, random: random, dataContext: dataContext)
    }

    /// The richer views of a displayed value (`text/html` tables, `image/svg+xml` charts), keyed by
    /// MIME type; nil when the value has none beyond its repr.
    public static func richRepresentations(of value: Value, _ interpreter: Interpreter) -> [String: String]? {
        guard case .native(let object as MimeRepresentable) = value else { return nil }
        return try? object.richRepresentations(interpreter)
    }
}
