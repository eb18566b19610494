import LabScript

/// A DataFrame as text, the way pandas' `to_string` writes it: an index column, then right-aligned
/// columns one space apart (each cell brings its own leading space or minus sign), and, when wider than `width`, column blocks whose lines end in `\`.
/// As HTML, the table `to_html` writes.
struct FrameLayout {
    let header: [String]
    let labels: [String]
    let columns: [[String]]
    /// Whether each column holds only strings: pandas gives a text column's header no extra
    /// space, and a number column's header one (the width of a sign).
    let isText: [Bool]
    /// The index's name, printed on its own line under the header.
    let indexName: String?

    /// - Parameter maxColumnWidth: cut longer cells to this width with `...` (nil: never).
    init(_ frame: DataFrameObject, _ interpreter: Interpreter, rows: [Int], maxColumnWidth: Int?) throws {
        let formatter = ColumnFormatter(maxColumnWidth: maxColumnWidth)
        header = frame.columns.map(\.name)
        indexName = frame.indexName
        labels = try rows.map { try Convert.text(frame.index[$0], interpreter) }
        columns = try frame.columns.map { column in try formatter.cells(rows.map { column.values[$0] }, interpreter) }
        isText = frame.columns.map { column in !rows.isEmpty && rows.allSatisfy { if case .str = column.values[$0] { return true } else { return false } } }
    }

    func text(width: Int) -> String {
        let labelWidth = max(labels.map(\.count).max() ?? 0, indexName?.count ?? 0)
        let widths = columns.indices.map { max(header[$0].count + (isText[$0] ? 0 : 1), columns[$0].map(\.count).max() ?? 0) }
        var blocks: [[Int]] = [], current: [Int] = [], used = labelWidth
        for c in columns.indices {
            if !current.isEmpty && used + 1 + widths[c] + 3 > width {
                blocks.append(current)
                current = []
                used = labelWidth
            }
            current.append(c)
            used += 1 + widths[c]
        }
        if !current.isEmpty || blocks.isEmpty { blocks.append(current) }
        let rendered = blocks.enumerated().map { number, block -> String in
            func pad(_ s: String, _ w: Int) -> String { String(repeating: " ", count: max(0, w - s.count)) + s }
            var lines = [String(repeating: " ", count: labelWidth) + block.map { " " + pad(header[$0], widths[$0]) }.joined()]
            if let indexName { lines.append(indexName.padding(toLength: lines[0].count, withPad: " ", startingAt: 0)) }
            for r in labels.indices {
                lines.append(labels[r].padding(toLength: labelWidth, withPad: " ", startingAt: 0) + block.map { " " + pad(columns[$0][r], widths[$0]) }.joined())
            }
            guard blocks.count > 1 else { return lines.joined(separator: "\n") }
            if number == blocks.count - 1 { return lines.map { $0 + "  " }.joined(separator: "\n") }
            return ([lines[0] + "  \\"] + lines.dropFirst().map { $0 + "   " }).joined(separator: "\n")
        }
        return rendered.joined(separator: "\n\n")
    }

    /// A Markdown pipe table, right-aligned like the text layout.
    var markdown: String {
        func cell(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ") }
        var lines = ["| \(indexName.map(cell) ?? "  ") | " + header.map(cell).joined(separator: " | ") + " |", "|---:|" + String(repeating: "---:|", count: header.count)]
        for r in labels.indices { lines.append("| \(cell(labels[r])) | " + columns.map { cell(trimmed($0[r])) }.joined(separator: " | ") + " |") }
        return lines.joined(separator: "\n")
    }

    /// A cell without the leading space the text layout gives it.
    private func trimmed(_ cell: String) -> String { cell.hasPrefix(" ") ? String(cell.dropFirst()) : cell }

    var html: String {
        func escape(_ s: String) -> String {
            s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        }
        var lines = ["<table border=\"1\" class=\"dataframe\">", "  <thead>", "    <tr style=\"text-align: right;\">", "      <th></th>"]
        lines += header.map { "      <th>\(escape($0))</th>" }
        lines.append("    </tr>")
        if let indexName {
            lines += ["    <tr>", "      <th>\(escape(indexName))</th>"] + header.map { _ in "      <th></th>" } + ["    </tr>"]
        }
        lines += ["  </thead>", "  <tbody>"]
        for r in labels.indices {
            lines += ["    <tr>", "      <th>\(labels[r])</th>"] + columns.map { "      <td>\(escape(trimmed($0[r])))</td>" } + ["    </tr>"]
        }
        lines += ["  </tbody>", "</table>"]
        return lines.joined(separator: "\n")
    }
}
