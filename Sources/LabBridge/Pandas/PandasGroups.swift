import Foundation
import LabScript

/// The groups of a key column as pandas forms them for `groupby(key)` (sort=True, dropna=True):
/// the distinct keys in sorted order, each with the row positions holding it, in row order.
/// None and NaN keys belong to no group.
struct PandasGroups {
    let keys: [Value]
    let rows: [[Int]]

    init(keys column: [Value], _ interpreter: Interpreter) throws {
        var table = LabelTable(), rows: [[Int]] = []
        for (position, key) in column.enumerated() where !PandasGroups.isMissing(key) {
            let group = try table.slot(of: key, interpreter)
            if group == rows.count { rows.append([]) }
            rows[group].append(position)
        }
        let order = try PandasOrder.stableOrder(keys: [table.labels], ascending: true, interpreter)
        keys = order.map { table.labels[$0] }
        self.rows = order.map { rows[$0] }
    }

    static func isMissing(_ v: Value) -> Bool {
        if case .none = v { return true }
        if case .float(let d) = v { return d.isNaN }
        return false
    }
}

/// Distinct labels in order of first appearance, found by hashing for strings and numbers (Python's
/// equality: `1 == 1.0 == True`; every NaN is one label, as in pandas) and by `==` for anything else.
struct LabelTable {
    private enum Key: Hashable { case text(String), number(Double), notANumber }
    private(set) var labels: [Value] = []
    private var hashed: [Key: Int] = [:]
    private var others: [Int] = []

    /// The label's position, adding it when new.
    mutating func slot(of label: Value, _ interpreter: Interpreter) throws -> Int {
        let key: Key?
        switch label {
        case .str(let s): key = .text(s)
        case .int, .bool, .float: key = label.number.map { $0.isNaN ? .notANumber : .number($0) }
        default: key = nil
        }
        if let key {
            if let found = hashed[key] { return found }
            hashed[key] = labels.count
        } else {
            if let found = try others.first(where: { try interpreter.equals(labels[$0], label) }) { return found }
            others.append(labels.count)
        }
        labels.append(label)
        return labels.count - 1
    }
}

/// pandas' stable sort of rows by key columns (numbers, strings or bools; ties keep row order).
enum PandasOrder {
    static func stableOrder(keys: [[Value]], ascending: Bool, _ interpreter: Interpreter) throws -> [Int] {
        var failure: Error?
        let count = keys.first?.count ?? 0
        let order = Array(0..<count).sorted { i, j in
            for key in keys {
                do {
                    if try interpreter.equals(key[i], key[j]) { continue }
                    let less = try lessThan(key[i], key[j])
                    return ascending ? less : !less
                } catch {
                    failure = failure ?? error
                    return false
                }
            }
            return i < j
        }
        if let failure { throw failure }
        return order
    }

    static func lessThan(_ a: Value, _ b: Value) throws -> Bool {
        if let x = a.number, let y = b.number { return x < y }
        if case .str(let x) = a, case .str(let y) = b { return x < y }
        throw PyException.typeError("'<' not supported between instances of '\(a.typeName)' and '\(b.typeName)'")
    }
}

/// The reductions a groupby applies to one group's values, as pandas computes them: sums and means
/// with Kahan's compensated summation, the standard deviation by Welford's method (ddof 1),
/// counts of the values that are not None/NaN.
enum GroupReduction: String, CaseIterable {
    case mean, sum, count, size, max, min, std, median, first, last, nunique

    /// The reduction of `values` (one group of a column); `intColumn` says the column holds ints.
    func apply(_ values: [Value], _ interpreter: Interpreter) throws -> Value {
        let present = values.filter { !PandasGroups.isMissing($0) }
        switch self {
        case .size: return .int(values.count)
        case .count: return .int(present.count)
        case .nunique: return .int(try PandasGroups(keys: present, interpreter).keys.count)
        case .first: return present.first ?? .float(.nan)
        case .last: return present.last ?? .float(.nan)
        case .max, .min:
            guard var best = present.first else { return .float(.nan) }
            for v in present.dropFirst() where try (self == .max ? PandasOrder.lessThan(best, v) : PandasOrder.lessThan(v, best)) { best = v }
            return best
        case .sum:
            if present.allSatisfy({ $0.integer != nil }) { return .int(present.compactMap(\.integer).reduce(0, +)) }
            return .float(Self.kahanSum(try Self.numbers(present, self)))
        case .mean:
            let numbers = try Self.numbers(present, self)
            return .float(numbers.isEmpty ? .nan : Self.kahanSum(numbers) / Double(numbers.count))
        case .std:
            let numbers = try Self.numbers(present, self)
            var mean = 0.0, squares = 0.0
            for (i, x) in numbers.enumerated() {
                let previous = mean
                mean += (x - previous) / Double(i + 1)
                squares += (x - mean) * (x - previous)
            }
            return .float(numbers.count < 2 ? .nan : (squares / Double(numbers.count - 1)).squareRoot())
        case .median:
            let sorted = try Self.numbers(present, self).sorted()
            guard !sorted.isEmpty else { return .float(.nan) }
            let middle = sorted.count / 2
            return .float(sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2)
        }
    }

    private static func numbers(_ values: [Value], _ reduction: GroupReduction) throws -> [Double] {
        try values.map { v in
            if case .bool(let b) = v { return b ? 1 : 0 }
            guard let x = v.number else {
                throw PyException(.notImplementedError, "groupby \(reduction.rawValue) of \(v.typeName) values is not supported by labrun")
            }
            return x
        }
    }

    private static func kahanSum(_ values: [Double]) -> Double {
        var sum = 0.0, compensation = 0.0
        for x in values {
            let y = x - compensation, t = sum + y
            compensation = (t - sum) - y
            sum = t
        }
        return sum
    }
}
