extension CellFile {
    /// The cell that `address` names: a 1-based number, or a title (exact, else ignoring case).
    public func cell(addressedBy address: String) throws -> Cell {
        let address = address.trimmingCharacters(in: .whitespaces)
        if let number = Int(address) {
            guard cells.indices.contains(number - 1) else {
                throw CellFileError.noSuchCell(address: address, cellCount: cells.count)
            }
            return cells[number - 1]
        }
        var matches = cells.filter { $0.title == address }
        if matches.isEmpty { matches = cells.filter { $0.title?.lowercased() == address.lowercased() } }
        switch matches.count {
        case 0: throw CellFileError.noSuchCell(address: address, cellCount: cells.count)
        case 1: return matches[0]
        default: throw CellFileError.ambiguousTitle(title: address, numbers: matches.map(\.number))
        }
    }

    /// The cells of a comma-separated list of addresses (`--only 2,5,Train`), in file order.
    public func cells(addressedBy list: String) throws -> [Cell] {
        // Empty entries (`--only ","`, `--only 2,`) are errors, not "no cells".
        let numbers = try Set(list.split(separator: ",", omittingEmptySubsequences: false).map {
            try cell(addressedBy: String($0)).number
        })
        return cells.filter { numbers.contains($0.number) }
    }

    /// Cells 1 through the one `address` names (`--to`).
    public func cells(through address: String) throws -> [Cell] {
        let last = try cell(addressedBy: address).number
        return Array(cells.prefix(last))
    }

    /// The first cell tagged `parameters` (papermill's convention), if any.
    public var parametersCell: Cell? {
        cells.first { $0.kind == .code && $0.tags.contains("parameters") }
    }
}
