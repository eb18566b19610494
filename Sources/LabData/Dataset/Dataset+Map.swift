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
        return try output.dataset(inputOrder: columnNames, emptyKeys: numRows == 0 ? columnNames.filter { !removeColumns.contains($0) } : nil)
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

/// Accumulates the rows or batches a `map` produces and checks they agree on their columns.
private struct ColumnBuilder {
    var keys: [String]?
    var values: [String: [DataValue]] = [:]
    var rowCount = 0

    mutating func appendRow(_ record: DataRecord, at index: Int) throws {
        try checkKeys(record.keys, at: index)
        for (key, value) in record { values[key, default: []].append(value) }
        rowCount += 1
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
        rowCount += produced
    }

    private mutating func checkKeys(_ newKeys: [String], at index: Int) throws {
        if let keys = keys, Set(keys) != Set(newKeys) {
            throw DatasetError.value("The function returned columns \(pythonList(newKeys)) at row \(index), but \(pythonList(keys)) before")
        }
        if keys == nil { keys = newKeys }
    }

    /// The result, with surviving input columns first in their old order, then new ones.
    func dataset(inputOrder: [String], emptyKeys: [String]?) throws -> Dataset {
        let produced = keys ?? emptyKeys ?? []
        let ordered = inputOrder.filter(produced.contains) + produced.filter { !inputOrder.contains($0) }
        return try Dataset(columns: ordered.map { ($0, values[$0] ?? []) })
    }
}
