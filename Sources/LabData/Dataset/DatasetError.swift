/// A user-caused dataset failure. `pythonType` names the Python exception a lab should see.
public struct DatasetError: Error, Equatable, CustomStringConvertible {
    public enum Kind: String {
        case valueError = "ValueError"
        case keyError = "KeyError"
        case indexError = "IndexError"
        case typeError = "TypeError"
        case fileNotFound = "FileNotFoundError"
        case memoryError = "MemoryError"
        case unicodeDecodeError = "UnicodeDecodeError"
        case notImplemented = "NotImplementedError"
    }

    public let kind: Kind
    public let message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var pythonType: String { kind.rawValue }
    public var description: String { "\(kind.rawValue): \(message)" }

    static func value(_ message: String) -> DatasetError { DatasetError(.valueError, message) }
    static func missingColumn(_ name: String, in columns: [String]) -> DatasetError {
        DatasetError(.keyError, "Column \(name) not in the dataset. Current columns in the dataset: \(pythonList(columns))")
    }
}

/// `['a', 'b']`, Python's repr of a list of simple strings.
func pythonList(_ names: [String]) -> String {
    "[" + names.map { "'\($0)'" }.joined(separator: ", ") + "]"
}
