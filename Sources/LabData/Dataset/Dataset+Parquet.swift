import Foundation

/// `to_parquet`: the dataset as one Parquet file (``ParquetFile``), in row groups of 1000 rows as
/// datasets writes them, with datasets' features and the Arrow schema in its metadata so that
/// pyarrow and datasets read back each column's exact type.
extension Dataset {
    public func parquet(rowsPerGroup: Int = 1000) throws -> [UInt8] {
        let columns = try features.map { name, feature in
            (name: name, type: try ArrowType(feature, column: name), values: try column(name))
        }
        let huggingface = "{\"info\": {\"features\": \(Self.compactJSON(features))}}"
        let arrowSchema = ArrowStream.schemaMessage(columns.map { ($0.name, $0.type) }, metadata: [("huggingface", huggingface)])
        return try ParquetFile.write(columns, rows: numRows, rowsPerGroup: rowsPerGroup,
                                     metadata: [("huggingface", huggingface), ("ARROW:schema", Data(arrowSchema).base64EncodedString())])
    }
}
