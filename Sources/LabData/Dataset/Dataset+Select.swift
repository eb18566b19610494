extension Dataset {
    /// `select(indices)`: the rows at the given indices, in that order (repeats allowed).
    public func select<S: Sequence>(_ indices: S) throws -> Dataset where S.Element == Int {
        let picked = Array(indices)
        if let bad = picked.first(where: { $0 < 0 || $0 >= numRows }) {
            throw DatasetError(.indexError, "Index \(bad) out of range for dataset of size \(numRows).")
        }
        var selected: [String: [DataValue]] = [:]
        for name in columnNames {
            let values = columns[name]!
            selected[name] = picked.map { values[$0] }
        }
        return Dataset(validatedNames: columnNames, columns: selected, features: features,
                       numRows: picked.count, format: format)
    }

    /// `shuffle(seed=)`: rows in the order of numpy's `default_rng(seed).permutation(num_rows)`,
    /// the permutation Hugging Face datasets uses.
    public func shuffle(seed: UInt64) throws -> Dataset {
        var generator = NumpyGenerator(seed: seed)
        return try select(generator.permutation(numRows))
    }

    /// `sort(column, reverse=)`: a stable sort on one column; nulls go last as in Arrow.
    public func sort(_ name: String, reverse: Bool = false) throws -> Dataset {
        let values = try column(name)
        var failure: DatasetError?
        let order = (0..<numRows).sorted { a, b in
            switch (values[a], values[b]) {
            case (.null, .null): return a < b
            case (.null, _): return false
            case (_, .null): return true
            default:
                guard let less = DataValue.sortsBefore(values[a], values[b]),
                      let greater = DataValue.sortsBefore(values[b], values[a]) else {
                    failure = DatasetError(.typeError, "Column '\(name)' holds values that cannot be compared")
                    return a < b
                }
                if !less && !greater { return a < b }
                return reverse ? greater : less
            }
        }
        if let failure = failure { throw failure }
        return try select(order)
    }
}

extension DataValue {
    /// Python's `<` for the comparable cases; `nil` when the values cannot be ordered.
    static func sortsBefore(_ lhs: DataValue, _ rhs: DataValue) -> Bool? {
        switch (lhs, rhs) {
        case let (.string(a), .string(b)):
            return a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
        case let (.list(a), .list(b)):
            for (x, y) in zip(a, b) where x != y { return sortsBefore(x, y) }
            return a.count < b.count
        default:
            guard let a = lhs.doubleValue, let b = rhs.doubleValue else { return nil }
            if case let (.int(x), .int(y)) = (lhs, rhs) { return x < y }
            return a < b
        }
    }
}
