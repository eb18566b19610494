import LabScript

/// What the REPL's `:who` sees of a frame (snapshots are value copies).
extension DataFrameObject: NativeSummarizing {
    /// `DataFrame 3 rows × 2 columns`.
    func summary(_ interpreter: Interpreter) -> String {
        "DataFrame \(rowCount) row\(rowCount == 1 ? "" : "s") × \(columns.count) column\(columns.count == 1 ? "" : "s")"
    }
}
