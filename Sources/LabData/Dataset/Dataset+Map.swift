/// Called during long passes with (rows done, total rows, description such as "Map").
public typealias DatasetProgress = (_ done: Int, _ total: Int, _ description: String) -> Void

extension Dataset {
    /// `map(function, batched=, batch_size=, remove_columns=)` with datasets' update rules.
    ///
    /// The function gets a row (or, when `batched`, a record of column lists) and returns the
    /// columns to set, or `nil` to leave the input as is. Returned columns overwrite inputs of the
    /// same name, new ones are appended in the order returned, and `removeColumns` removes input
    /// columns before the merge (so a column the function returns survives its removal). Input
    /// columns keep their order.
    /// - Parameters:
    ///   - batchSize: rows per batch when `batched`; `nil` or ≤ 0 means the whole dataset.
    ///   - progress: called after each row or batch with (done, total, description).
    ///   - function: gets the row or batch and the row indices it covers (`with_indices=True`).
    public func map(batched: Bool = false, batchSize: Int? = 1000, removeColumns: [String] = [],
                    description: String = "Map", progress: DatasetProgress? = nil,
                    _ function: (DataRecord, Range<Int>) throws -> DataRecord?) throws -> Dataset {
        for name in removeColumns where columns[name] == nil {
            throw DatasetError.value("Column to remove \(pythonList([name])) not in the dataset. Current columns in the dataset: \(pythonList(columnNames))")
        }
        var output = ColumnBuilder()
        if batched {
            let size = rowsPerBatch(batchSize)
            for start in stride(from: 0, to: numRows, by: size) {
                let end = min(start + size, numRows)
                let batch = rows(start..<end)
                let merged = merge(batch, try function(batch, start..<end), removing: removeColumns)
                try output.appendBatch(merged, expectedRows: end - start, inputColumns: columnNames, at: start)
                progress?(end, numRows, description)
            }
        } else {
            for index in 0..<numRows {
                let input = try row(index)
                try output.appendRow(merge(input, try function(input, index..<(index + 1)), removing: removeColumns), at: index)
                if index % 100 == 99 || index == numRows - 1 { progress?(index + 1, numRows, description) }
            }
        }
        return try output.dataset(inputOrder: columnNames, inputFeatures: Dictionary(features, uniquingKeysWith: { a, _ in a }),
                                  emptyKeys: numRows == 0 ? columnNames.filter { !removeColumns.contains($0) } : nil)
            .withFormat(format)
    }

    /// `map` with a function that does not need the row indices.
    public func map(batched: Bool = false, batchSize: Int? = 1000, removeColumns: [String] = [],
                    description: String = "Map", progress: DatasetProgress? = nil,
                    _ function: (DataRecord) throws -> DataRecord?) throws -> Dataset {
        try map(batched: batched, batchSize: batchSize, removeColumns: removeColumns, description: description,
                progress: progress) { record, _ in try function(record) }
    }

    private func merge(_ input: DataRecord, _ processed: DataRecord?, removing removed: [String]) -> DataRecord {
        var merged = input
        for name in removed { merged[name] = nil }
        for (key, value) in processed ?? DataRecord() { merged[key] = value }
        return merged
    }

    /// datasets' `batch_size`: `None` or a size ≤ 0 means the whole dataset in one batch.
    func rowsPerBatch(_ batchSize: Int?) -> Int {
        if let size = batchSize, size > 0 { return size }
        return max(numRows, 1)
    }

    func withFormat(_ format: DatasetFormat) -> Dataset {
        var copy = self
        copy.format = DatasetFormat(type: format.type, columns: format.columns?.filter { copy.columnNames.contains($0) },
                                    outputAllColumns: format.outputAllColumns)
        return copy
    }
}

/// Accumulates the rows or batches a `map` produces, checks they agree on their columns, and types
/// them as datasets' writer does: the first batch it writes (the first non-empty batch, or the
/// first 1000 rows without `batched`) fixes each column's feature, and later rows must convert to it.
private struct ColumnBuilder {
    /// Rows datasets' writer gathers before it writes a batch of an unbatched map (`writer_batch_size`).
    static let writerBatchSize = 1000
    var keys: [String]?
    var values: [String: [DataValue]] = [:]
    var rowCount = 0
    /// The rows of the first batch written, once there is one.
    var firstBatchRows: Int?

    mutating func appendRow(_ record: DataRecord, at index: Int) throws {
        try checkKeys(record.keys, at: index)
        for (key, value) in record { values[key, default: []].append(value) }
        rowCount += 1
        if rowCount <= Self.writerBatchSize { firstBatchRows = rowCount }
    }

    mutating func appendBatch(_ record: DataRecord, expectedRows: Int, inputColumns: [String], at index: Int) throws {
        try checkKeys(record.keys, at: index)
        var lengths: [String: Int] = [:]
        for (key, value) in record {
            guard case .list(let items) = value else {
                throw DatasetError(.typeError, "Provided `function` which is applied to all elements of table returns a `dict` of types \(pythonList([key])) that is not a list. When using `batched=True`, make sure provided `function` returns a `dict` of types like `(<class 'list'>, <class 'numpy.ndarray'>, <class 'pandas.Series'>)`.")
            }
            lengths[key] = items.count
            values[key, default: []].append(contentsOf: items)
        }
        guard Set(lengths.values).count <= 1 else {
            throw DatasetError.value("Column lengths mismatch in the batch at row \(index): " + record.keys.map { "\($0)=\(lengths[$0]!)" }.joined(separator: ", "))
        }
        let produced = lengths.values.first ?? expectedRows
        let keptInputs = record.keys.filter { inputColumns.contains($0) }
        if produced != expectedRows, !keptInputs.isEmpty {
            throw DatasetError.value("Column lengths mismatch: the function returned \(produced) rows for a batch of \(expectedRows), but the input columns \(pythonList(keptInputs)) were not removed")
        }
        if firstBatchRows == nil, produced > 0 { firstBatchRows = produced }
        rowCount += produced
    }

    private mutating func checkKeys(_ newKeys: [String], at index: Int) throws {
        if let keys = keys, Set(keys) != Set(newKeys) {
            throw DatasetError.value("The function returned columns \(pythonList(newKeys)) at row \(index), but \(pythonList(keys)) before")
        }
        if keys == nil { keys = newKeys }
    }

    /// The result, with surviving input columns first in their old order, then new ones.
    func dataset(inputOrder: [String], inputFeatures: [String: Feature], emptyKeys: [String]?) throws -> Dataset {
        let produced = keys ?? emptyKeys ?? []
        let ordered = inputOrder.filter(produced.contains) + produced.filter { !inputOrder.contains($0) }
        let first = firstBatchRows ?? 0
        var storage: [String: [DataValue]] = [:]
        var features: [(String, Feature)] = []
        for name in ordered {
            let column = values[name] ?? []
            guard let feature = Feature.written(column.prefix(first), column: name, tryFeature: inputFeatures[name]) else {
                throw DatasetError(.typeError, "Column '\(name)' mixes values of incompatible types")
            }
            storage[name] = try column.enumerated().map { row, value in
                if row < first { return feature.cast(value) }
                guard let converted = feature.converting(value, primitivesToString: true) else {
                    throw DatasetError.value("Column '\(name)' holds \(value) at row \(row), which cannot be stored as \(feature), "
                        + "the type the first batch written gave it")
                }
                return converted
            }
            features.append((name, feature))
        }
        return Dataset(validatedNames: ordered, columns: storage, features: features, numRows: rowCount, format: DatasetFormat())
    }
}
