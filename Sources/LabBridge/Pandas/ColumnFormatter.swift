import Foundation
import LabScript

/// How pandas writes a column's cells: floats with six decimals, trailing zeros trimmed equally
/// across the column (`0.50`, `-1.25`, `2.00`), ints and strings as they are, long text cut to
/// `display.max_colwidth` (counting the space before the cell) with `...`.
struct ColumnFormatter {
    let maxColumnWidth: Int?

    func cells(_ values: [Value], _ interpreter: Interpreter) throws -> [String] {
        let texts: [String]
        if !values.isEmpty, values.allSatisfy({ if case .float = $0 { return true }; return false }) {
            texts = ColumnFormatter.floats(values.map { $0.number ?? .nan })
        } else {
            texts = try values.map { try text($0, interpreter) }
        }
        guard let limit = maxColumnWidth else { return texts }
        // pandas measures cells with the one-space gap it writes before each, hence `limit - 1`.
        return texts.map { $0.count > limit - 1 ? String($0.prefix(max(0, limit - 4))) + "..." : $0 }
    }

    private func text(_ v: Value, _ interpreter: Interpreter) throws -> String {
        switch v {
        case .str(let s): return s
        case .float(let d) where d.isNaN: return "NaN"
        case .none: return "None"
        default: return try Arguments.text(v, interpreter)
        }
    }

    /// Six decimals, then trailing zeros dropped while every value ends in zero (keeping one digit).
    static func floats(_ values: [Double]) -> [String] {
        var texts = values.map { $0.isNaN ? "NaN" : String(format: "%.6f", $0) }
        let finite = texts.indices.filter { !values[$0].isNaN && !values[$0].isInfinite }
        while !finite.isEmpty, finite.allSatisfy({ texts[$0].hasSuffix("0") && !texts[$0].hasSuffix(".0") }) {
            for i in finite { texts[i].removeLast() }
        }
        return texts.map { $0 == "inf" ? "inf" : $0 }
    }
}
