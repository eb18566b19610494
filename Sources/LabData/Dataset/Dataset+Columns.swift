extension Dataset {
    /// `rename_column(original, new)`: keeps the column's position.
    public func renameColumn(_ original: String, to new: String) throws -> Dataset {
        guard columns[original] != nil else {
            throw DatasetError.value("Original column name \(original) not in the dataset. Current columns in the dataset: \(pythonList(columnNames))")
        }
        guard original == new || columns[new] == nil else {
            throw DatasetError.value("New column name \(new) already in the dataset. Please choose a column name which is not already in the dataset. Current columns in the dataset: \(pythonList(columnNames))")
        }
        var storage = columns
        storage[new] = storage.removeValue(forKey: original)
        let rename = { (name: String) in name == original ? new : name }
        var renamed = DatasetFormat(type: format.type, columns: format.columns?.map(rename), outputAllColumns: format.outputAllColumns)
        if format.columns == nil { renamed.columns = nil }
        return Dataset(validatedNames: columnNames.map(rename), columns: storage,
                       features: features.map { (rename($0.0), $0.1) }, numRows: numRows, format: renamed)
    }

    /// `remove_columns(names)`.
    public func removeColumns(_ names: [String]) throws -> Dataset {
        if let missing = names.first(where: { columns[$0] == nil }) {
            throw DatasetError.value("Column name \(pythonList([missing])) not in the dataset. Current columns in the dataset: \(pythonList(columnNames))")
        }
        var storage = columns
        for name in names { storage[name] = nil }
        return Dataset(validatedNames: columnNames.filter { !names.contains($0) }, columns: storage,
                       features: features.filter { !names.contains($0.0) }, numRows: numRows, format: format)
            .withFormat(format)
    }

    /// `add_column(name, values)`: appends a column.
    public func addColumn(_ name: String, _ values: [DataValue]) throws -> Dataset {
        guard columns[name] == nil else { throw DatasetError.value("Column \(name) already in the dataset.") }
        guard values.count == numRows else {
            throw DatasetError.value("Column \(name) has \(values.count) values but the dataset has \(numRows) rows")
        }
        // Unlike from_dict, datasets' add_column types the column with plain pyarrow (int64 input_ids).
        guard let feature = Feature.infer(values) else {
            throw DatasetError(.typeError, "Column '\(name)' mixes values of incompatible types")
        }
        var storage = columns
        storage[name] = feature.needsCast ? values.map(feature.cast) : values
        return Dataset(validatedNames: columnNames + [name], columns: storage, features: features + [(name, feature)],
                       numRows: numRows, format: format)
    }

    /// `set_format(type=, columns=, output_all_columns=)`: records the format for the bridge.
    public mutating func setFormat(type: String?, columns formatted: [String]? = nil, outputAllColumns: Bool = false) throws {
        if let missing = formatted?.first(where: { columns[$0] == nil }) {
            throw DatasetError.value("Columns \(pythonList([missing])) not in the dataset. Current columns in the dataset: \(pythonList(columnNames))")
        }
        let known = [nil, "python", "numpy", "np", "torch", "pt", "pandas", "arrow", "tensorflow", "jax"]
        guard known.contains(type) else {
            throw DatasetError.value("Format type should be one of ['arrow', 'custom', 'jax', 'numpy', 'pandas', 'python', 'tensorflow', 'torch'], but got '\(type!)'")
        }
        format = DatasetFormat(type: type == "python" ? nil : type, columns: formatted, outputAllColumns: outputAllColumns)
    }

    /// `reset_format()`.
    public mutating func resetFormat() { format = DatasetFormat() }
}
