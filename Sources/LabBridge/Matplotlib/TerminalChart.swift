import Foundation

/// A figure drawn with Unicode for the terminal: the first series as braille lines (2×4 dots per
/// character), further series with one marker per character (`•`, `×`, `+`, `∘`), a y axis with
/// its min and max, the x range below, the title and labels, and a legend.
struct TerminalChart {
    let figure: Figure
    var columns = 60
    var rows = 14

    static let markers: [Character] = ["•", "×", "+", "∘", "▪"]

    var text: String {
        let (xRange, yRange) = figure.bounds
        var braille = [[UInt8]](repeating: [UInt8](repeating: 0, count: columns), count: rows)
        var marks = [[Character?]](repeating: [Character?](repeating: nil, count: columns), count: rows)
        for (index, s) in figure.series.enumerated() {
            let points = zip(s.xs, s.ys).filter { $0.0.isFinite && $0.1.isFinite }.map { x, y in
                (Int(((x - xRange.lowerBound) / (xRange.upperBound - xRange.lowerBound) * Double(columns * 2 - 1)).rounded()),
                 Int(((yRange.upperBound - y) / (yRange.upperBound - yRange.lowerBound) * Double(rows * 4 - 1)).rounded()))
            }
            if index == 0 {
                for (a, b) in zip(points, points.dropFirst()) { line(a, b) { braille[$1 / 4][$0 / 2] |= TerminalChart.dot($0 % 2, $1 % 4) } }
                if points.count == 1 { braille[points[0].1 / 4][points[0].0 / 2] |= TerminalChart.dot(points[0].0 % 2, points[0].1 % 4) }
            } else {
                let marker = TerminalChart.markers[(index - 1) % TerminalChart.markers.count]
                for p in points { marks[p.1 / 4][p.0 / 2] = marker }
            }
        }
        let top = axisNumber(yRange.upperBound), bottom = axisNumber(yRange.lowerBound)
        let gutter = max(top.count, bottom.count)
        func pad(_ s: String) -> String { String(repeating: " ", count: gutter - s.count) + s }
        var lines: [String] = []
        if let title = figure.title { lines.append(centered(title, in: gutter + 2 + columns)) }
        if let y = figure.yLabel { lines.append(String(repeating: " ", count: gutter) + "  " + y) }
        for r in 0..<rows {
            let label = r == 0 ? pad(top) + " ┤" : r == rows - 1 ? pad(bottom) + " ┤" : String(repeating: " ", count: gutter) + " │"
            let cells = (0..<columns).map { c -> Character in
                if let m = marks[r][c] { return m }
                return braille[r][c] == 0 ? (figure.showsGrid && r % 4 == 3 ? "·" : " ") : Character(Unicode.Scalar(0x2800 + UInt32(braille[r][c]))!)
            }
            lines.append(label + String(cells))
        }
        lines.append(String(repeating: " ", count: gutter) + " └" + String(repeating: "─", count: columns))
        let left = axisNumber(xRange.lowerBound), right = axisNumber(xRange.upperBound)
        lines.append(String(repeating: " ", count: gutter + 2) + left + String(repeating: " ", count: max(1, columns - left.count - right.count)) + right)
        if let x = figure.xLabel { lines.append(centered(x, in: gutter + 2 + columns)) }
        for (index, label) in figure.legendEntries {
            lines.append(String(repeating: " ", count: gutter + 2) + (index == 0 ? "⠤⠤" : String(repeating: TerminalChart.markers[(index - 1) % TerminalChart.markers.count], count: 2)) + " " + label)
        }
        return lines.map { $0.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }.joined(separator: "\n")
    }

    private func centered(_ text: String, in width: Int) -> String {
        String(repeating: " ", count: max(0, (width - text.count) / 2)) + text
    }

    /// The braille bit for dot (column 0–1, row 0–3) of a character.
    private static func dot(_ x: Int, _ y: Int) -> UInt8 {
        let bits: [[UInt8]] = [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]]
        return bits[x][y]
    }

    /// Visits the dots of the segment from `a` to `b` (Bresenham).
    private func line(_ a: (Int, Int), _ b: (Int, Int), _ plot: (Int, Int) -> Void) {
        var (x, y) = a
        let dx = abs(b.0 - x), dy = -abs(b.1 - y), sx = x < b.0 ? 1 : -1, sy = y < b.1 ? 1 : -1
        var error = dx + dy
        while true {
            plot(x, y)
            if x == b.0 && y == b.1 { return }
            let e2 = 2 * error
            if e2 >= dy { error += dy; x += sx }
            if e2 <= dx { error += dx; y += sy }
        }
    }
}
