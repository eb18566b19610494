/// `split=` of `load_dataset`: a split name, optionally sliced like `train[:100]`,
/// `test[10:20]` or `train[:10%]` (percentages round to the nearest row).
struct SplitSelection {
    let name: String
    let lower: Bound?
    let upper: Bound?

    enum Bound {
        case rows(Int)
        case percent(Int)
    }

    init(_ text: String) throws {
        guard let open = text.firstIndex(of: "["), text.hasSuffix("]") else {
            (name, lower, upper) = (text, nil, nil)
            return
        }
        name = String(text[..<open])
        let inside = text[text.index(after: open)..<text.index(before: text.endIndex)]
        let parts = inside.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 else { throw DatasetError.value("Bad split slice '\(text)': use name[start:end]") }
        lower = try Self.bound(parts[0], text)
        upper = try Self.bound(parts[1], text)
    }

    private static func bound(_ part: Substring, _ text: String) throws -> Bound? {
        let trimmed = String(part).trimmingSpaces()
        if trimmed.isEmpty { return nil }
        if trimmed.hasSuffix("%"), let value = Int(trimmed.dropLast()) { return .percent(value) }
        guard let value = Int(trimmed) else { throw DatasetError.value("Bad split slice '\(text)': bounds must be integers or percentages") }
        return .rows(value)
    }

    func apply(to splits: DatasetDict) throws -> Dataset {
        guard let dataset = splits[name] else {
            throw DatasetError.value("Unknown split \"\(name)\". Should be one of \(pythonList(splits.keys)).")
        }
        guard lower != nil || upper != nil else { return dataset }
        let n = dataset.numRows
        func resolve(_ bound: Bound?, _ fallback: Int) -> Int {
            switch bound {
            case .rows(let k)?: return Swift.min(Swift.max(k < 0 ? k + n : k, 0), n)
            case .percent(let p)?: return Swift.min(Swift.max(Int((Double(p) * Double(n) / 100).rounded()), 0), n)
            case nil: return fallback
            }
        }
        let start = resolve(lower, 0)
        return try dataset.select(start..<Swift.max(start, resolve(upper, n)))
    }
}
