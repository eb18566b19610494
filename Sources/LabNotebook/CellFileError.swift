/// Why a cell file can't be used. Each case names the file and, where it helps, the line.
public enum CellFileError: Error, Equatable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case notUTF8(path: String, line: Int, byteOffset: Int)
    case noSuchCell(address: String, cellCount: Int)
    case ambiguousTitle(title: String, numbers: [Int])

    public var description: String {
        switch self {
        case .unreadable(let path, let reason):
            return "cannot read \(path): \(reason)"
        case .notUTF8(let path, let line, let offset):
            return "\(path) is not UTF-8 text (invalid byte at offset \(offset), line \(line)); save it as UTF-8"
        case .noSuchCell(let address, let count):
            return "no cell '\(address)': give a number from 1 to \(count) or a cell title"
        case .ambiguousTitle(let title, let numbers):
            return "several cells are titled '\(title)' (cells \(numbers.map(String.init).joined(separator: ", "))): use a number"
        }
    }
}
