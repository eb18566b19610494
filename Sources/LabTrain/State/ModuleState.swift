import LabNN
import LabTensor

/// The state of a module tree that training, adapters and mode switches change: each parameter's
/// value (sharing its copy-on-write storage, so taking one copies no weight bytes), its
/// trainability, each module's children and training mode, and the dropout streams. Restoring it
/// puts the layers, weights and streams back in place.
public struct ModuleState {
    private let parameters: [(parameter: Parameter, value: Tensor, requiresGrad: Bool)]
    /// Modules in tree order (parents before children) with their training mode and children,
    /// so that layers wrapped in place since (adapters) are unwrapped again.
    private let modules: [(module: Module, isTraining: Bool, children: [(name: String, module: Module)])]

    /// The dropout layers' random streams, so a re-run step draws the same masks.
    private let randomSources: [(source: RandomSource, generator: RandomGenerator)]

    public init(_ root: Module) {
        parameters = root.parameters().map { ($0, $0.value, $0.requiresGrad) }
        modules = root.namedModules().map { ($0.module, $0.module.isTraining, $0.module.childSlots) }
        var seen = Set<ObjectIdentifier>()
        randomSources = root.namedModules().compactMap { ($0.module as? Dropout)?.source }
            .filter { seen.insert(ObjectIdentifier($0)).inserted }
            .map { ($0, $0.generator) }
    }

    /// Writes the saved children, values, trainability and modes back into the tree.
    public func restore() {
        for entry in modules {
            for child in entry.children { entry.module.registerModule(child.name, child.module) }
        }
        for entry in parameters {
            entry.parameter.requiresGrad = entry.requiresGrad
            // The saved value has the parameter's own shape, so `assign` cannot fail.
            try? entry.parameter.assign(entry.value)
        }
        for entry in modules { entry.module.train(entry.isTraining) }
        for entry in randomSources { entry.source.generator = entry.generator }
    }

    /// Bytes of the saved weights.
    public var byteCount: Int { storages.reduce(0) { $0 + $1.byteCount } }

    /// The storages the saved weights live in, with their bytes: a weight's entry stays the same
    /// until it is written.
    public var storages: [(identity: AnyHashable, byteCount: Int)] {
        parameters.map { (AnyHashable($0.value.storageIdentifier), $0.value.scalarCount * $0.value.dtype.elementSize) }
    }

    /// Changes whenever a weight is written (a written weight no longer shares the storage a
    /// snapshot holds), a weight is frozen or unfrozen, a layer is wrapped (adapters), or a
    /// module changes mode.
    public static func fingerprint(_ root: Module) -> Int {
        var hasher = Hasher()
        for parameter in root.parameters() {
            hasher.combine(parameter.value.storageIdentifier)
            hasher.combine(parameter.requiresGrad)
        }
        for (_, module) in root.namedModules() {
            hasher.combine(ObjectIdentifier(module))
            hasher.combine(module.isTraining)
        }
        return hasher.finalize()
    }
}
