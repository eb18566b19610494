/// Why text is not acceptable JSON, and where: positions as Python's `json.JSONDecodeError` gives
/// them (`char` counts Unicode scalars from the start; lines and columns count from 1).
public struct JSONReadError: Error, CustomStringConvertible {
    public enum Kind: Equatable {
        /// Malformed text; `message` is Python's wording ("Expecting value", "Extra data", …).
        case syntax
        /// Containers nested deeper than the reader's limit; `container` is "array" or "object".
        case tooDeep(container: String)
        /// A key written twice in one object, when the reader rejects duplicates.
        case duplicateKey(String)
        /// Bytes that are not UTF-8 (`message` is CPython's UnicodeDecodeError text).
        case invalidUTF8
    }

    public let kind: Kind
    public let message: String
    /// Position in bytes of the UTF-8 text.
    public let byteOffset: Int
    /// Position in Unicode scalars (Python's `pos`).
    public let offset: Int
    public let line: Int
    public let column: Int

    /// "Expecting value: line 1 column 5 (char 4)", as Python prints a JSONDecodeError.
    public var description: String { "\(message): line \(line) column \(column) (char \(offset))" }

    @usableFromInline
    init(_ kind: Kind, _ message: String, byteOffset: Int, in bytes: UnsafeBufferPointer<UInt8>) {
        self.kind = kind
        self.message = message
        self.byteOffset = byteOffset
        var offset = 0, line = 1, lineStart = 0
        for i in 0..<min(byteOffset, bytes.count) where bytes[i] & 0xC0 != 0x80 {
            if bytes[i] == 0x0A { line += 1; lineStart = offset + 1 }
            offset += 1
        }
        self.offset = offset
        self.line = line
        self.column = offset - lineStart + 1
    }
}
