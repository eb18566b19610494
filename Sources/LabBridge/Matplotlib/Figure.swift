import Foundation

/// What `pyplot` calls have drawn on the current figure: series, labels, options.
struct Figure {
    struct Series {
        var xs: [Double]
        var ys: [Double]
        var label: String?
    }

    /// Width and height in inches (`figsize=`); SVG output uses 100 pixels per inch.
    var size = (width: 6.4, height: 4.8)
    var series: [Series] = []
    var title: String?
    var xLabel: String?
    var yLabel: String?
    var showsLegend = false
    var showsGrid = false

    var isEmpty: Bool { series.isEmpty }

    /// The smallest and largest x and y over all series (a unit range around a single value).
    var bounds: (x: ClosedRange<Double>, y: ClosedRange<Double>) {
        func range(_ values: [Double]) -> ClosedRange<Double> {
            let finite = values.filter(\.isFinite)
            guard let low = finite.min(), let high = finite.max() else { return 0...1 }
            return low == high ? (low - 0.5)...(high + 0.5) : low...high
        }
        return (range(series.flatMap(\.xs)), range(series.flatMap(\.ys)))
    }

    /// Labels shown in the legend, with the index of their series.
    var legendEntries: [(index: Int, label: String)] {
        guard showsLegend else { return [] }
        return series.enumerated().compactMap { i, s in s.label.map { (i, $0) } }
    }
}

/// Short axis numbers: up to four significant digits, no trailing zeros (`0.25`, `1200`, `1.5e+06`).
func axisNumber(_ v: Double) -> String {
    if v == 0 { return "0" }
    if abs(v) >= 1e5 || abs(v) < 1e-3 { return String(format: "%.3g", v) }
    var text = String(format: "%.4g", v)
    if text.contains("."), !text.contains("e") {
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
    }
    return text
}
