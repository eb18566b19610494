extension Dataset {
    /// `concatenate_datasets(datasets)`: rows of all datasets in order; they must have the same
    /// columns (in any order; the first dataset's order is kept).
    public static func concatenate(_ datasets: [Dataset]) throws -> Dataset {
        guard let first = datasets.first else { throw DatasetError.value("Unable to concatenate an empty list of datasets.") }
        for other in datasets.dropFirst() where Set(other.columnNames) != Set(first.columnNames) {
            throw DatasetError.value("The features can't be aligned because the key \(pythonList(other.columnNames)) of features \(pythonList(first.columnNames)) has unexpected type - \(pythonList(other.columnNames)) (expected either \(pythonList(first.columnNames)) or Value(\"null\").")
        }
        let columns = first.columnNames.map { name in (name, datasets.flatMap { $0.columns[name]! }) }
        let sameFeatures = datasets.allSatisfy { other in first.features.allSatisfy { other.feature($0.0) == $0.1 } }
        guard sameFeatures else { return try Dataset(columns: columns) }
        return Dataset(validatedNames: first.columnNames, columns: Dictionary(uniqueKeysWithValues: columns),
                       features: first.features, numRows: datasets.map(\.numRows).reduce(0, +), format: DatasetFormat())
    }
}
