import LabScript

/// What the REPL's `:who` and snapshot budget see of an array (snapshots are value copies).
extension NDArrayObject: NativeSummarizing, NativeSnapshotSizing {
    /// `ndarray float64 (2, 3)`, the shape as NumPy prints `a.shape`.
    func summary(_ interpreter: Interpreter) -> String {
        let shape = shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
        return "ndarray \(kind.rawValue) \(shape)"
    }

    var snapshotByteCount: Int { values.count * MemoryLayout<Double>.stride }
}
