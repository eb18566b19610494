extension Dataset {
    /// `concatenate_datasets(datasets)`: rows of all datasets in order; they must have the same
    /// columns (in any order; the first dataset's order is kept).
    public static func concatenate(_ datasets: [Dataset]) throws -> Dataset {
        guard let first = datasets.first else { throw DatasetError.value("Unable to concatenate an empty list of datasets.") }
        for other in datasets.dropFirst() where Set(other.columnNames) != Set(first.columnNames) {
            throw DatasetError.value("The features can't be aligned because the key \(pythonList(other.columnNames)) of features \(pythonList(first.columnNames)) has unexpected type - \(pythonList(other.columnNames)) (expected either \(pythonList(first.columnNames)) or Value(\"null\").")
        }
        return try Dataset(columns: first.columnNames.map { name in
            (name, datasets.flatMap { $0.columns[name]! })
        })
    }
}
