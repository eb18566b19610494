/// A source line as a traceback shows it, with carets under a column range, as CPython 3.11 draws
/// them: none when the range covers the whole line, and `~~^~~` marks on a failing binary operation
/// or subscript (see `CaretAnchors`).
struct SourceExcerpt: Equatable {
    /// The line without its indentation and trailing blanks.
    let text: String
    /// Blanks (tabs where the line has tabs) then the marks under the range, aligned with `text`;
    /// nil when CPython shows none.
    let carets: String?

    /// - Parameters:
    ///   - line: the whole source line.
    ///   - column: 0-based start of the range, in Unicode scalars.
    ///   - endColumn: exclusive end, in Unicode scalars, on the same line (clamped to the line).
    ///   - continues: true when the range goes on past this line (it then ends with the line).
    ///   - plain: `^` under the range whatever it covers, as a syntax error is shown (with the
    ///     line's trailing blanks).
    init(line: String, column: Int, endColumn: Int, continues: Bool = false, plain: Bool = false) {
        let scalars = Array(line.unicodeScalars)
        let isBlank: (Unicode.Scalar) -> Bool = { $0.properties.isWhitespace }
        let indent = scalars.prefix { $0 == " " || $0 == "\t" }.count
        let trailing = scalars[indent...].reversed().prefix(while: isBlank).count
        let lineEnd = plain ? scalars.count : scalars.count - trailing
        let start = min(max(column, indent), scalars.count)
        let end = continues ? max(lineEnd, start + 1) : min(max(endColumn, start + 1), max(scalars.count, start + 1))
        text = String(String.UnicodeScalarView(scalars[indent..<max(lineEnd, indent)]))
        let segment = Array(scalars[start..<min(end, scalars.count)])
        let anchors = continues || plain ? nil : CaretAnchors(segment: segment)
        let hasAnchors = anchors.map { $0.rightStart > $0.leftEnd } ?? false
        guard plain || end - start < lineEnd - indent || hasAnchors else {
            carets = nil
            return
        }
        var padding = ""
        for scalar in scalars[indent..<start] {
            padding += scalar == "\t" ? "\t" : String(repeating: " ", count: displayWidth(scalar))
        }
        let width = { (range: Range<Int>) in segment[range.clamped(to: 0..<segment.count)].reduce(0) { $0 + displayWidth($1) } }
        guard let anchors else {
            carets = padding + String(repeating: "^", count: max(width(0..<segment.count), 1))
            return
        }
        carets = padding + String(repeating: "~", count: width(0..<anchors.leftEnd))
            + String(repeating: "^", count: width(anchors.leftEnd..<anchors.rightStart))
            + String(repeating: "~", count: width(anchors.rightStart..<segment.count))
    }
}
