import LabTensor

/// What a module tree holds besides its weights, by module path (`""` for the root): each
/// module's training mode and each dropout layer's stream. With the weights, it is what a saved
/// model needs to compute exactly as before (dropout masks included).
public struct ModuleModes: Equatable {
    /// Paths of the modules in training mode and of those in eval mode.
    public var training: [String: Bool]
    /// Each dropout layer's stream state.
    public var dropoutStreams: [String: RandomGenerator.State]

    public init(training: [String: Bool], dropoutStreams: [String: RandomGenerator.State]) {
        self.training = training
        self.dropoutStreams = dropoutStreams
    }

    /// The modes and streams of `root`'s tree.
    public init(_ root: Module) {
        var training: [String: Bool] = [:], streams: [String: RandomGenerator.State] = [:]
        for (path, module) in root.namedModules() {
            training[path] = module.isTraining
            if let dropout = module as? Dropout { streams[path] = dropout.source.generator.state }
        }
        self.init(training: training, dropoutStreams: streams)
    }

    /// Sets the modes and streams of `root`'s tree; a path the tree does not have, or a module of
    /// the tree with no saved mode, is a structure mismatch.
    public func apply(to root: Module) throws {
        let modules = root.namedModules()
        guard Set(modules.map(\.name)) == Set(training.keys) else {
            throw ModuleError.savedStructureMismatch("the saved modes name other modules than the model has")
        }
        for (path, module) in modules {
            module.setMode(training[path] ?? module.isTraining)
            if let state = dropoutStreams[path] {
                guard let dropout = module as? Dropout else { throw ModuleError.savedStructureMismatch("\(path) is not a dropout layer") }
                dropout.source.generator = RandomGenerator(state: state)
            }
        }
    }
}

