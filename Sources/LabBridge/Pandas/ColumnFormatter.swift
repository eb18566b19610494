import Foundation
import LabScript

/// How pandas writes a column's cells: floats with six decimals, trailing zeros trimmed equally
/// across the column (`0.50`, `-1.25`, `2.00`), ints and strings as they are. Every cell starts
/// with a space, which a minus sign replaces, and cells longer than `display.max_colwidth` are
/// cut to it, ending in `...`.
struct ColumnFormatter {
    let maxColumnWidth: Int?

    func cells(_ values: [Value], _ interpreter: Interpreter) throws -> [String] {
        let texts: [String]
        if !values.isEmpty, values.allSatisfy(\.isFloat) {
            texts = ColumnFormatter.floats(values.map { $0.number ?? .nan })
        } else {
            texts = try values.map { try text($0, interpreter) }
        }
        let spaced = zip(values, texts).map { value, text in (value.number ?? 0) < 0 && text.hasPrefix("-") ? text : " " + text }
        guard let limit = maxColumnWidth else { return spaced }
        return spaced.map { $0.count > limit ? String($0.prefix(max(0, limit - 3))) + String("...".prefix(limit - max(0, limit - 3))) : $0 }
    }

    private func text(_ v: Value, _ interpreter: Interpreter) throws -> String {
        switch v {
        case .str(let s): return s
        case .float(let d) where d.isNaN: return "NaN"
        case .none: return "None"
        default: return try Convert.text(v, interpreter)
        }
    }

    /// Six decimals, then trailing zeros dropped while every value ends in zero (keeping one digit).
    /// As pandas does, the column switches to scientific notation (`1.500000e-07`) when a nonzero
    /// value would show as zero (below 1e-6) or when a value above 1e6 makes a cell longer than 12
    /// characters.
    static func floats(_ values: [Double]) -> [String] {
        var texts = values.map { $0.isNaN ? "NaN" : String(format: "%.6f", $0) }
        let finite = texts.indices.filter { !values[$0].isNaN && !values[$0].isInfinite }
        while !finite.isEmpty, finite.allSatisfy({ texts[$0].hasSuffix("0") && !texts[$0].hasSuffix(".0") }) {
            for i in finite { texts[i].removeLast() }
        }
        let longest = zip(values, texts).map { value, text in text.count + (value < 0 || value.isNaN ? 0 : 1) }.max() ?? 0
        let hasSmall = values.contains { $0 != 0 && abs($0) < 1e-6 }
        let hasLarge = values.contains { abs($0) > 1e6 }
        if hasSmall || (longest > 12 && hasLarge) {
            return values.map { $0.isNaN ? "NaN" : $0.isInfinite ? ($0 < 0 ? "-inf" : "inf") : String(format: "%.6e", $0) }
        }
        return texts
    }
}
