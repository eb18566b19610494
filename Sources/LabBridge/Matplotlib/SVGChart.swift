import Foundation

/// A figure as an SVG document: axes with min/max ticks, one polyline per series in matplotlib's
/// default colour cycle, title, axis labels, optional grid and legend.
struct SVGChart {
    let figure: Figure

    static let colors = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"]

    var document: String {
        let width = figure.size.width * 100, height = figure.size.height * 100
        let left = 70.0, right = width - 20, top = 40.0, bottom = height - 55
        let (xRange, yRange) = figure.bounds
        func px(_ x: Double) -> Double { left + (x - xRange.lowerBound) / (xRange.upperBound - xRange.lowerBound) * (right - left) }
        func py(_ y: Double) -> Double { bottom - (y - yRange.lowerBound) / (yRange.upperBound - yRange.lowerBound) * (bottom - top) }
        func n(_ v: Double) -> String { String(format: "%.2f", v) }
        var parts = ["<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(n(width))\" height=\"\(n(height))\" viewBox=\"0 0 \(n(width)) \(n(height))\" font-family=\"sans-serif\" font-size=\"12\">",
                     "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>"]
        if figure.showsGrid {
            for f in [0.25, 0.5, 0.75] {
                parts.append("<line x1=\"\(n(left))\" y1=\"\(n(top + f * (bottom - top)))\" x2=\"\(n(right))\" y2=\"\(n(top + f * (bottom - top)))\" stroke=\"#dddddd\"/>")
                parts.append("<line x1=\"\(n(left + f * (right - left)))\" y1=\"\(n(top))\" x2=\"\(n(left + f * (right - left)))\" y2=\"\(n(bottom))\" stroke=\"#dddddd\"/>")
            }
        }
        parts.append("<rect x=\"\(n(left))\" y=\"\(n(top))\" width=\"\(n(right - left))\" height=\"\(n(bottom - top))\" fill=\"none\" stroke=\"black\"/>")
        for (i, s) in figure.series.enumerated() {
            let points = zip(s.xs, s.ys).filter { $0.0.isFinite && $0.1.isFinite }.map { "\(n(px($0.0))),\(n(py($0.1)))" }
            parts.append("<polyline fill=\"none\" stroke=\"\(SVGChart.colors[i % SVGChart.colors.count])\" stroke-width=\"1.5\" points=\"\(points.joined(separator: " "))\"/>")
        }
        parts.append(text(axisNumber(xRange.lowerBound), x: left, y: bottom + 16, anchor: "middle"))
        parts.append(text(axisNumber(xRange.upperBound), x: right, y: bottom + 16, anchor: "middle"))
        parts.append(text(axisNumber(yRange.lowerBound), x: left - 6, y: bottom + 4, anchor: "end"))
        parts.append(text(axisNumber(yRange.upperBound), x: left - 6, y: top + 4, anchor: "end"))
        if let title = figure.title { parts.append(text(title, x: (left + right) / 2, y: top - 14, anchor: "middle", size: 14)) }
        if let label = figure.xLabel { parts.append(text(label, x: (left + right) / 2, y: bottom + 38, anchor: "middle")) }
        if let label = figure.yLabel {
            parts.append("<text x=\"18\" y=\"\(n((top + bottom) / 2))\" text-anchor=\"middle\" transform=\"rotate(-90 18 \(n((top + bottom) / 2)))\">\(escape(label))</text>")
        }
        for (row, entry) in figure.legendEntries.enumerated() {
            let y = top + 16 + Double(row) * 18
            parts.append("<line x1=\"\(n(right - 150))\" y1=\"\(n(y - 4))\" x2=\"\(n(right - 125))\" y2=\"\(n(y - 4))\" stroke=\"\(SVGChart.colors[entry.index % SVGChart.colors.count])\" stroke-width=\"2\"/>")
            parts.append(text(entry.label, x: right - 118, y: y, anchor: "start"))
        }
        parts.append("</svg>")
        return parts.joined(separator: "\n") + "\n"
    }

    private func text(_ s: String, x: Double, y: Double, anchor: String, size: Int = 12) -> String {
        "<text x=\(quote(x)) y=\(quote(y)) text-anchor=\"\(anchor)\" font-size=\"\(size)\">\(escape(s))</text>"
    }

    private func quote(_ v: Double) -> String { "\"" + String(format: "%.2f", v) + "\"" }

    private func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}
