extension Dataset {
    /// `filter(function, batched=)`: keeps the rows for which the function is true.
    ///
    /// Unbatched, the function gets one row and returns a truth value; batched, it gets a record
    /// of column lists (up to `batchSize` rows) and returns one truth value per row. It also gets
    /// the row indices it covers (`with_indices=True`).
    public func filter(batched: Bool = false, batchSize: Int? = 1000, description: String = "Filter",
                       progress: DatasetProgress? = nil,
                       _ predicate: (DataRecord, Range<Int>) throws -> [Bool]) throws -> Dataset {
        var kept: [Int] = []
        let size = batched ? rowsPerBatch(batchSize) : 1
        for start in stride(from: 0, to: numRows, by: size) {
            let end = min(start + size, numRows)
            let verdicts = try predicate(batched ? rows(start..<end) : row(start), start..<end)
            guard verdicts.count == end - start else {
                throw DatasetError.value("The filter function returned \(verdicts.count) values for a batch of \(end - start) rows")
            }
            kept += (start..<end).filter { verdicts[$0 - start] }
            if !batched, start % 100 != 99, end != numRows { continue }
            progress?(end, numRows, description)
        }
        return try select(kept)
    }

    /// Unbatched `filter` with a per-row predicate.
    public func filter(description: String = "Filter", progress: DatasetProgress? = nil,
                       _ predicate: (DataRecord) throws -> Bool) throws -> Dataset {
        try filter(batched: false, description: description, progress: progress) { row, _ in [try predicate(row)] }
    }
}
