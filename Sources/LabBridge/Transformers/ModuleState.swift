import LabNN
import LabTensor

/// The state of a module tree that training and mode switches change: each parameter's value
/// (sharing its copy-on-write storage, so taking one copies no weight bytes), its trainability,
/// and each module's training mode. Restoring it puts the weights back in place.
struct ModuleState {
    private let parameters: [(parameter: Parameter, value: Tensor, requiresGrad: Bool)]
    /// Modules in tree order (parents before children) with their training mode.
    private let modes: [(module: Module, isTraining: Bool)]

    init(_ root: Module) {
        parameters = root.parameters().map { ($0, $0.value, $0.requiresGrad) }
        modes = root.namedModules().map { ($0.module, $0.module.isTraining) }
    }

    /// Writes the saved values, trainability and modes back into the tree.
    func restore() {
        for entry in parameters {
            entry.parameter.requiresGrad = entry.requiresGrad
            // The saved value has the parameter's own shape, so `assign` cannot fail.
            try? entry.parameter.assign(entry.value)
        }
        for entry in modes { entry.module.train(entry.isTraining) }
    }

    /// Bytes of the saved weights.
    var byteCount: Int { parameters.reduce(0) { $0 + $1.value.scalarCount * $1.value.dtype.elementSize } }

    /// The storages the saved weights live in: equal while no weight has been written since.
    var storageIdentity: AnyHashable { parameters.map(\.value.storageIdentifier) }

    /// Changes whenever a weight is written (a written weight no longer shares the storage a
    /// snapshot holds), a weight is frozen or unfrozen, or a module changes mode.
    static func fingerprint(_ root: Module) -> Int {
        var hasher = Hasher()
        for parameter in root.parameters() {
            hasher.combine(parameter.value.storageIdentifier)
            hasher.combine(parameter.requiresGrad)
        }
        for (_, module) in root.namedModules() { hasher.combine(module.isTraining) }
        return hasher.finalize()
    }
}
