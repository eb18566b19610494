extension REPL {
    /// `:cells`: number, title, status, wall time of the last run, first line of source.
    func showCells() {
        let rows = file.cells.map { cell -> [String] in
            let record = tracker.record(cell.number)
            let status = cell.kind == .code ? record.status.rawValue : cell.kind.rawValue
            let time = record.result.map { formatDuration($0.wallTime) } ?? ""
            let firstLine = cell.source.split(separator: "\n").first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            return [String(cell.number), clip(cell.title ?? "", 24), status, time, clip(String(firstLine ?? ""), 40)]
        }
        printTable(header: ["#", "title", "status", "time", "first line"], rows: rows, rightAligned: [0, 3])
    }

    /// `:show N`: the cell's source with file line numbers, then its last output.
    func show(_ argument: String) {
        let cell: Cell
        do {
            cell = try file.cell(addressedBy: argument.isEmpty ? String(max(cursor, 1)) : argument)
        } catch {
            fail("\(error)")
            return
        }
        stdout(style.cyan("── \(cell.label) · \(tracker.record(cell.number).status.rawValue)") + "\n")
        let lines = cell.source.split(separator: "\n", omittingEmptySubsequences: false)
        let width = String(cell.firstLine + lines.count).count
        for (offset, line) in lines.enumerated() {
            let number = String(cell.firstLine + offset)
            stdout(style.dim(String(repeating: " ", count: width - number.count) + number) + "  \(line)\n")
        }
        guard let result = tracker.record(cell.number).result else { return }
        stdout(style.cyan(result.outputs.isEmpty ? "── no output" : "── output") + "\n")
        let formatter = TracebackFormatter(file: file)
        for output in result.outputs {
            switch output {
            case .stream(_, let text): stdout(text.hasSuffix("\n") ? text : text + "\n")
            case .note(let text): stdout(style.dim(text) + "\n")
            case .result(let bundle), .display(let bundle): stdout(bundle.plainText + "\n")
            case .error(let error): stdout(formatter.lines(for: error).joined(separator: "\n") + "\n")
            }
        }
    }

    /// `:stale`: each stale cell with the reason, and each edited cell.
    func showStale() {
        var any = false
        for cell in file.cells {
            let record = tracker.record(cell.number)
            switch record.status {
            case .stale:
                stdout("\(cell.label): \(record.staleReason ?? "stale")\n")
                any = true
            case .edited:
                stdout("\(cell.label): edited (its source changed since it ran)\n")
                any = true
            default: continue
            }
        }
        if !any { stdout("no stale or edited cells\n") }
    }

    func printTable(header: [String], rows: [[String]], rightAligned: Set<Int> = []) {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        for (index, row) in all.enumerated() {
            let cells = row.enumerated().map { column, text -> String in
                let pad = String(repeating: " ", count: widths[column] - text.count)
                return rightAligned.contains(column) ? pad + text : (column == row.count - 1 ? text : text + pad)
            }
            let line = cells.joined(separator: "  ")
            stdout((index == 0 ? style.bold(line) : line) + "\n")
        }
    }

    func clip(_ text: String, _ width: Int) -> String {
        text.count <= width ? text : String(text.prefix(width - 1)) + "…"
    }
}
