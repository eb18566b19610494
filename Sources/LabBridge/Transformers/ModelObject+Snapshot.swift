import Foundation
import LabScript
import LabNN
import LabTrain

/// Models in the REPL's snapshots, stale tracking and `:who`.
///
/// A snapshot of a live model is a `ModelObject` over the same module tree that carries the
/// tree's state (`saved`): the weights as copy-on-write tensors, so it copies no weight bytes
/// until an update writes one. Copying such a snapshot (how the REPL restores one) writes that
/// state back into the tree and gives the live model again.
extension ModelObject: NativeSummarizing, NativeSnapshotSizing {
    func snapshot(_ copier: DeepCopier) -> NativeObject {
        let copy: ModelObject
        if let saved {
            saved.restore()
            copy = ModelObject(architecture, random: random)
        } else {
            copy = ModelObject(architecture, random: random, saved: ModuleState(module))
        }
        copy.nameOrPath = nameOrPath
        return copy
    }

    /// Changes when a weight is written (PPO or optimizer step, adapter load), frozen or
    /// unfrozen, and on `train()`/`eval()`.
    var version: Int { ModuleState.fingerprint(module) }

    /// `T5ForConditionalGeneration 3.5M/251.1M params trainable/all`.
    func summary(_ interpreter: Interpreter) -> String {
        let all = module.parameterCount(), trainable = module.parameterCount(trainableOnly: true)
        return "\(pyClass.name) \(Self.abbreviated(trainable))/\(Self.abbreviated(all)) params trainable/all"
    }

    var snapshotByteCount: Int { (saved ?? ModuleState(module)).byteCount }

    /// The weights' storages: an unchanged weight counts once across snapshots, so a step that
    /// trains only adapters adds only the adapters' bytes.
    var snapshotStorages: [(identity: AnyHashable, byteCount: Int)] { (saved ?? ModuleState(module)).storages }

    /// A count as `812`, `12.3K`, `3.5M` or `1.2B`.
    static func abbreviated(_ count: Int) -> String {
        let units: [(Double, String)] = [(1e9, "B"), (1e6, "M"), (1e3, "K")]
        guard let (scale, suffix) = units.first(where: { Double(count) >= $0.0 }) else { return String(count) }
        return String(format: "%.1f", Double(count) / scale) + suffix
    }
}
