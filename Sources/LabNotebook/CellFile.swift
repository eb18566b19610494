import Foundation

/// A lab: a text file in Jupytext's "percent" format, split into cells.
///
/// `# %%` (or `#%%`) starts a cell; the rest of the marker line holds an optional title, an
/// optional cell type (`[markdown]`, `[md]`, `[raw]`) and `key=value` metadata with JSON values.
/// Text before the first marker is a cell of its own; a Jupytext YAML header (`# ---` … `# ---`)
/// at the top is notebook metadata, not a cell.
public struct CellFile: Sendable {
    /// The path as the user gave it; used in messages and tracebacks.
    public let path: String
    /// The lines of a Jupytext YAML header, verbatim (empty when there is none).
    public let header: [String]
    public let cells: [Cell]
    /// Every line of the file, for showing source lines in error reports.
    public let lines: [String]

    /// Reads and splits a cell file.
    /// - Throws: `CellFileError` when the file can't be read, isn't UTF-8 or has malformed metadata.
    public init(contentsOf path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CellFileError.unreadable(path: path, reason: CellFile.unreadableReason(path))
        }
        try self.init(data: data, path: path)
    }

    /// Splits UTF-8 `data` read from `path`.
    public init(data: Data, path: String) throws {
        if let offset = CellFile.firstInvalidUTF8Offset(data) {
            let line = data.prefix(offset).filter { $0 == UInt8(ascii: "\n") }.count + 1
            throw CellFileError.notUTF8(path: path, line: line, byteOffset: offset)
        }
        try self.init(text: String(decoding: data, as: UTF8.self), path: path)
    }

    /// Splits `text`, the contents of `path`.
    public init(text: String, path: String) throws {
        var reader = CellFileReader(text: text, path: path)
        self.path = path
        self.lines = reader.lines
        self.header = reader.readHeader()
        self.cells = try reader.readCells()
    }

    /// False for a plain script: a file without any `# %%` marker.
    public var hasCellMarkers: Bool {
        cells.contains { $0.markerLine != nil }
    }

    /// The cell that contains file line `line`, if any.
    public func cell(containingLine line: Int) -> Cell? {
        cells.last { ($0.markerLine ?? $0.firstLine) <= line }
    }

    /// The text of file line `line` (1-based), if it exists.
    public func line(_ number: Int) -> String? {
        lines.indices.contains(number - 1) ? lines[number - 1] : nil
    }

    private static func unreadableReason(_ path: String) -> String {
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) { return "no such file" }
        return isDirectory.boolValue ? "is a directory" : "permission denied"
    }

    /// The byte offset of the first byte that isn't part of valid UTF-8, or nil when all is valid.
    static func firstInvalidUTF8Offset(_ data: Data) -> Int? {
        var iterator = data.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .error: return offset
            case .emptyInput: return nil
            }
        }
    }
}
