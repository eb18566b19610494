/// A column-oriented table with Hugging Face datasets' semantics: named, ordered columns of equal
/// length, each with a `Feature` type. Operations return new datasets (value semantics; column
/// storage is shared until written).
public struct Dataset: Equatable {
    public private(set) var columnNames: [String]
    private(set) var columns: [String: [DataValue]]
    /// Column types, in column order.
    public private(set) var features: [(String, Feature)]
    public private(set) var numRows: Int
    /// The output format a lab asked for with `set_format`; LabData stores it for the bridge.
    public var format = DatasetFormat()

    /// Builds a dataset from columns given in order, inferring each column's feature.
    /// - Throws: `DatasetError` if columns differ in length or a column mixes incompatible types.
    public init(columns ordered: [(String, [DataValue])]) throws {
        try self.init(columns: ordered, typing: { values, _ in Feature.infer(values) })
    }

    /// Builds a dataset from a lab's Python lists as `Dataset.from_dict` and `from_list` do: each
    /// column's feature is inferred, and tokenizer columns take datasets' smaller ints
    /// (`input_ids` int32; `attention_mask`, `token_type_ids`, `special_tokens_mask` int8).
    public init(pythonColumns ordered: [(String, [DataValue])]) throws {
        try self.init(columns: ordered, typing: { values, name in Feature.written(values, column: name, tryFeature: nil) })
    }

    /// Builds a dataset whose columns have the given features (as a saved session restores one, or
    /// `from_dict(features=)` casts to them), each value converted as pyarrow's safe cast does.
    /// - Throws: `DatasetError` if a column holds a value its feature cannot hold.
    public init(columns ordered: [(String, [DataValue])], features: [Feature]) throws {
        guard features.count == ordered.count else { throw DatasetError.value("\(features.count) features for \(ordered.count) columns") }
        try self.init(columns: ordered) { values, name in
            let feature = features[ordered.firstIndex { $0.0 == name }!]
            return values.allSatisfy({ feature.converting($0) != nil }) ? feature : nil
        }
    }

    /// Builds a dataset whose column features `typing` gives (nil for incompatible values), each
    /// column's values stored as its feature says.
    init(columns ordered: [(String, [DataValue])], typing: ([DataValue], String) -> Feature?) throws {
        let lengths = Set(ordered.map { $0.1.count })
        guard lengths.count <= 1 else {
            throw DatasetError.value("Column lengths mismatch: " + ordered.map { "\($0.0)=\($0.1.count)" }.joined(separator: ", "))
        }
        var names: [String] = []
        var storage: [String: [DataValue]] = [:]
        var features: [(String, Feature)] = []
        for (name, values) in ordered {
            guard storage[name] == nil else { throw DatasetError.value("Duplicate column name '\(name)'") }
            guard let feature = typing(values, name) else {
                throw DatasetError(.typeError, "Column '\(name)' mixes values of incompatible types")
            }
            names.append(name)
            storage[name] = feature.needsCast ? values.map(feature.cast) : values
            features.append((name, feature))
        }
        self.columnNames = names
        self.columns = storage
        self.features = features
        self.numRows = lengths.first ?? 0
    }

    /// Builds a dataset from row records; columns follow the first appearance of each key and
    /// missing keys become null.
    public init(rows: [DataRecord]) throws {
        try self.init(columns: Self.columns(of: rows))
    }

    /// `Dataset.from_list(rows)`: rows as `init(rows:)` takes them, typed as `init(pythonColumns:)` types them.
    public init(pythonRows rows: [DataRecord]) throws {
        try self.init(pythonColumns: Self.columns(of: rows))
    }

    /// Columns in the order each key first appears, with null where a row lacks the key.
    private static func columns(of rows: [DataRecord]) -> [(String, [DataValue])] {
        var names: [String] = []
        var seen = Set<String>()
        for row in rows {
            for key in row.keys where seen.insert(key).inserted { names.append(key) }
        }
        return names.map { name in (name, rows.map { $0[name] ?? .null }) }
    }

    /// The feature of one column.
    public func feature(_ name: String) -> Feature? {
        features.first { $0.0 == name }?.1
    }

    /// `print(ds.features)`: the Python repr of datasets' `Features` dict.
    public var featuresDescription: String { Feature.dict(features).description }

    /// `ds["column"]`: all values of one column.
    public func column(_ name: String) throws -> [DataValue] {
        guard let values = columns[name] else { throw DatasetError.missingColumn(name, in: columnNames) }
        return values
    }

    /// `ds[i]`: one row as a record; negative indices count from the end as in Python.
    public func row(_ index: Int) throws -> DataRecord {
        let resolved = index < 0 ? index + numRows : index
        guard resolved >= 0 && resolved < numRows else {
            throw DatasetError(.indexError, "Index \(index) out of range for dataset of size \(numRows).")
        }
        return DataRecord(columnNames.map { ($0, columns[$0]![resolved]) })
    }

    /// `ds[a:b]`: a record of column lists for rows `a..<b` (clamped as Python slices are).
    public func rows(_ range: Range<Int>) -> DataRecord {
        let lower = min(max(range.lowerBound, 0), numRows)
        let upper = min(max(range.upperBound, lower), numRows)
        return DataRecord(columnNames.map { ($0, .list(Array(columns[$0]![lower..<upper]))) })
    }

    /// `to_dict()`: every column as a list.
    public func toDict() -> DataRecord { rows(0..<numRows) }

    /// `to_list()`: every row as a record.
    public func toList() -> [DataRecord] {
        (0..<numRows).map { index in DataRecord(columnNames.map { ($0, columns[$0]![index]) }) }
    }

    public static func == (lhs: Dataset, rhs: Dataset) -> Bool {
        lhs.columnNames == rhs.columnNames && lhs.columns == rhs.columns && lhs.numRows == rhs.numRows
            && lhs.features.map(\.1) == rhs.features.map(\.1) && lhs.format == rhs.format
    }

    /// A dataset with the given columns and features, already validated by the caller.
    init(validatedNames names: [String], columns: [String: [DataValue]], features: [(String, Feature)],
         numRows: Int, format: DatasetFormat) {
        self.columnNames = names
        self.columns = columns
        self.features = features
        self.numRows = numRows
        self.format = format
    }
}

extension Dataset {
    /// The rows as records, for `for example in ds`. (Dataset itself is not a Swift `Sequence`,
    /// so that `map` and `filter` always mean the datasets operations.)
    public var examples: AnySequence<DataRecord> {
        AnySequence { () -> AnyIterator<DataRecord> in
            var index = 0
            return AnyIterator {
                guard index < numRows else { return nil }
                defer { index += 1 }
                return DataRecord(columnNames.map { ($0, columns[$0]![index]) })
            }
        }
    }

    /// `len(ds)`.
    public var count: Int { numRows }
}

extension Dataset: CustomStringConvertible {
    /// `Dataset({\n    features: [...],\n    num_rows: N\n})`, as Hugging Face datasets prints it.
    public var description: String {
        "Dataset({\n    features: \(pythonList(columnNames)),\n    num_rows: \(numRows)\n})"
    }
}

/// The output format requested with `set_format(type:columns:output_all_columns:)`.
public struct DatasetFormat: Equatable {
    /// `nil` for plain Python objects, or e.g. `"torch"`, `"numpy"`.
    public var type: String?
    /// The columns the format applies to; `nil` means all.
    public var columns: [String]?
    public var outputAllColumns = false

    public init(type: String? = nil, columns: [String]? = nil, outputAllColumns: Bool = false) {
        self.type = type
        self.columns = columns
        self.outputAllColumns = outputAllColumns
    }
}
