import Foundation

/// NumPy's printed forms for small arrays: `array([1. , 2.5, 3. ])` and
/// `[1.  2.5 3. ]`. Floats use the shortest form that round-trips, at most 8 decimals, aligned on
/// the decimal point, or in scientific notation with a common mantissa precision when magnitudes
/// call for it; ints are right-aligned. Lines wrap at 75 characters. An empty array names its
/// dtype (and its shape when not 1-d).
struct ArrayPrinter {
    let array: NDArrayObject

    init(_ array: NDArrayObject) { self.array = array }

    var repr: String {
        if array.values.isEmpty && !array.shape.isEmpty {
            let shape = array.shape.count == 1 ? "" : "shape=(\(array.shape.map(String.init).joined(separator: ", "))), "
            return "array([], \(shape)dtype=\(array.kind.rawValue))"
        }
        let prefix = "array("
        let suffix = array.kind == .float32 ? ", dtype=float32)" : ")"
        return prefix + layout(separator: ",", indent: prefix.count) + suffix
    }

    var str: String { array.values.isEmpty && !array.shape.isEmpty ? "[]" : layout(separator: "", indent: 0) }

    private func layout(separator: String, indent: Int) -> String {
        let cells = formatted()
        guard !array.shape.isEmpty else { return cells.first ?? "" }
        func block(_ offset: Int, _ axis: Int, _ column: Int) -> String {
            let inner = array.shape[(axis + 1)...].reduce(1, *)
            if axis == array.shape.count - 1 {
                // numpy's rule: wrap before an element that would pass the axis's width (75 less
                // one per enclosing bracket, less one for the closing bracket), unless the line
                // holds nothing yet.
                let hanging = String(repeating: " ", count: column + 1), width = 75 - axis - 1
                var lines: [String] = [], line = hanging
                for i in 0..<array.shape[axis] {
                    if line.count + cells[offset + i].count > width && line.count > hanging.count {
                        lines.append(String(line.reversed().drop(while: { $0 == " " }).reversed()))
                        line = hanging
                    }
                    line += cells[offset + i] + (i + 1 < array.shape[axis] ? separator + " " : "")
                }
                lines.append(line + "]")
                lines[0] = "[" + lines[0].dropFirst(column + 1)
                return lines.joined(separator: "\n")
            }
            let rows = (0..<array.shape[axis]).map { block(offset + $0 * inner, axis + 1, column + 1) }
            let gap = separator + String(repeating: "\n", count: array.shape.count - axis - 1) + String(repeating: " ", count: column + 1)
            return "[" + rows.joined(separator: gap) + "]"
        }
        return block(0, 0, indent)
    }

    /// Every element formatted and padded to a common width.
    private func formatted() -> [String] {
        if array.isInteger {
            let texts = array.values.map { array.kind == .bool ? ($0 != 0 ? "True" : "False") : String(NDArrayObject.int64($0)) }
            let width = texts.map(\.count).max() ?? 0
            return texts.map { String(repeating: " ", count: width - $0.count) + $0 }
        }
        let shortest: (Double) -> String = { v in array.kind == .float32 ? "\(Float(v))" : "\(v)" }
        if ArrayPrinter.needsScientific(array.values) {
            let digits = array.values.filter(\.isFinite).map { ArrayPrinter.significantDigits(shortest($0)) }.max() ?? 1
            let texts = array.values.map { $0.isNaN ? "nan" : $0.isInfinite ? ($0 < 0 ? "-inf" : "inf") : ArrayPrinter.scientific($0, fractionDigits: min(8, digits - 1)) }
            let width = texts.map(\.count).max() ?? 0
            return texts.map { String(repeating: " ", count: width - $0.count) + $0 }
        }
        let finite = array.values.filter(\.isFinite).map { ArrayPrinter.split($0, shortest: shortest($0)) }
        var intWidth = finite.map(\.0.count).max() ?? 0
        let fracWidth = finite.map(\.1.count).max() ?? 0
        // As NumPy does, inf and nan are right-aligned in the full width (digits, point, fraction),
        // which they may widen: `[ inf -inf  nan]`, `[1.5 inf nan]`.
        if finite.count < array.values.count {
            let infWidth = array.values.contains { $0.isInfinite && $0 < 0 } ? 4 : 3
            intWidth = max(intWidth, infWidth - fracWidth - 1, 3 - fracWidth - 1)
        }
        return array.values.map { v in
            guard v.isFinite else {
                let text = v.isNaN ? "nan" : v < 0 ? "-inf" : "inf"
                return String(repeating: " ", count: max(0, intWidth + fracWidth + 1 - text.count)) + text
            }
            let (whole, fraction) = ArrayPrinter.split(v, shortest: shortest(v))
            return String(repeating: " ", count: intWidth - whole.count) + whole + "." + fraction + String(repeating: " ", count: fracWidth - fraction.count)
        }
    }

    /// NumPy switches to scientific notation when the largest magnitude is 1e8 or more, the
    /// smallest nonzero one is under 1e-4, or they are more than 1e3 apart.
    private static func needsScientific(_ values: [Double]) -> Bool {
        let magnitudes = values.filter { $0.isFinite && $0 != 0 }.map { Swift.abs($0) }
        guard let high = magnitudes.max(), let low = magnitudes.min() else { return false }
        return high >= 1e8 || low < 1e-4 || high / low > 1e3
    }

    /// `1.500e+02`; with no fraction digits NumPy keeps the point: `1.e+02`.
    private static func scientific(_ v: Double, fractionDigits: Int) -> String {
        let text = String(format: "%.\(fractionDigits)e", v)
        return fractionDigits == 0 ? text.replacingOccurrences(of: "e", with: ".e") : text
    }

    /// How many significant digits a shortest round-trip form (`0.00105`, `1.5e+20`) has.
    private static func significantDigits(_ text: String) -> Int {
        let mantissa = text.split(whereSeparator: { $0 == "e" || $0 == "E" }).first.map(String.init) ?? text
        var digits = mantissa.filter(\.isNumber)
        while digits.hasPrefix("0") { digits.removeFirst() }
        while digits.hasSuffix("0") { digits.removeLast() }
        return max(1, digits.count)
    }

    /// The integer and fractional digits of a float: the shortest round-trip form, rounded to at
    /// most 8 decimals, without trailing zeros.
    private static func split(_ v: Double, shortest: String) -> (String, String) {
        if v.isNaN { return ("nan", "") }
        if v.isInfinite { return (v < 0 ? "-inf" : "inf", "") }
        var text = shortest
        if text.contains("e") || (text.split(separator: ".").last?.count ?? 0) > 8 { text = String(format: "%.8f", v) }
        let pieces = text.split(separator: ".", omittingEmptySubsequences: false)
        var fraction = pieces.count > 1 ? String(pieces[1]) : ""
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return (String(pieces[0]), fraction)
    }
}
