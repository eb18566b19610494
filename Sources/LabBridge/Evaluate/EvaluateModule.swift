import LabScript

/// The `evaluate` module: `evaluate.load(path, config_name=None, module_type=None, **kwargs)`
/// looks the name up in `loaders`; there is no network access, so unknown names fail with the
/// list of available modules.
enum EvaluateModule {
    /// Module name → builder taking the `load` arguments.
    static let loaders: [(name: String, load: (Args, DataBridgeContext) throws -> Value)] = [
        ("rouge", { _, context in .native(RougeModule(context)) }),
        ("toxicity", { args, _ in try ToxicityModule.load(args) }),
    ]

    static func make(_ context: DataBridgeContext) -> NativeModule {
        NativeModule("evaluate", functions: [
            Function("load", params: ["path", "config_name=None", "module_type=None", "**kwargs"]) { args in
                let path = try args.string("path")
                let name = path.split(separator: "/").last.map(String.init) ?? path
                guard let loader = loaders.first(where: { $0.name == name }) else {
                    let available = loaders.map { "'\($0.name)'" }.joined(separator: ", ")
                    throw PyException(.fileNotFoundError, "Couldn't find a module script for '\(path)': evaluation modules are built in (no network access); available: \(available)")
                }
                return try loader.load(args, context)
            },
        ], classes: [RougeModule.cls, ToxicityModule.cls])
    }
}
