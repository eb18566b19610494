/// Splits the lines of a percent-format file into cells (the rules are in `CellFile`'s comment).
struct CellFileReader {
    let path: String
    let lines: [String]
    private var position = 0

    init(text: String, path: String) {
        self.path = path
        var text = text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        var lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }.map(String.init)
        if lines.last == "" { lines.removeLast() }
        self.lines = lines
    }

    /// Consumes a Jupytext YAML header (`# ---` … `# ---` at the very top) and the blank lines after it.
    mutating func readHeader() -> [String] {
        guard lines.first == "# ---",
              let end = lines.dropFirst().firstIndex(where: { $0 == "# ---" }),
              lines[...end].allSatisfy({ $0.hasPrefix("#") }) else { return [] }
        position = end + 1
        while position < lines.count, isBlank(lines[position]) { position += 1 }
        return Array(lines[...end])
    }

    /// Reads the cells from the current position to the end.
    mutating func readCells() throws -> [Cell] {
        let markers = markerIndices()
        var cells: [Cell] = []
        let preambleEnd = markers.first ?? lines.count
        if lines[position..<preambleEnd].contains(where: { !isBlank($0) }) {
            let start = lines[position..<preambleEnd].firstIndex { !isBlank($0) } ?? position
            cells.append(Cell(number: 1, kind: .code, title: nil,
                              source: body(start..<preambleEnd), firstLine: start + 1, markerLine: nil))
        }
        for (offset, marker) in markers.enumerated() {
            let end = offset + 1 < markers.count ? markers[offset + 1] : lines.count
            let options = CellMarker(line: lines[marker])
            cells.append(makeCell(number: cells.count + 1, options: options, marker: marker, end: end))
        }
        return cells
    }

    private func makeCell(number: Int, options: CellMarker, marker: Int, end: Int) -> Cell {
        let text = body(marker + 1..<end)
        let source = options.kind == .code ? text : CellFileReader.uncommentText(text)
        return Cell(number: number, kind: options.kind, title: options.title, metadata: options.metadata,
                    source: source, firstLine: marker + 2, markerLine: marker + 1)
    }

    /// The lines of `range` joined, without the blank lines that separate it from the next cell.
    private func body(_ range: Range<Int>) -> String {
        var slice = lines[range]
        while let last = slice.last, isBlank(last) { slice.removeLast() }
        return slice.joined(separator: "\n")
    }

    /// Indices of marker lines, skipping `# %%` that sits inside a triple-quoted string.
    private func markerIndices() -> [Int] {
        var scanner = StringScanner()
        var result: [Int] = []
        for index in position..<lines.count {
            let insideString = scanner.isInsideTripleQuote
            scanner.scan(lines[index])
            if !insideString, CellMarker.isMarker(lines[index]) { result.append(index) }
        }
        return result
    }

    /// Markdown and raw text: a `"""…"""` block's inside, or `#`-commented lines without `# `/`#`.
    static func uncommentText(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        for quote in ["\"\"\"", "'''"] where trimmed.count >= 6 && trimmed.hasPrefix(quote) && trimmed.hasSuffix(quote) {
            var inner = trimmed.dropFirst(3).dropLast(3)
            if inner.first == "\n" { inner = inner.dropFirst() }
            if inner.last == "\n" { inner = inner.dropLast() }
            return String(inner)
        }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            if line.hasPrefix("# ") { return String(line.dropFirst(2)) }
            if line.hasPrefix("#") { return String(line.dropFirst()) }
            return String(line)
        }.joined(separator: "\n")
    }
}

func isBlank(_ line: String) -> Bool {
    line.allSatisfy { $0 == " " || $0 == "\t" }
}

/// Follows Python string literals line by line, to tell whether a line starts inside a `"""` string.
struct StringScanner {
    private var openTriple: [Character]? = nil

    var isInsideTripleQuote: Bool { openTriple != nil }

    mutating func scan(_ line: String) {
        let chars = Array(line)
        var i = 0
        while i < chars.count {
            if let triple = openTriple {
                if chars[i] == "\\" { i += 2; continue }
                if chars[i...].starts(with: triple) { openTriple = nil; i += 3; continue }
                i += 1
                continue
            }
            let char = chars[i]
            if char == "#" { return }
            guard char == "\"" || char == "'" else { i += 1; continue }
            let triple = [char, char, char]
            if chars[i...].starts(with: triple) {
                openTriple = triple
                i += 3
                continue
            }
            i += 1
            while i < chars.count, chars[i] != char {
                i += chars[i] == "\\" ? 2 : 1
            }
            i += 1
        }
    }
}
