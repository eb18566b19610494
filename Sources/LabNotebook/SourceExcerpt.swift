/// A source line as a traceback shows it, with carets under a column range.
struct SourceExcerpt: Equatable {
    /// The line without its indentation.
    let text: String
    /// Blanks (tabs where the line has tabs) then `^` under the range, aligned with `text`.
    let carets: String

    /// - Parameters:
    ///   - line: the whole source line.
    ///   - column: 0-based start of the range, in Unicode scalars.
    ///   - endColumn: exclusive end, in Unicode scalars, on the same line (clamped to the line).
    init(line: String, column: Int, endColumn: Int) {
        let scalars = Array(line.unicodeScalars)
        let indent = scalars.prefix { $0 == " " || $0 == "\t" }.count
        let start = min(max(column, indent), scalars.count)
        let end = min(max(endColumn, start + 1), max(scalars.count, start + 1))
        var padding = ""
        for scalar in scalars[indent..<start] {
            padding += scalar == "\t" ? "\t" : String(repeating: " ", count: displayWidth(scalar))
        }
        let covered = scalars[start..<min(end, scalars.count)].reduce(0) { $0 + displayWidth($1) }
        text = String(String.UnicodeScalarView(scalars[indent...]))
        carets = padding + String(repeating: "^", count: max(covered, 1))
    }
}
