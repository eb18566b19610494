/// Formats a `CellError` the way Python prints it, with each frame's source line and carets under
/// the failing expression, and the lab cell each frame lies in.
public struct TracebackFormatter {
    /// The lab the frames point into, for source lines and cell numbers.
    public let file: CellFile

    public init(file: CellFile) {
        self.file = file
    }

    /// The report's lines, without trailing newlines: the traceback, the exception line, its notes.
    public func lines(for error: CellError) -> [String] {
        if error.isSyntaxError, let frame = error.frames.first {
            return frameLines(frame, showFunction: false) + [error.exceptionLine]
        }
        var lines = ["Traceback (most recent call last):"]
        for frame in error.frames { lines += frameLines(frame, showFunction: true) }
        return lines + [error.exceptionLine] + error.notes
    }

    /// "cell 3 (Train), line 2 of the cell, line 14 of lab.cells" for where `error` happened in
    /// the running cell (its outermost frame); nil when that isn't in this file.
    public func place(of error: CellError) -> String? {
        guard let frame = error.frames.first, frame.filename == file.path,
              let cell = file.cell(containingLine: frame.location.line) else { return nil }
        let lineInCell = frame.location.line - cell.firstLine + 1
        return "\(cell.label), line \(lineInCell) of the cell, line \(frame.location.line) of \(file.path)"
    }

    private func frameLines(_ frame: CellError.Frame, showFunction: Bool) -> [String] {
        let location = frame.location
        var heading = "  File \"\(frame.filename)\", line \(location.line)"
        if showFunction { heading += ", in \(frame.function)" }
        guard frame.filename == file.path, let source = file.line(location.line) else { return [heading] }
        if let cell = file.cell(containingLine: location.line) {
            heading += " (cell \(cell.number), line \(location.line - cell.firstLine + 1))"
        }
        let endColumn = location.endLine == location.line ? location.endColumn : source.unicodeScalars.count
        let excerpt = SourceExcerpt(line: source, column: location.column, endColumn: endColumn)
        return [heading, "    " + excerpt.text, "    " + excerpt.carets]
    }
}
