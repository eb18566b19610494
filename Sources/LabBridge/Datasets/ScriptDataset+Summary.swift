import LabScript

/// What the REPL's `:who` sees of datasets. Snapshots are cheap: a `Dataset` is an immutable value
/// (only `set_format` changes one in place, and that bumps `version`).
extension ScriptDataset: NativeSummarizing {
    /// `Dataset 4788 rows × 5 columns`.
    func summary(_ interpreter: Interpreter) -> String {
        "Dataset \(dataset.numRows) rows × \(dataset.columnNames.count) columns"
    }
}

extension ScriptDatasetDict: NativeSummarizing {
    /// `DatasetDict train: 4788 rows, test: 532 rows` (splits in order).
    func summary(_ interpreter: Interpreter) -> String {
        "DatasetDict " + splits.map { "\($0.name): \($0.dataset.dataset.numRows) rows" }.joined(separator: ", ")
    }
}
