import LabScript
import LabTensor

/// What the REPL's `:who` and snapshot budget see of a tensor. Snapshots (`snapshot(_:)`) share
/// the copy-on-write storage, so an unchanged tensor costs its bytes once across all snapshots.
extension TensorObject: NativeSummarizing, NativeSnapshotSizing {
    /// `tensor float32 [2, 3]`, with `requires_grad` noted when set.
    func summary(_ interpreter: Interpreter) -> String {
        let shape = tensor.shape.map(String.init).joined(separator: ", ")
        return "tensor \(tensor.dtype.rawValue) [\(shape)]" + (tensor.requiresGrad ? " requires_grad" : "")
    }

    /// The bytes of the elements this tensor addresses.
    var snapshotByteCount: Int { snapshotTensor.scalarCount * snapshotTensor.dtype.elementSize }

    /// The storage the elements live in: equal for copies not yet written.
    var snapshotStorageIdentity: AnyHashable? { snapshotTensor.storageIdentifier }
}
