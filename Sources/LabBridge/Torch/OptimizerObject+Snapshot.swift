import LabScript
import LabTrain
import LabTensor

/// Optimizers in the REPL's snapshots and `:who`.
///
/// As with models, a snapshot of a live optimizer shares the engine optimizers and carries their
/// state (moments and step counts, as copy-on-write tensors); copying the snapshot (a restore)
/// writes that state back. The group dicts go through `copier`, so a restored optimizer has the
/// learning rates it had.
extension OptimizerObject: NativeSummarizing {
    func snapshot(_ copier: DeepCopier) -> NativeObject {
        let copiedGroups = groups.map { group -> Group in
            guard case .dict(let options) = copier.copy(.dict(group.options)) else { fatalError("a copied dict is a dict") }
            return Group(options: options, engine: group.engine)
        }
        let copiedDefaults = defaults.map { ($0.0, copier.copy($0.1)) }
        let copy: OptimizerObject
        if let saved {
            // The saved state was taken from these very engines, so its shapes match.
            for (group, state) in zip(groups, saved) { try? group.engine.loadStateDict(state) }
            copy = OptimizerObject(kind: kind, defaults: copiedDefaults, groups: copiedGroups)
        } else {
            copy = OptimizerObject(kind: kind, defaults: copiedDefaults, groups: copiedGroups, saved: groups.map { $0.engine.stateDict() })
        }
        copy.version = version
        copy.hasStepped = hasStepped
        return copy
    }

    /// `AdamW over 12 parameters in 1 group`.
    func summary(_ interpreter: Interpreter) -> String {
        "\(kind.name) over \(parameters.count) parameter\(parameters.count == 1 ? "" : "s") in \(groups.count) group\(groups.count == 1 ? "" : "s")"
    }
}
