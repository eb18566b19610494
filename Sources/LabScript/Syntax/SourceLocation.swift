/// A span in a source file.
///
/// Lines are 1-based and count lines of the whole *file* (the parser is told the line on which the
/// code starts). Columns are 0-based offsets in Unicode scalars within their line, like CPython's
/// `col_offset` and `end_col_offset`; `endColumn` is exclusive.
public struct SourceLocation: Hashable, Sendable {
    public var line: Int
    public var column: Int
    public var endLine: Int
    public var endColumn: Int

    public init(line: Int, column: Int, endLine: Int, endColumn: Int) {
        self.line = line
        self.column = column
        self.endLine = endLine
        self.endColumn = endColumn
    }

    /// The span from the start of `self` to the end of `other`.
    public func through(_ other: SourceLocation) -> SourceLocation {
        SourceLocation(line: line, column: column, endLine: other.endLine, endColumn: other.endColumn)
    }
}
