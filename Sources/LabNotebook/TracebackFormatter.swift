/// Formats a `CellError` the way Python prints it, with each frame's source line and carets under
/// the failing expression, and the lab cell each frame lies in.
public struct TracebackFormatter {
    /// The lab the frames point into, for source lines and cell numbers.
    public let file: CellFile
    /// Whether frame headings name the lab cell they lie in, as labrun's reports do; CPython's
    /// own text (the `traceback` module's) has no such note.
    public let annotatesCells: Bool

    public init(file: CellFile, annotatesCells: Bool = true) {
        self.file = file
        self.annotatesCells = annotatesCells
    }

    /// The report's lines, without trailing newlines: the traceback, the exception line, its notes.
    public func lines(for error: CellError) -> [String] {
        if error.isSyntaxError, let frame = error.frames.first {
            return frameLines(frame, showFunction: false, isSyntaxError: true) + [error.exceptionLine]
        }
        return chainLines(for: error) + ownLines(for: error)
    }

    /// The report of `error` alone, without the exceptions chained before it.
    private func ownLines(for error: CellError) -> [String] {
        if error.exceptions != nil { return groupLines(for: error) }
        let traceback = error.frames.isEmpty ? [] : ["Traceback (most recent call last):"] + stackLines(error.frames)
        return traceback + [error.exceptionLine] + error.notes
    }

    /// The reports of the exceptions chained before `error`, earliest first, each followed by
    /// CPython's sentence saying how it led to the next.
    func chainLines(for error: CellError) -> [String] {
        switch error.chain {
        case .cause(let earlier)?:
            return lines(for: earlier) + ["", "The above exception was the direct cause of the following exception:", ""]
        case .context(let earlier)?:
            return lines(for: earlier) + ["", "During handling of the above exception, another exception occurred:", ""]
        case nil:
            return []
        }
    }

    /// The lines of `frames`, a run of the same frame (deep recursion) folded as CPython does.
    func stackLines(_ frames: [CellError.Frame]) -> [String] {
        var lines: [String] = []
        var index = 0
        while index < frames.count {
            let frame = frames[index]
            let repeats = frames[index...].prefix { $0.repeats(frame) }.count
            for _ in 0..<min(repeats, TracebackFormatter.repeatCutoff) { lines += frameLines(frame, showFunction: true) }
            if repeats > TracebackFormatter.repeatCutoff {
                let more = repeats - TracebackFormatter.repeatCutoff
                lines.append("  [Previous line repeated \(more) more time\(more == 1 ? "" : "s")]")
            }
            index += repeats
        }
        return lines
    }

    /// "cell 3 (Train), line 2 of the cell, line 14 of lab.cells" for where `error` happened in
    /// the running cell (its outermost frame); nil when that isn't in this file.
    public func place(of error: CellError) -> String? {
        guard let frame = error.frames.first, frame.filename == file.path,
              let cell = file.cell(containingLine: frame.location.line) else { return nil }
        let lineInCell = frame.location.line - cell.firstLine + 1
        return "\(cell.label), line \(lineInCell) of the cell, line \(frame.location.line) of \(file.path)"
    }

    /// Like CPython, a frame repeated more often in a row than this (deep recursion) is shown this
    /// many times, then summed up in one line.
    static let repeatCutoff = 3

    /// A syntax error's caret is left out when it would point left of the line's text, as
    /// CPython does (an unexpected indent, a TabError).
    private func frameLines(_ frame: CellError.Frame, showFunction: Bool, isSyntaxError: Bool = false) -> [String] {
        let location = frame.location
        var heading = "  File \"\(frame.filename)\", line \(location.line)"
        if showFunction { heading += ", in \(frame.function)" }
        guard frame.filename == file.path, let source = file.line(location.line) else { return [heading] }
        if annotatesCells, file.hasCellMarkers, let cell = file.cell(containingLine: location.line) {
            heading += " (cell \(cell.number), line \(location.line - cell.firstLine + 1))"
        }
        let excerpt = SourceExcerpt(line: source, column: location.column, endColumn: location.endColumn,
                                    continues: location.endLine != location.line && !isSyntaxError, plain: isSyntaxError)
        if isSyntaxError && location.column < source.unicodeScalars.prefix(while: { $0 == " " || $0 == "\t" || $0 == "\u{0C}" }).count {
            return [heading, "    " + excerpt.text]
        }
        return [heading, "    " + excerpt.text] + (excerpt.carets.map { ["    " + $0] } ?? [])
    }
}

extension CellError.Frame {
    /// The same place in the same function, as CPython compares frames to fold recursion.
    fileprivate func repeats(_ other: CellError.Frame) -> Bool {
        filename == other.filename && function == other.function && location.line == other.location.line
    }
}
