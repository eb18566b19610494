import Foundation

/// A lab as it ran: every cell of the file in order, each with its result when it ran, plus the
/// injected parameters cell. Written as `.ipynb` or `.md`, also after a failure or Ctrl-C.
public struct Transcript: Sendable {
    public struct Entry: Sendable {
        public let cell: Cell
        public let result: CellResult?
        /// An identifier unique in the notebook: `cell-3`, or `injected-parameters`.
        public let id: String
    }

    public let file: CellFile
    public private(set) var entries: [Entry]

    /// A transcript of `file` in which no cell has run yet.
    public init(file: CellFile) {
        self.file = file
        entries = file.cells.map { Entry(cell: $0, result: nil, id: "cell-\($0.number)") }
    }

    /// Records the result of one of the file's cells.
    public mutating func record(_ result: CellResult) {
        guard let index = entries.firstIndex(where: { $0.cell == result.cell }) else { return }
        entries[index] = Entry(cell: result.cell, result: result, id: entries[index].id)
    }

    /// Records the injected parameters cell, placed after the entry of cell `afterNumber` (0: first).
    public mutating func recordInjected(_ result: CellResult, afterNumber: Int) {
        let index = entries.firstIndex { $0.cell.number > afterNumber } ?? entries.endIndex
        entries.insert(Entry(cell: result.cell, result: result, id: "injected-parameters"), at: index)
    }

    /// Writes the transcript to `path`, as a notebook when it ends in `.ipynb`, else as Markdown.
    public func write(to path: String, formatter: TracebackFormatter) throws {
        let data = path.lowercased().hasSuffix(".ipynb")
            ? IpynbTranscriptWriter(transcript: self, formatter: formatter).data()
            : Data(MarkdownTranscriptWriter(transcript: self, formatter: formatter).text().utf8)
        try data.write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}
